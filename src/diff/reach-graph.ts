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
  private active: ReachEntry | undefined;

  /** The pair being compared: the changes reported now are its own. */
  current(): ReachEntry | undefined {
    return this.active;
  }

  /**
   * Links the pair named `key` under `parent` (or, without one, as a root of `operation`). Returns
   * the new entry, now current until `leave()`, or undefined when the pair was already compared
   * (or is queued, further up a recursive schema).
   */
  enter(key: string, parent: ReachEntry | undefined, operation: OperationRef): ReachEntry | undefined {
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
    this.active = entry;
    return entry;
  }

  leave(): void {
    this.active = undefined;
  }

  changesWithOperations(): Change[] {
    const pending: ReachEntry[] = [];
    for (const entry of this.entries.values()) if (entry.changes.length > 0 && !entry.live) markLive(entry, pending);
    const operations = new Map<string, { index: number; operation: OperationRef }>();
    const rootsByEntry = new Map<ReachEntry, number[]>();
    for (const [root, operation] of this.roots) {
      if (!root.live) continue;
      const key = `${operation.path} ${operation.method}`;
      let known = operations.get(key);
      if (!known) operations.set(key, (known = { index: operations.size, operation }));
      let list = rootsByEntry.get(root);
      if (!list) rootsByEntry.set(root, (list = []));
      list.push(known.index);
    }
    const byIndex = [...operations.values()].map((known) => known.operation);
    const reached = reachedOperations(
      [...this.entries.values()].filter((entry) => entry.live),
      rootsByEntry,
      byIndex.length,
    );
    const changes: Change[] = [];
    for (const entry of this.entries.values()) {
      if (entry.changes.length === 0) continue;
      const bits = reached.get(entry);
      const list: OperationRef[] = [];
      if (bits) for (let index = 0; index < byIndex.length; index += 1) if (bits[index >>> 5]! & (1 << (index & 31))) list.push(byIndex[index] as OperationRef);
      for (const change of entry.changes) changes.push(list.length > 0 ? { ...change, operations: list } : change);
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

/**
 * The operations (as bit sets) reaching each live entry. Entries on one cycle reach and are reached
 * by the same operations, so the graph is first condensed into its strongly connected components
 * (Tarjan, iterative: the chains are long), then the sets flow from parents to children in
 * topological order: linear in the edges times the set width, however recursive the schemas.
 */
function reachedOperations(live: ReachEntry[], roots: Map<ReachEntry, number[]>, operationCount: number): Map<ReachEntry, Uint32Array> {
  const words = Math.max(1, Math.ceil(operationCount / 32));
  const index = new Map<ReachEntry, number>();
  const lowLink = new Map<ReachEntry, number>();
  const onStack = new Set<ReachEntry>();
  const stack: ReachEntry[] = [];
  const componentOf = new Map<ReachEntry, number>();
  const components: ReachEntry[][] = [];
  let counter = 0;
  for (const start of live) {
    if (index.has(start)) continue;
    const work: Array<{ entry: ReachEntry; children: Iterator<ReachEntry> }> = [];
    const open = (entry: ReachEntry) => {
      index.set(entry, counter);
      lowLink.set(entry, counter);
      counter += 1;
      stack.push(entry);
      onStack.add(entry);
      work.push({ entry, children: entry.children.values() });
    };
    open(start);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { entry: ReachEntry; children: Iterator<ReachEntry> };
      const next = frame.children.next();
      if (!next.done) {
        const child = next.value;
        if (!child.live) continue;
        if (!index.has(child)) open(child);
        else if (onStack.has(child)) lowLink.set(frame.entry, Math.min(lowLink.get(frame.entry)!, index.get(child)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) lowLink.set(parent.entry, Math.min(lowLink.get(parent.entry)!, lowLink.get(frame.entry)!));
      if (lowLink.get(frame.entry) === index.get(frame.entry)) {
        const members: ReachEntry[] = [];
        let member: ReachEntry;
        do {
          member = stack.pop() as ReachEntry;
          onStack.delete(member);
          componentOf.set(member, components.length);
          members.push(member);
        } while (member !== frame.entry);
        components.push(members);
      }
    }
  }
  // Tarjan emits a component after every component it reaches: the reverse is topological.
  const bits = components.map(() => new Uint32Array(words));
  for (const [entry, operations] of roots) {
    const set = bits[componentOf.get(entry)!]!;
    for (const operation of operations) set[operation >>> 5]! |= 1 << (operation & 31);
  }
  for (let component = components.length - 1; component >= 0; component -= 1) {
    const set = bits[component]!;
    for (const entry of components[component]!) {
      for (const child of entry.children) {
        if (!child.live) continue;
        const target = componentOf.get(child)!;
        if (target === component) continue;
        const childSet = bits[target]!;
        for (let word = 0; word < words; word += 1) childSet[word]! |= set[word]!;
      }
    }
  }
  const reached = new Map<ReachEntry, Uint32Array>();
  for (const [entry, component] of componentOf) reached.set(entry, bits[component]!);
  return reached;
}
