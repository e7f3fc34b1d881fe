// The gate's two axes, in their own module so that the rule tables and the report both read them
// without importing each other.

/** How much a change matters to consumers, oasdiff's three levels: ERR breaks them. */
export type Level = 'ERR' | 'WARN' | 'INFO';

/** Whose data a change constrains: what the client sends, or what it reads back. */
export type Direction = 'request' | 'response' | 'none';

export const levels: readonly Level[] = ['ERR', 'WARN', 'INFO'];

const levelRank: Record<Level, number> = { INFO: 0, WARN: 1, ERR: 2 };

export function isLevelAtLeast(level: Level, threshold: Level): boolean {
  return levelRank[level] >= levelRank[threshold];
}
