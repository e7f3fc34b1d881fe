// Builds a YAML document's data from the parser's node tree instead of toJS(), recording where every
// key and item starts on the way: one parse gives both the data and the report's line numbers.
// The fast path (parse-common-yaml.ts, js-yaml) reads the common documents; this one, on the `yaml`
// library, is the reference: it reads whatever the fast path declines, with the limits on aliases and
// the error messages, and the fast path is tested against it.
import type { Document, Node } from 'yaml';
import { loadYaml } from './load-yaml.js';
import { parseCommonYamlWithPositions } from './parse-common-yaml.js';
import { maxDocumentDepth, NestingTooDeepError, type ParsedWithPositions } from './parse-json-positions.js';
import type { MemberOffsets } from './source-positions.js';

export class YamlSyntaxError extends Error {}

/** Aliases one document may use: real specs use $ref, not YAML anchors (the spec loader allows the same). */
const maxAliases = 100;

/** The walk over one document's node tree. */
interface Walk {
  document: Document;
  offsets: WeakMap<object, MemberOffsets>;
  /** Anchors: an alias shares the data of the node it names. */
  built: Map<Node, unknown>;
  /** The nodes being built, outermost first: an alias to one of them would make the data contain itself. */
  building: Node[];
  /** Nodes with an alias somewhere inside: an alias to one of those could expand without bound ("billion laughs"). */
  holdingAliases: Set<Node>;
  aliases: number;
}

export function parseYamlWithPositions(text: string): ParsedWithPositions {
  return parseCommonYamlWithPositions(text) ?? parseReferenceYamlWithPositions(text);
}

/** The reference parse, on the `yaml` library: any YAML, every error in its words. */
export function parseReferenceYamlWithPositions(text: string): ParsedWithPositions {
  const document = loadYaml().parseDocument(text, { uniqueKeys: true });
  const [error] = document.errors;
  if (error) throw new YamlSyntaxError(error.message.split('\n')[0] ?? 'invalid YAML');
  const walk: Walk = { document, offsets: new WeakMap(), built: new Map(), building: [], holdingAliases: new Set(), aliases: 0 };
  let data: unknown;
  try {
    data = toData(document.contents, walk);
  } catch (error) {
    if (error instanceof NestingTooDeepError) throw new YamlSyntaxError(error.message);
    throw error;
  }
  return { data, offsets: walk.offsets, rootOffset: (document.contents as Node | null)?.range?.[0] ?? 0 };
}

function aliasTarget(node: Node, walk: Walk): Node {
  walk.aliases += 1;
  if (walk.aliases > maxAliases) throw new YamlSyntaxError(`more than ${maxAliases} aliases: refused, as the spec loader refuses them`);
  const source = (node as { source?: string }).source;
  const target = (node as unknown as { resolve(document: Document): Node | undefined }).resolve(walk.document);
  if (!target) throw new YamlSyntaxError(`unresolved alias *${source}`);
  if (walk.building.includes(target)) throw new YamlSyntaxError(`alias *${source} names a node that contains it: the data would contain itself`);
  if (walk.holdingAliases.has(target))
    throw new YamlSyntaxError(`alias *${source} names a node that holds aliases itself: nested aliases can expand without bound`);
  for (const outer of walk.building) walk.holdingAliases.add(outer);
  return target;
}

function toData(node: Node | null | undefined, walk: Walk): unknown {
  if (node === null || node === undefined) return null;
  if (loadYaml().isAlias(node)) {
    const target = aliasTarget(node, walk);
    return walk.built.has(target) ? walk.built.get(target) : toData(target, walk);
  }
  if (loadYaml().isScalar(node)) return node.value;
  if (walk.building.length >= maxDocumentDepth) throw new NestingTooDeepError();
  walk.building.push(node);
  try {
    return loadYaml().isSeq(node) ? sequenceData(node, walk) : loadYaml().isMap(node) ? mappingData(node, walk) : null;
  } finally {
    walk.building.pop();
  }
}

function sequenceData(node: Node & { items: unknown[] }, walk: Walk): unknown[] {
  const array: unknown[] = [];
  const items: number[] = [];
  walk.offsets.set(array, items);
  walk.built.set(node, array);
  for (const item of node.items) {
    items.push((item as Node).range?.[0] ?? node.range?.[0] ?? 0);
    array.push(toData(item as Node, walk));
  }
  return array;
}

function mappingData(node: Node & { items: Array<{ key: unknown; value: unknown }> }, walk: Walk): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  const members = new Map<string, number>();
  walk.offsets.set(object, members);
  walk.built.set(node, object);
  for (const pair of node.items) {
    const keyNode = pair.key as Node | null;
    const key = loadYaml().isScalar(keyNode) ? String(keyNode.value) : JSON.stringify(toData(keyNode, walk));
    const value = toData(pair.value as Node | null, walk);
    if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
    else object[key] = value;
    members.set(key, keyNode?.range?.[0] ?? node.range?.[0] ?? 0);
  }
  return object;
}
