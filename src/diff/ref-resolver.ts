import { isJsonObject, type JsonObject } from '../spec/index.js';
import { nodeAtPointer, pointerOfLocalRef } from '../spec/json-pointer.js';

export type SideName = 'base' | 'head';

/** A `$ref` the diff cannot follow: remote, dangling or circular. Bad input, named by side and ref. */
export class SpecRefError extends Error {
  override readonly name = 'SpecRefError';
  constructor(
    readonly side: SideName,
    readonly ref: string,
    readonly problem: string,
  ) {
    super(`${side} spec: $ref '${ref}' ${problem}`);
  }
}

/** A node of one side's document and the pointer where it is written (after following $refs). */
export interface Located {
  node: unknown;
  pointer: string;
}

// Keywords beside a $ref that describe rather than constrain; merging them would change nothing.
const annotationKeywords = new Set(['description', 'summary', 'title', 'example', 'examples', '$comment', 'deprecated']);


/**
 * Follows `$ref`s from `located` to the node they name. OpenAPI 3.1 lets a schema put constraints
 * beside its `$ref`; those are merged over the target (they apply together), and the result keeps
 * the pointer of the referencing node, where the extra constraint is written.
 */
export function resolveLocated(document: JsonObject, side: SideName, located: Located): Located {
  let current = located;
  const seen = new Set<string>();
  let siblings: JsonObject | undefined;
  let siblingPointer: string | undefined;
  while (isJsonObject(current.node) && typeof current.node['$ref'] === 'string') {
    const ref = current.node['$ref'];
    const { $ref: _ref, ...rest } = current.node;
    if (Object.keys(rest).some((key) => !annotationKeywords.has(key) && !key.startsWith('x-'))) {
      siblings = { ...rest, ...siblings };
      siblingPointer ??= current.pointer;
    }
    if (seen.has(ref)) throw new SpecRefError(side, ref, 'is circular');
    seen.add(ref);
    const pointer = pointerOfLocalRef(ref);
    if (pointer === undefined) throw new SpecRefError(side, ref, 'points outside the document (only local #/… references are supported)');
    const target = nodeAtPointer(document, pointer);
    if (target === undefined) throw new SpecRefError(side, ref, 'points to nothing');
    current = { node: target, pointer };
  }
  if (siblings && isJsonObject(current.node)) {
    return { node: { ...current.node, ...siblings }, pointer: siblingPointer ?? current.pointer };
  }
  return current;
}

/**
 * resolveLocated for one side, remembered per referencing node: a component referenced from
 * hundreds of places is looked up once, and every use gets the same resolved object, so that
 * what is memoised about it (content ids, compared pairs) is found again by identity.
 */
export class RefResolver {
  private readonly memo = new WeakMap<object, Located>();
  // A bare {$ref} (nothing beside it) resolves the same wherever it is written: remembered by its text.
  private readonly byRef = new Map<string, Located>();

  constructor(
    readonly document: JsonObject,
    readonly side: SideName,
  ) {}

  resolve(located: Located): Located {
    const node = located.node;
    if (!isJsonObject(node) || typeof node['$ref'] !== 'string') return located;
    let resolved = this.memo.get(node);
    if (resolved) return resolved;
    const ref = node['$ref'];
    const bare = Object.keys(node).length === 1;
    resolved = bare ? this.byRef.get(ref) : undefined;
    if (!resolved) {
      resolved = resolveLocated(this.document, this.side, located);
      if (bare) this.byRef.set(ref, resolved);
    }
    this.memo.set(node, resolved);
    return resolved;
  }
}
