// RFC 6901 JSON pointers: how a diff change, a drift difference or a verify problem names its place in a document.
import { isJsonObject } from './json-object.js';

export function pointerOf(tokens: readonly (string | number)[]): string {
  return tokens.map((token) => `/${String(token).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

export function appendPointer(pointer: string, ...tokens: (string | number)[]): string {
  return pointer + pointerOf(tokens);
}

/** The unescaped tokens of `pointer`; a URI fragment form (`#/a/b`) is read as its pointer. */
export function pointerTokens(pointer: string): string[] {
  const path = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (path === '') return [];
  return path
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `#/components/schemas/X` → `/components/schemas/X`; `undefined` for a reference outside the document. */
export function pointerOfLocalRef(ref: string): string | undefined {
  if (!ref.startsWith('#')) return undefined;
  const fragment = ref.slice(1);
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** The node `pointer` names inside `root`; undefined where the path leaves the document. */
export function nodeAtPointer(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const token of pointerTokens(pointer)) {
    if (Array.isArray(node)) node = node[Number(token)];
    else if (isJsonObject(node)) node = node[token];
    else return undefined;
  }
  return node;
}
