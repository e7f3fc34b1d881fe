// Whether two nodes, one per side, mean the same to a consumer, however they are spelled (key order,
// enum order, ignored annotations). Two parts, neither of which inlines what a $ref names:
// - a shallow content id per node, interned from its own keywords and its inline children's ids,
//   with every $ref kept as the pointer it names;
// - which $ref targets are clean: the same shallow id on both sides, and every target they refer to
//   clean in turn. That is found once for the whole document, by spreading "dirty" backwards over
//   the reference graph, so recursion and fan-in cost nothing extra.
// A node is the same on both sides when the shallow ids agree and every target it refers to is
// clean. (Stripe's `invoice` inlined along every path that reaches it was a 273 MB string.)
import { isJsonObject, type JsonObject, type Located, type RefResolver } from '../spec/index.js';
import { appendPointer, nodeAtPointer, pointerOfLocalRef } from '../spec/json-pointer.js';
import type { SideName } from './diff-session.js';

// Keywords no rule reads: they never make two nodes differ.
const ignoredKeywords = new Set([
  'description',
  'summary',
  'title',
  'example',
  'examples',
  '$comment',
  'externalDocs',
  'xml',
  'tags',
  '$id',
  '$schema',
  '$anchor',
]);
// Extensions some rule reads; every other `x-` member is ignored.
export const meaningfulExtensions = new Set(['x-extensible-enum', 'x-sunset', 'x-stability-level']);
// Arrays whose order carries no meaning.
const setLikeKeywords = new Set(['required', 'enum', 'type', 'oneOf', 'anyOf', 'allOf', 'x-extensible-enum']);
// Maps keyed by names (properties, headers, media types…): every key counts, `x-` included.
const nameMapKeywords = new Set([
  'properties',
  'patternProperties',
  'dependentSchemas',
  'headers',
  'content',
  'encoding',
  'responses',
  'links',
  'callbacks',
  'mapping',
  'paths',
  'webhooks',
  '$defs',
  'definitions',
]);
// Values that are data, compared as written.
const dataKeywords = new Set(['enum', 'const', 'default', 'dependentRequired', 'x-extensible-enum']);

type Mode = 'keywords' | 'names' | 'data';

const componentSections = ['schemas', 'parameters', 'responses', 'requestBodies', 'headers', 'pathItems', 'callbacks', 'securitySchemes', 'links', 'examples'];

export class CanonicalContent {
  private readonly ids = new Map<string, number>();
  private readonly memo: Record<SideName, WeakMap<object, number>> = { base: new WeakMap(), head: new WeakMap() };
  private readonly refsClean: Record<SideName, WeakMap<object, boolean>> = { base: new WeakMap(), head: new WeakMap() };
  private dirtyTargets: Set<string> | undefined;
  private readonly cleanTargets = new Set<string>();

  constructor(
    private readonly documents: Record<SideName, JsonObject>,
    private readonly resolvers: Record<SideName, RefResolver>,
  ) {}

  /**
   * Whether two nodes, one per side, mean the same once $refs are followed and order is ignored.
   * A $ref at the top is followed; one inside stays a name (same name, clean target: same meaning).
   */
  same(baseIn: Located, headIn: Located): boolean {
    const base = this.resolvers.base.resolve(baseIn).node;
    const head = this.resolvers.head.resolve(headIn).node;
    return this.shallowId('base', base, 'keywords') === this.shallowId('head', head, 'keywords') && this.targetsClean('base', base);
  }

  private intern(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.ids.size + 1;
      this.ids.set(text, id);
    }
    return id;
  }

  private shallowId(side: SideName, node: unknown, mode: Mode): number {
    if (node === null || typeof node !== 'object') return this.intern(JSON.stringify(node) ?? 'null');
    if (mode === 'data') return this.intern(`d${stableJson(node)}`);
    const memo = this.memo[side];
    const known = memo.get(node);
    if (known !== undefined) return known;
    let text: string;
    if (Array.isArray(node)) {
      text = `[${node.map((item) => this.shallowId(side, item, 'keywords')).join(',')}]`;
    } else {
      const record = node as Record<string, unknown>;
      const entries: string[] = [];
      for (const key of Object.keys(record).sort()) {
        if (mode === 'keywords' && (ignoredKeywords.has(key) || (key.startsWith('x-') && !meaningfulExtensions.has(key)))) continue;
        const value = record[key];
        let member: string;
        if (mode === 'keywords' && key === '$ref' && typeof value === 'string') member = JSON.stringify(pointerOfLocalRef(value) ?? value);
        else if (mode === 'names') member = String(this.shallowId(side, value, 'keywords'));
        else if (dataKeywords.has(key)) member = String(this.shallowId(side, value, 'data'));
        else if (setLikeKeywords.has(key) && Array.isArray(value))
          member = `[${value
            .map((item) => this.shallowId(side, item, 'keywords'))
            .sort((a, b) => a - b)
            .join(',')}]`;
        else member = String(this.shallowId(side, value, nameMapKeywords.has(key) ? 'names' : 'keywords'));
        entries.push(`${JSON.stringify(key)}:${member}`);
      }
      text = `${mode === 'names' ? 'n' : 'k'}{${entries.join(',')}}`;
    }
    const id = this.intern(text);
    memo.set(node, id);
    return id;
  }

  /** Whether every $ref inside `node` (inline, not followed) names a clean target. */
  private targetsClean(side: SideName, node: unknown): boolean {
    if (node === null || typeof node !== 'object') return true;
    const memo = this.refsClean[side];
    const known = memo.get(node);
    if (known !== undefined) return known;
    let clean = true;
    if (Array.isArray(node)) clean = node.every((item) => this.targetsClean(side, item));
    else {
      const ref = (node as JsonObject)['$ref'];
      if (typeof ref === 'string') clean = this.isCleanTarget(pointerOfLocalRef(ref) ?? ref);
      if (clean) clean = Object.entries(node as JsonObject).every(([key, value]) => key === '$ref' || dataKeywords.has(key) || this.targetsClean(side, value));
    }
    memo.set(node, clean);
    return clean;
  }

  private isCleanTarget(pointer: string): boolean {
    if (this.cleanTargets.has(pointer)) return true;
    const dirty = (this.dirtyTargets ??= this.findDirtyTargets());
    if (dirty.has(pointer)) return false;
    // A target outside components (rare): found dirty by walking its own references.
    if (!this.analysed.has(pointer)) {
      const extra = this.findDirtyTargets([pointer]);
      for (const found of extra) dirty.add(found);
      if (dirty.has(pointer)) return false;
    }
    this.cleanTargets.add(pointer);
    return true;
  }

  private readonly analysed = new Set<string>();

  /**
   * The $ref targets whose meaning differs between the sides: their own shallow content differs, or
   * they refer (directly or not) to one that does. Starts from every component (or `starts`) and
   * follows every target reached, on both sides.
   */
  private findDirtyTargets(starts?: string[]): Set<string> {
    const pending = starts ? [...starts] : this.componentPointers();
    const referrers = new Map<string, string[]>();
    const seeds: string[] = [];
    while (pending.length > 0) {
      const pointer = pending.pop() as string;
      if (this.analysed.has(pointer)) continue;
      this.analysed.add(pointer);
      const base = nodeAtPointer(this.documents.base, pointer);
      const head = nodeAtPointer(this.documents.head, pointer);
      if (base === undefined || head === undefined || this.shallowId('base', base, 'keywords') !== this.shallowId('head', head, 'keywords'))
        seeds.push(pointer);
      const targets = new Set<string>();
      collectRefs(base, targets);
      collectRefs(head, targets);
      for (const target of targets) {
        let list = referrers.get(target);
        if (!list) referrers.set(target, (list = []));
        list.push(pointer);
        if (!this.analysed.has(target)) pending.push(target);
      }
    }
    const dirty = new Set<string>(this.dirtyTargets ?? []);
    const spread = [...seeds];
    for (const seed of seeds) dirty.add(seed);
    while (spread.length > 0) {
      const pointer = spread.pop() as string;
      for (const referrer of referrers.get(pointer) ?? []) {
        if (dirty.has(referrer)) continue;
        dirty.add(referrer);
        spread.push(referrer);
      }
    }
    return dirty;
  }

  private componentPointers(): string[] {
    const pointers: string[] = [];
    for (const document of [this.documents.base, this.documents.head]) {
      const components = document['components'];
      if (!isJsonObject(components)) continue;
      for (const section of componentSections) {
        const members = components[section];
        if (isJsonObject(members)) for (const name of Object.keys(members)) pointers.push(appendPointer('/components', section, name));
      }
    }
    return pointers;
  }
}

/** Every $ref target inside `node`, not following them (iterative: inline schemas nest deep). */
function collectRefs(node: unknown, into: Set<string>): void {
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || typeof current !== 'object') continue;
    if (Array.isArray(current)) {
      for (const item of current) stack.push(item);
      continue;
    }
    for (const [key, value] of Object.entries(current as JsonObject)) {
      if (key === '$ref' && typeof value === 'string') into.add(pointerOfLocalRef(value) ?? value);
      else if (!dataKeywords.has(key)) stack.push(value);
    }
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
