// Which operations each compared schema pair is reached from. A pair is compared once per context
// (rule prefix and wording); every later use links to it instead of walking it again. Operations are
// attached at the end: a root pair gets the operation that compared it, and each pair with changes
// (or leading to one) passes them on to what it links to — cycles included, each pair visited once
// per operation.
import type { Change, OperationRef } from './diff-report.js';

export interface ReachEntry {
  changes: Change[];
  children: Set<ReachEntry>;
  parents: Set<ReachEntry>;
  operations: Map<string, OperationRef>;
  live: boolean;
}

export class ReachGraph {
  private readonly entries = new Map<string, ReachEntry>();
  private readonly roots: Array<[ReachEntry, OperationRef]> = [];
  private readonly stack: ReachEntry[] = [];

  current(): ReachEntry | undefined {
    return this.stack[this.stack.length - 1];
  }

  /**
   * Links the pair named `key` under the pair being compared (or as a root of `operation`). Returns
   * the new entry to fill — call `leave()` when done — or undefined when the pair was already
   * compared (or is being compared, further up a recursive schema).
   */
  enter(key: string, operation: OperationRef): ReachEntry | undefined {
    const parent = this.current();
    const known = this.entries.get(key);
    const entry = known ?? { changes: [], children: new Set(), parents: new Set(), operations: new Map(), live: false };
    if (parent) {
      parent.children.add(entry);
      entry.parents.add(parent);
    } else {
      this.roots.push([entry, operation]);
    }
    if (known) return undefined;
    this.entries.set(key, entry);
    this.stack.push(entry);
    return entry;
  }

  leave(): void {
    this.stack.pop();
  }

  changesWithOperations(): Change[] {
    const pending: ReachEntry[] = [];
    for (const entry of this.entries.values()) if (entry.changes.length > 0 && !entry.live) markLive(entry, pending);
    for (const [root, operation] of this.roots) spread(root, operation);
    const changes: Change[] = [];
    for (const entry of this.entries.values()) {
      if (entry.changes.length === 0) continue;
      const operations = [...entry.operations.values()];
      for (const change of entry.changes) changes.push(operations.length > 0 ? { ...change, operations } : change);
    }
    return changes;
  }
}

/** Marks the entry and everything above it live: only live entries lead to a change. */
function markLive(start: ReachEntry, stack: ReachEntry[]): void {
  start.live = true;
  stack.push(start);
  while (stack.length > 0) {
    const entry = stack.pop() as ReachEntry;
    for (const parent of entry.parents) {
      if (parent.live) continue;
      parent.live = true;
      stack.push(parent);
    }
  }
}

function spread(root: ReachEntry, operation: OperationRef): void {
  const key = `${operation.path} ${operation.method}`;
  const stack = [root];
  while (stack.length > 0) {
    const entry = stack.pop() as ReachEntry;
    if (!entry.live || entry.operations.has(key)) continue;
    entry.operations.set(key, operation);
    for (const child of entry.children) stack.push(child);
  }
}
