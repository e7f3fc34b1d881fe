// Small readers for OpenAPI objects as parsed JSON, shared by the structural comparers.
import { isJsonObject, type JsonObject, type Located } from '../spec/index.js';
import { appendPointer } from '../spec/json-pointer.js';

export function objectAt(located: Located): JsonObject {
  return isJsonObject(located.node) ? located.node : {};
}

/** The members of the map at `located.node[key]`, each located. */
export function entriesOf(located: Located, key: string): Array<[string, Located]> {
  const map = objectAt(located)[key];
  if (!isJsonObject(map)) return [];
  return Object.entries(map).map(([name, node]) => [name, { node, pointer: appendPointer(located.pointer, key, name) }]);
}

export function child(located: Located, ...tokens: (string | number)[]): Located | undefined {
  let node: unknown = located.node;
  for (const token of tokens) {
    if (Array.isArray(node) && typeof token === 'number') node = node[token];
    else if (isJsonObject(node)) node = node[String(token)];
    else return undefined;
    if (node === undefined) return undefined;
  }
  return { node, pointer: appendPointer(located.pointer, ...tokens) };
}

/** Media types compare case-insensitively and without parameters such as charset. */
export function mediaTypeKey(mediaType: string): string {
  return (mediaType.split(';')[0] ?? '').trim().toLowerCase();
}
