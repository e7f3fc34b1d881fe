import type { Direction, Level } from './levels.js';
import type { RuleId } from './rules.js';

export { isLevelAtLeast, levels, type Direction, type Level } from './levels.js';
import { isLevelAtLeast } from './levels.js';

export interface OperationRef {
  method: string;
  path: string;
}

/** Where a change sits in one side's document: a JSON pointer to the node as written (after $refs). */
export interface SpecLocation {
  pointer: string;
  /** 1-based line in that side's file; filled in when the source text is known (see source-lines.ts). */
  line?: number;
}

export interface Change {
  id: RuleId;
  level: Level;
  direction: Direction;
  /** The (first) operation the change affects; absent for changes that are not about an operation. */
  operation?: OperationRef;
  /**
   * Every operation the change reaches, on the side `direction` says: a change inside a shared
   * component is reported once, where it is defined, with all the operations that use it.
   */
  operations?: OperationRef[];
  /** One sentence for humans, naming the parameter/property/header and the old and new value. */
  message: string;
  base?: SpecLocation;
  head?: SpecLocation;
  from?: unknown;
  to?: unknown;
  /** A value that proves a pattern change: accepted by the base pattern, refused by the head (or the reverse). */
  witness?: string;
}

export interface DiffSummary {
  ERR: number;
  WARN: number;
  INFO: number;
}

export interface DiffReport {
  changes: Change[];
  summary: DiffSummary;
}

export function summarize(changes: readonly Change[]): DiffSummary {
  const summary: DiffSummary = { ERR: 0, WARN: 0, INFO: 0 };
  for (const change of changes) summary[change.level] += 1;
  return summary;
}

/** Whether the report holds a change at or above `threshold` (the CLI's --fail-on). */
export function hasChangeAtLeast(report: DiffReport, threshold: Level): boolean {
  return report.changes.some((change) => isLevelAtLeast(change.level, threshold));
}
