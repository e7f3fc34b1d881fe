// Content ids: two nodes get the same id when they mean the same thing to a consumer, however they
// are spelled (key order, $ref or inline, enum order). Each node's id is interned from its own
// keywords and its children's ids, never from an inlined copy of what it references, so a component
// used from hundreds of places costs its own size once (Stripe's `invoice` inlined along every path
// made a 273 MB string). A node on or reaching a reference cycle has no exact id: its sameness is
// left to the pair-by-pair comparison, which handles recursion (schema-compare.ts).
import { isJsonObject } from '../spec/index.js';
import type { Located, RefResolver, SideName } from './ref-resolver.js';

// Keywords no rule reads: they never make two nodes differ.
const ignoredKeywords = new Set(['description', 'summary', 'title', 'example', 'examples', '$comment', 'externalDocs', 'xml', 'tags', '$id', '$schema', '$anchor', '$defs', 'definitions']);
// Extensions some rule reads; every other `x-` member is ignored.
export const meaningfulExtensions = new Set(['x-extensible-enum', 'x-sunset', 'x-stability-level']);
// Arrays whose order carries no meaning.
const setLikeKeywords = new Set(['required', 'enum', 'type', 'oneOf', 'anyOf', 'allOf', 'x-extensible-enum']);
// Maps keyed by names (properties, headers, media types…): every key counts, `x-` included.
const nameMapKeywords = new Set(['properties', 'patternProperties', 'dependentSchemas', 'headers', 'content', 'encoding', 'responses', 'links', 'callbacks', 'mapping', 'paths', 'webhooks']);
// Values that are data, compared as written.
const dataKeywords = new Set(['enum', 'const', 'default', 'dependentRequired', 'x-extensible-enum']);

type Mode = 'keywords' | 'names' | 'data';

/** An interned id; negative when inexact (on or reaching a reference cycle), then never equal to anything. */
type ContentId = number;

export class CanonicalContent {
  private readonly ids = new Map<string, number>();
  private readonly memo: Record<SideName, WeakMap<object, ContentId>> = { base: new WeakMap(), head: new WeakMap() };
  private readonly inProgress = new Set<object>();

  constructor(private readonly resolvers: Record<SideName, RefResolver>) {}

  /** Whether two nodes, one per side, mean the same once $refs are followed and order is ignored. */
  same(base: Located, head: Located): boolean {
    const baseId = this.idOf('base', base.node, 'keywords');
    return baseId > 0 && baseId === this.idOf('head', head.node, 'keywords');
  }

  private intern(text: string, exact: boolean): ContentId {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.ids.size + 1;
      this.ids.set(text, id);
    }
    return exact ? id : -id;
  }

  private idOf(side: SideName, node: unknown, mode: Mode): ContentId {
    if (node === null || typeof node !== 'object') return this.intern(JSON.stringify(node) ?? 'null', true);
    if (mode === 'data') return this.intern(`d${stableJson(node)}`, true);
    const memo = this.memo[side];
    const known = memo.get(node);
    if (known !== undefined) return known;
    let target: unknown = node;
    if (isJsonObject(node) && typeof node['$ref'] === 'string') {
      target = this.resolvers[side].resolve({ node, pointer: '' }).node;
      if (target === null || typeof target !== 'object') return this.idOf(side, target, mode);
      const targetId = memo.get(target);
      if (targetId !== undefined) {
        memo.set(node, targetId);
        return targetId;
      }
    }
    const object = target as object;
    if (this.inProgress.has(object)) return this.intern('cycle', false);
    this.inProgress.add(object);
    let exact = true;
    const part = (id: ContentId) => {
      if (id < 0) exact = false;
      return Math.abs(id);
    };
    let text: string;
    if (Array.isArray(object)) {
      text = `[${object.map((item) => part(this.idOf(side, item, 'keywords'))).join(',')}]`;
    } else {
      const record = object as Record<string, unknown>;
      const keys = Object.keys(record).sort();
      const entries: string[] = [];
      for (const key of keys) {
        if (mode === 'keywords' && (ignoredKeywords.has(key) || key === '$ref' || (key.startsWith('x-') && !meaningfulExtensions.has(key)))) continue;
        const value = record[key];
        let member: string;
        if (mode === 'names') member = String(part(this.idOf(side, value, 'keywords')));
        else if (dataKeywords.has(key)) member = String(part(this.idOf(side, value, 'data')));
        else if (setLikeKeywords.has(key) && Array.isArray(value)) member = `[${value.map((item) => part(this.idOf(side, item, 'keywords'))).sort((a, b) => a - b).join(',')}]`;
        else member = String(part(this.idOf(side, value, nameMapKeywords.has(key) ? 'names' : 'keywords')));
        entries.push(`${JSON.stringify(key)}:${member}`);
      }
      text = `${mode === 'names' ? 'n' : 'k'}{${entries.join(',')}}`;
    }
    this.inProgress.delete(object);
    const id = this.intern(text, exact);
    // A names-map and a schema never share an object, so one memo serves both modes.
    memo.set(object, id);
    if (object !== node) memo.set(node, id);
    return id;
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
