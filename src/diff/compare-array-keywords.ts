// Array keywords beyond items-to-items: items set on an array that had none, prefixItems positions,
// uniqueItems. (contains and its bounds: compare-presence.ts and compare-bounds.ts.)
import { isJsonObject } from '../spec/index.js';
import type { DiffSession } from './diff-session.js';
import { appendPointer } from '../spec/json-pointer.js';
import type { CompareNested } from './compare-object.js';
import { keywordPointer, reportSchemaChange, type SchemaPair } from './schema-site.js';

const admitsAll = (value: unknown) => value === undefined || value === true || (isJsonObject(value) && Object.keys(value).length === 0);

export function compareArrayKeywords(session: DiffSession, pair: SchemaPair, nested: CompareNested): void {
  const fields = (keyword: string) => ({ basePointer: keywordPointer(pair.base, keyword), headPointer: keywordPointer(pair.head, keyword) });
  const items = [pair.base.schema['items'], pair.head.schema['items']];
  if (admitsAll(items[0]) && !admitsAll(items[1]))
    reportSchemaChange(session, pair, 'items-added', 'items constrained (the array had no items schema)', fields('items'));
  else if (!admitsAll(items[0]) && admitsAll(items[1])) reportSchemaChange(session, pair, 'items-removed', 'items no longer constrained', fields('items'));
  else if (items[1] === false && items[0] !== false)
    reportSchemaChange(session, pair, 'items-added', 'items: false (no members beyond prefixItems)', fields('items'));

  const from = Array.isArray(pair.base.schema['prefixItems']) ? (pair.base.schema['prefixItems'] as unknown[]) : [];
  const to = Array.isArray(pair.head.schema['prefixItems']) ? (pair.head.schema['prefixItems'] as unknown[]) : [];
  for (let position = 0; position < Math.max(from.length, to.length); position += 1) {
    if (position >= from.length) reportSchemaChange(session, pair, 'prefix-items-added', `prefixItems position ${position} constrained`, fields('prefixItems'));
    else if (position >= to.length)
      reportSchemaChange(session, pair, 'prefix-items-removed', `prefixItems position ${position} no longer constrained`, fields('prefixItems'));
    else {
      nested(
        [...pair.path, { kind: 'keyword', keyword: 'prefixItems', name: String(position) }],
        { node: from[position], pointer: appendPointer(pair.base.at.pointer, 'prefixItems', position) },
        { node: to[position], pointer: appendPointer(pair.head.at.pointer, 'prefixItems', position) },
      );
    }
  }

  const wasUnique = pair.base.schema['uniqueItems'] === true;
  const isUnique = pair.head.schema['uniqueItems'] === true;
  if (!wasUnique && isUnique)
    reportSchemaChange(session, pair, 'unique-items-set', 'uniqueItems set: arrays with repeated members are refused', fields('uniqueItems'));
  if (wasUnique && !isUnique)
    reportSchemaChange(session, pair, 'unique-items-unset', 'uniqueItems unset: repeated members are accepted', fields('uniqueItems'));
}

/** multipleOf: a multiple of the old step admits fewer values, a divisor more; anything else both. */
export function compareMultipleOf(session: DiffSession, pair: SchemaPair): void {
  const from = pair.base.schema['multipleOf'];
  const to = pair.head.schema['multipleOf'];
  if (from === to) return;
  const fields = { basePointer: keywordPointer(pair.base, 'multipleOf'), headPointer: keywordPointer(pair.head, 'multipleOf'), from, to };
  if (typeof from !== 'number') reportSchemaChange(session, pair, 'multiple-of-set', `multipleOf set to ${String(to)}`, fields);
  else if (typeof to !== 'number') reportSchemaChange(session, pair, 'multiple-of-unset', `multipleOf unset (was ${from})`, fields);
  else if (isMultiple(to, from))
    reportSchemaChange(session, pair, 'multiple-of-narrowed', `multipleOf changed from ${from} to ${to}, a multiple of it`, fields);
  else if (isMultiple(from, to)) reportSchemaChange(session, pair, 'multiple-of-widened', `multipleOf changed from ${from} to ${to}, a divisor of it`, fields);
  else reportSchemaChange(session, pair, 'multiple-of-changed', `multipleOf changed from ${from} to ${to}`, fields);
}

function isMultiple(value: number, step: number): boolean {
  const quotient = value / step;
  return Math.abs(quotient - Math.round(quotient)) < 1e-9;
}
