// State of one diffSpecs call: both documents, the changes found so far, and per-call caches (kept
// per call so that a benchmark of repeated diffs measures real work).
//
// Report once: a schema pair is compared once per context (reach-graph.ts); the operations that
// reach it are attached afterwards, so a change in a shared component is one change listing its
// operations, not one per path that reaches it.
import { RefResolver, type JsonObject, type Located } from '../spec/index.js';
import { CanonicalContent } from './canonical-content.js';
import type { Change, OperationRef } from './diff-report.js';
import type { PatternVerdict } from './pattern-change.js';
import { ReachGraph, type ReachEntry } from './reach-graph.js';
import { mirroredRule, ruleFor, type RuleId } from './rules.js';
import { compareText } from './text-order.js';

/** The two documents a diff compares. */
export type SideName = 'base' | 'head';

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
  readonly patternVerdicts = new Map<string, PatternVerdict>();
  readonly reach = new ReachGraph();
  private readonly operationChanges: Change[] = [];
  private readonly resolvers: Record<SideName, RefResolver>;
  private readonly canonical: CanonicalContent;
  /**
   * True while a webhook or callback is compared: there the API sends the request and the consumer
   * answers, so each change is rated as its mirror (request ↔ response) is rated on a path.
   */
  reversed = false;

  constructor(
    readonly base: JsonObject,
    readonly head: JsonObject,
  ) {
    this.resolvers = { base: new RefResolver(base, 'base'), head: new RefResolver(head, 'head') };
    this.canonical = new CanonicalContent({ base, head }, this.resolvers);
  }

  /** Records a change: inside a schema pair being compared it belongs to that pair, else to `fields.operation`. */
  report(id: RuleId, fields: ChangeFields): void {
    const rule = ruleFor(id);
    const rated = this.reversed ? mirroredRule(rule) : rule;
    const change: Change = { id: rule.id, level: rated.level, direction: rated.direction, message: fields.message };
    const entry = this.reach.current();
    if (!entry && fields.operation) change.operation = fields.operation;
    if (fields.basePointer !== undefined) change.base = { pointer: fields.basePointer };
    if (fields.headPointer !== undefined) change.head = { pointer: fields.headPointer };
    if (fields.from !== undefined) change.from = fields.from;
    if (fields.to !== undefined) change.to = fields.to;
    if (fields.witness !== undefined) change.witness = fields.witness;
    if (entry) entry.changes.push(change);
    else this.operationChanges.push(change);
  }

  resolve(side: SideName, located: Located): Located {
    return this.resolvers[side].resolve(located);
  }

  /** Whether two nodes, one per side, mean the same once $refs are followed and order is ignored. */
  sameContent(base: Located, head: Located): boolean {
    return this.canonical.same(base, head);
  }

  /** Every change found, each once, with the operations it reaches. */
  changes(): Change[] {
    return mergeRepeats([...this.operationChanges, ...this.reach.changesWithOperations()]);
  }
}

export type { ReachEntry };

function operationKey(operation: OperationRef): string {
  return `${operation.path} ${operation.method}`;
}

/** One change reported from several operations (a path-level parameter, a shared response) is one change listing them. */
function mergeRepeats(changes: Change[]): Change[] {
  const byKey = new Map<string, Change>();
  const merged: Change[] = [];
  for (const change of changes) {
    const key = JSON.stringify([change.id, change.level, change.base?.pointer, change.head?.pointer, change.message]);
    const operations = change.operations ?? (change.operation ? [change.operation] : []);
    const first = byKey.get(key);
    if (!first) {
      const copy = { ...change };
      if (operations.length > 0) copy.operations = [...operations];
      byKey.set(key, copy);
      merged.push(copy);
      continue;
    }
    const known = new Set((first.operations ?? []).map(operationKey));
    for (const operation of operations) if (!known.has(operationKey(operation))) (first.operations ??= []).push(operation);
  }
  for (const change of merged) {
    if (!change.operations) continue;
    change.operations.sort((a, b) => compareText(operationKey(a), operationKey(b)));
    change.operation = change.operations[0];
  }
  return merged;
}
