// Keywords that constrain by being there (contains, propertyNames, if, not, contentSchema…): added
// narrows, removed widens; when both sides have a sub-schema it is compared in turn where that is
// monotone (a narrower `contains` schema admits fewer arrays), or reported `…-changed` where it is not
// (`if` and `not` turn a narrower sub-schema into a wider whole, or mix both).
import { isJsonObject } from '../spec/index.js';
import type { DiffSession } from './diff-session.js';
import { appendPointer } from '../spec/json-pointer.js';
import type { CompareNested } from './compare-object.js';
import { keywordPointer, reportSchemaChange, type SchemaPair } from './schema-site.js';

interface PresenceKeyword {
  keyword: string;
  stem: string;
  /** How a sub-schema on both sides is compared: in turn (monotone), or as one opaque value. */
  both: 'nested' | 'changed';
}

/** The presence keywords of each family (keyword-families.ts registers them with their rule tables). */
export const presenceKeywords = {
  array: [
    { keyword: 'contains', stem: 'contains', both: 'nested' },
    { keyword: 'unevaluatedItems', stem: 'unevaluated-items', both: 'nested' },
  ],
  object: [{ keyword: 'propertyNames', stem: 'property-names', both: 'nested' }],
  content: [{ keyword: 'contentSchema', stem: 'content-schema', both: 'nested' }],
  conditional: [
    { keyword: 'then', stem: 'then', both: 'nested' },
    { keyword: 'else', stem: 'else', both: 'nested' },
    { keyword: 'if', stem: 'if', both: 'changed' },
    { keyword: 'not', stem: 'not', both: 'changed' },
  ],
} as const satisfies Record<string, readonly PresenceKeyword[]>;

/** `true` (or `{}`) admits everything: as good as absent. */
function constraining(value: unknown): boolean {
  if (value === undefined || value === true) return false;
  return !(isJsonObject(value) && Object.keys(value).length === 0);
}

export function comparePresenceKeywords(session: DiffSession, pair: SchemaPair, nested: CompareNested, keywords: readonly PresenceKeyword[]): void {
  for (const { keyword, stem, both } of keywords) {
    const from = pair.base.schema[keyword];
    const to = pair.head.schema[keyword];
    const fields = { basePointer: keywordPointer(pair.base, keyword), headPointer: keywordPointer(pair.head, keyword) };
    if (!constraining(from) && !constraining(to)) continue;
    if (!constraining(from)) reportSchemaChange(session, pair, `${stem}-added`, `${keyword} added`, fields);
    else if (!constraining(to)) reportSchemaChange(session, pair, `${stem}-removed`, `${keyword} removed`, fields);
    else {
      const base = { node: from, pointer: fields.basePointer };
      const head = { node: to, pointer: fields.headPointer };
      if (session.sameContent(base, head)) continue;
      if (both === 'nested' && isJsonObject(from) && isJsonObject(to)) nested([...pair.path, { kind: 'keyword', keyword }], base, head);
      else reportSchemaChange(session, pair, `${stem}-changed`, `${keyword} changed`, fields);
    }
  }
}

/** contentMediaType and contentEncoding: a different media type or encoding is a different wire form. */
export function compareContentAnnotations(session: DiffSession, pair: SchemaPair): void {
  for (const [keyword, stem] of [
    ['contentMediaType', 'content-media-type'],
    ['contentEncoding', 'content-encoding'],
  ] as const) {
    const from = pair.base.schema[keyword];
    const to = pair.head.schema[keyword];
    if (from === to) continue;
    reportSchemaChange(session, pair, `${stem}-changed`, `${keyword} changed from ${String(from ?? 'none')} to ${String(to ?? 'none')}`, {
      basePointer: keywordPointer(pair.base, keyword),
      headPointer: keywordPointer(pair.head, keyword),
      from,
      to,
    });
  }
}

/** Maps of sub-schemas keyed by a name or pattern (patternProperties, dependentSchemas): an entry added narrows, removed widens. */
export function compareSchemaMaps(session: DiffSession, pair: SchemaPair, nested: CompareNested): void {
  for (const [keyword, stem] of [
    ['patternProperties', 'pattern-property'],
    ['dependentSchemas', 'dependent-schema'],
  ] as const) {
    const from = isJsonObject(pair.base.schema[keyword]) ? (pair.base.schema[keyword] as Record<string, unknown>) : {};
    const to = isJsonObject(pair.head.schema[keyword]) ? (pair.head.schema[keyword] as Record<string, unknown>) : {};
    for (const name of new Set([...Object.keys(from), ...Object.keys(to)])) {
      const basePointer = name in from ? appendPointer(pair.base.at.pointer, keyword, name) : keywordPointer(pair.base, keyword);
      const headPointer = name in to ? appendPointer(pair.head.at.pointer, keyword, name) : keywordPointer(pair.head, keyword);
      if (!(name in from)) reportSchemaChange(session, pair, `${stem}-added`, `${keyword} '${name}' added`, { basePointer, headPointer });
      else if (!(name in to)) reportSchemaChange(session, pair, `${stem}-removed`, `${keyword} '${name}' removed`, { basePointer, headPointer });
      else nested([...pair.path, { kind: 'keyword', keyword, name }], { node: from[name], pointer: basePointer }, { node: to[name], pointer: headPointer });
    }
  }
}

/** dependentRequired: a member that, when present, requires others. More requirements narrow. */
export function compareDependentRequired(session: DiffSession, pair: SchemaPair): void {
  const read = (value: unknown): Map<string, Set<string>> =>
    new Map(isJsonObject(value) ? Object.entries(value).map(([name, list]) => [name, new Set(Array.isArray(list) ? list.map(String) : [])]) : []);
  const from = read(pair.base.schema['dependentRequired']);
  const to = read(pair.head.schema['dependentRequired']);
  const fields = { basePointer: keywordPointer(pair.base, 'dependentRequired'), headPointer: keywordPointer(pair.head, 'dependentRequired') };
  for (const name of new Set([...from.keys(), ...to.keys()])) {
    const before = from.get(name);
    const after = to.get(name);
    if (!before)
      reportSchemaChange(session, pair, 'dependent-required-added', `dependentRequired for '${name}' added: ${[...(after ?? [])].join(', ')}`, fields);
    else if (!after) reportSchemaChange(session, pair, 'dependent-required-removed', `dependentRequired for '${name}' removed`, fields);
    else {
      const added = [...after].filter((member) => !before.has(member));
      const removed = [...before].filter((member) => !after.has(member));
      if (added.length > 0) reportSchemaChange(session, pair, 'dependent-required-changed', `'${name}' now also requires ${added.join(', ')}`, fields);
      else if (removed.length > 0)
        reportSchemaChange(session, pair, 'dependent-required-removed', `'${name}' no longer requires ${removed.join(', ')}`, fields);
    }
  }
}
