// Builds a YAML document's data from the parser's node tree instead of toJS(), recording where every
// key and item starts on the way: one parse gives both the data and the report's line numbers.
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { ParsedWithPositions } from './parse-json-positions.js';
import type { MemberOffsets } from './source-positions.js';

export class YamlSyntaxError extends Error {}

export function parseYamlWithPositions(text: string): ParsedWithPositions {
  const document = parseDocument(text, { uniqueKeys: true });
  const [error] = document.errors;
  if (error) throw new YamlSyntaxError(error.message.split('\n')[0] ?? 'invalid YAML');
  const offsets = new WeakMap<object, MemberOffsets>();
  const built = new Map<Node, unknown>(); // anchors: an alias shares the data of the node it names
  const data = toData(document.contents as Node | null, document, offsets, built);
  return { data, offsets, rootOffset: (document.contents as Node | null)?.range?.[0] ?? 0 };
}

function toData(node: Node | null | undefined, document: Document, offsets: WeakMap<object, MemberOffsets>, built: Map<Node, unknown>): unknown {
  if (node === null || node === undefined) return null;
  if (isAlias(node)) {
    const target = node.resolve(document) as Node | undefined;
    if (!target) throw new YamlSyntaxError(`unresolved alias *${node.source}`);
    if (built.has(target)) return built.get(target);
    return toData(target, document, offsets, built);
  }
  if (isScalar(node)) return node.value;
  if (isSeq(node)) {
    const array: unknown[] = [];
    const items: number[] = [];
    offsets.set(array, items);
    built.set(node, array);
    for (const item of node.items) {
      items.push((item as Node).range?.[0] ?? node.range?.[0] ?? 0);
      array.push(toData(item as Node, document, offsets, built));
    }
    return array;
  }
  if (isMap(node)) {
    const object: Record<string, unknown> = {};
    const members = new Map<string, number>();
    offsets.set(object, members);
    built.set(node, object);
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      const key = isScalar(keyNode) ? String(keyNode.value) : JSON.stringify(toData(keyNode, document, offsets, built));
      const value = toData(pair.value as Node | null, document, offsets, built);
      if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
      else object[key] = value;
      members.set(key, keyNode?.range?.[0] ?? node.range?.[0] ?? 0);
    }
    return object;
  }
  return null;
}
