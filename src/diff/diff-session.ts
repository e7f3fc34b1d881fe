// State of one diffSpecs call: both documents, the changes found so far, and per-call caches (kept
// per call so that a benchmark of repeated diffs measures real work).
import type { JsonObject } from '../spec/index.js';
import { CanonicalContent } from './canonical-content.js';
import type { Change, OperationRef } from './diff-report.js';
import type { PatternVerdict } from './pattern-change.js';
import { resolveLocated, type Located, type SideName } from './ref-resolver.js';
import { ruleFor, type RuleId } from './rules.js';

export interface ChangeFields {
  operation?: OperationRef;
  message: string;
  basePointer?: string;
  headPointer?: string;
  from?: unknown;
  to?: unknown;
  witness?: string;
}

export class DiffSession {
  readonly changes: Change[] = [];
  readonly patternVerdicts = new Map<string, PatternVerdict>();
  private readonly canonical: Record<SideName, CanonicalContent>;

  constructor(
    readonly base: JsonObject,
    readonly head: JsonObject,
  ) {
    this.canonical = { base: new CanonicalContent(base, 'base'), head: new CanonicalContent(head, 'head') };
  }

  report(id: RuleId, fields: ChangeFields): void {
    const rule = ruleFor(id);
    const change: Change = { id: rule.id, level: rule.level, direction: rule.direction, message: fields.message };
    if (fields.operation) change.operation = fields.operation;
    if (fields.basePointer !== undefined) change.base = { pointer: fields.basePointer };
    if (fields.headPointer !== undefined) change.head = { pointer: fields.headPointer };
    if (fields.from !== undefined) change.from = fields.from;
    if (fields.to !== undefined) change.to = fields.to;
    if (fields.witness !== undefined) change.witness = fields.witness;
    this.changes.push(change);
  }

  resolve(side: SideName, located: Located): Located {
    return resolveLocated(side === 'base' ? this.base : this.head, side, located);
  }

  /** Whether two nodes, one per side, mean the same once $refs are followed and order is ignored. */
  sameContent(base: Located, head: Located): boolean {
    return this.canonical.base.of(base.node, base.pointer) === this.canonical.head.of(head.node, head.pointer);
  }
}
