// The one `$ref` resolver: the diff (memoised, per side), drift, the mock, contracts and generation follow refs here.
import { isJsonObject, type JsonObject } from './json-object.js';
import { nodeAtPointer, pointerOfLocalRef } from './json-pointer.js';

/** A node of a document and the pointer where it is written (after following $refs). */
export interface Located {
  node: unknown;
  pointer: string;
}

/**
 * A `$ref` that cannot be followed: remote, dangling or circular. Bad input; `side` names the
 * document when several are read together (the diff's `base` and `head`).
 */
export class SpecRefError extends Error {
  override readonly name = 'SpecRefError';
  constructor(
    readonly ref: string,
    readonly problem: string,
    readonly side?: string,
  ) {
    super(`${side === undefined ? '' : `${side} spec: `}$ref '${ref}' ${problem}`);
  }
}

// Keywords beside a $ref that describe rather than constrain; merging them would change nothing.
const annotationKeywords = new Set(['description', 'summary', 'title', 'example', 'examples', '$comment', 'deprecated']);

/**
 * Follows `$ref`s from `located` to the node they name. OpenAPI 3.1 lets a schema put constraints
 * beside its `$ref`; those are merged over the target (they apply together), and the result keeps
 * the pointer of the referencing node, where the extra constraint is written. Throws SpecRefError
 * (labelled with `side`) for a remote, dangling or circular reference.
 */
export function resolveLocated(document: JsonObject, located: Located, side?: string): Located {
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
    if (seen.has(ref)) throw new SpecRefError(ref, 'is circular', side);
    seen.add(ref);
    const pointer = pointerOfLocalRef(ref);
    if (pointer === undefined) throw new SpecRefError(ref, 'points outside the document (only local #/… references are supported)', side);
    const target = nodeAtPointer(document, pointer);
    if (target === undefined) throw new SpecRefError(ref, 'points to nothing', side);
    current = { node: target, pointer };
  }
  if (siblings && isJsonObject(current.node)) {
    return { node: { ...current.node, ...siblings }, pointer: siblingPointer ?? current.pointer };
  }
  return current;
}

/** The node itself, or what its `$ref` (followed transitively) names; for readers that need no pointer. */
export function derefNode(document: JsonObject, node: unknown): unknown {
  return resolveLocated(document, { node, pointer: '' }).node;
}

/**
 * resolveLocated for one document, remembered per referencing node: a component referenced from
 * hundreds of places is looked up once, and every use gets the same resolved object, so that
 * what is memoised about it (the diff's content ids, compared pairs) is found again by identity.
 */
export class RefResolver {
  private readonly memo = new WeakMap<object, Located>();
  // A bare {$ref} (nothing beside it) resolves the same wherever it is written: remembered by its text.
  private readonly byRef = new Map<string, Located>();

  constructor(
    readonly document: JsonObject,
    readonly side?: string,
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
      resolved = resolveLocated(this.document, located, this.side);
      if (bare) this.byRef.set(ref, resolved);
    }
    this.memo.set(node, resolved);
    return resolved;
  }
}
