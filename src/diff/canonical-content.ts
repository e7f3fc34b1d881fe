// Resolved, order-free content of a spec node: two nodes with the same canonical content mean the
// same thing to a consumer, however they are spelled (key order, $ref or inline, enum order).
import { isJsonObject, type JsonObject } from '../spec/index.js';
import { resolveLocated, type SideName } from './ref-resolver.js';

const ignoredKeywords = new Set([
  'description',
  'summary',
  'title',
  'example',
  'examples',
  '$comment',
  'externalDocs',
  'xml',
  'discriminator',
  'readOnly',
  'writeOnly',
  'deprecated',
  'tags',
  'operationId',
]);
// Arrays whose order carries no meaning.
const setLikeKeywords = new Set(['required', 'enum', 'type', 'oneOf', 'anyOf', 'allOf']);
// Maps keyed by names (properties, headers, media types…): every key counts, `x-` included.
const nameMapKeywords = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
  'headers',
  'content',
  'encoding',
  'responses',
  'links',
  'callbacks',
]);
// Values that are data, compared as written.
const dataKeywords = new Set(['enum', 'const', 'default']);

type Mode = 'keywords' | 'names' | 'data';

export class CanonicalContent {
  private readonly memo = new WeakMap<object, string>();

  constructor(
    private readonly document: JsonObject,
    private readonly side: SideName,
  ) {}

  of(node: unknown, pointer: string): string {
    return this.canonical(node, pointer, 'keywords', new Set());
  }

  private canonical(node: unknown, pointer: string, mode: Mode, inProgress: Set<string>): string {
    if (mode === 'data') return stableJson(node);
    if (Array.isArray(node)) return `[${node.map((item, index) => this.canonical(item, `${pointer}/${index}`, 'keywords', inProgress)).join(',')}]`;
    if (!isJsonObject(node)) return JSON.stringify(node) ?? 'null';
    if (mode === 'names') {
      const entries = Object.keys(node)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${this.canonical(node[key], `${pointer}/${key}`, 'keywords', inProgress)}`);
      return `{${entries.join(',')}}`;
    }
    const cached = this.memo.get(node);
    if (cached !== undefined) return cached;
    const ref = typeof node['$ref'] === 'string' ? node['$ref'] : undefined;
    if (ref !== undefined && inProgress.has(ref)) return JSON.stringify({ $recursive: ref });
    if (ref !== undefined) inProgress.add(ref);
    const located = resolveLocated(this.document, this.side, { node, pointer });
    const target = located.node;
    let result: string;
    if (!isJsonObject(target)) {
      result = this.canonical(target, located.pointer, 'keywords', inProgress);
    } else {
      const entries = Object.keys(target)
        .filter((key) => !ignoredKeywords.has(key) && !key.startsWith('x-') && key !== '$ref')
        .sort()
        .map((key) => `${JSON.stringify(key)}:${this.member(key, target[key], `${located.pointer}/${key}`, inProgress)}`);
      result = `{${entries.join(',')}}`;
    }
    if (ref !== undefined) inProgress.delete(ref);
    this.memo.set(node, result);
    return result;
  }

  private member(key: string, value: unknown, pointer: string, inProgress: Set<string>): string {
    const mode: Mode = dataKeywords.has(key) ? 'data' : nameMapKeywords.has(key) ? 'names' : 'keywords';
    if (setLikeKeywords.has(key) && Array.isArray(value)) {
      const members = value.map((item, index) => this.canonical(item, `${pointer}/${index}`, mode, inProgress)).sort();
      return `[${members.join(',')}]`;
    }
    return this.canonical(value, pointer, mode, inProgress);
  }
}

/** JSON with object keys sorted, so that key order never makes two values differ. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (isJsonObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
