import type { Direction, Level } from '../levels.js';

/** How oasdiff (checker/, 1.x) rates the same id: at the same level, at another (and why we differ), or not at all. */
export type OasdiffVerdict = 'same' | 'none' | { level: Level; reason: string };

/** One rule of a table: the id is written out literally (so a search for it finds its definition). */
export interface RuleDefinition {
  id: string;
  level: Level;
  direction: Direction;
  description: string;
  oasdiff: OasdiffVerdict;
}
