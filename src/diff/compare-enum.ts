// enum (and const, read as a one-value enum): values added or removed, or the restriction itself.
import { stableJson } from './canonical-content.js';
import type { DiffSession } from './diff-session.js';
import { formatValue, keywordPointer, reportSchemaChange, type SchemaPair } from './schema-site.js';
import type { SchemaView } from './schema-view.js';

/** `const` against `const` (or none): its own ids, as oasdiff has them; mixed with `enum`, it reads as a one-value enum. */
function compareConst(session: DiffSession, pair: SchemaPair): boolean {
  const { base, head } = pair;
  if ('enum' in base.schema || 'enum' in head.schema) return false;
  const hasFrom = 'const' in base.schema;
  const hasTo = 'const' in head.schema;
  if (!hasFrom && !hasTo) return false;
  const from = base.schema['const'];
  const to = head.schema['const'];
  const fields = { basePointer: keywordPointer(base, 'const'), headPointer: keywordPointer(head, 'const'), from, to };
  if (!hasFrom) reportSchemaChange(session, pair, 'const-added', `restricted to the value '${formatValue(to)}'`, fields);
  else if (!hasTo) reportSchemaChange(session, pair, 'const-removed', `no longer restricted to the value '${formatValue(from)}'`, fields);
  else if (stableJson(from) !== stableJson(to))
    reportSchemaChange(session, pair, 'const-changed', `const changed from '${formatValue(from)}' to '${formatValue(to)}'`, fields);
  return true;
}

/** x-extensible-enum: the values known today; clients must accept others, so only a removal narrows. */
function compareExtensibleEnum(session: DiffSession, pair: SchemaPair): void {
  const read = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  const from = read(pair.base.schema['x-extensible-enum']);
  const to = read(pair.head.schema['x-extensible-enum']);
  if (from.length === 0 && to.length === 0) return;
  const fields = { basePointer: keywordPointer(pair.base, 'x-extensible-enum'), headPointer: keywordPointer(pair.head, 'x-extensible-enum') };
  const fromKeys = new Set(from.map(stableJson));
  const toKeys = new Set(to.map(stableJson));
  for (const value of to)
    if (!fromKeys.has(stableJson(value)))
      reportSchemaChange(session, pair, 'x-extensible-enum-value-added', `x-extensible-enum value '${formatValue(value)}' added`, { ...fields, to: value });
  for (const value of from)
    if (!toKeys.has(stableJson(value)))
      reportSchemaChange(session, pair, 'x-extensible-enum-value-removed', `x-extensible-enum value '${formatValue(value)}' removed`, {
        ...fields,
        from: value,
      });
}

export function compareEnum(session: DiffSession, pair: SchemaPair): void {
  compareExtensibleEnum(session, pair);
  if (compareConst(session, pair)) return;
  const from = pair.base.enumValues;
  const to = pair.head.enumValues;
  if (from === undefined && to === undefined) return;
  const fields = { basePointer: keywordPointer(pair.base, enumKeyword(pair.base)), headPointer: keywordPointer(pair.head, enumKeyword(pair.head)) };
  if (from === undefined && to !== undefined) {
    reportSchemaChange(session, pair, 'became-enum', `restricted to the values ${listText(to)}`, { ...fields, to });
    return;
  }
  if (from !== undefined && to === undefined) {
    reportSchemaChange(session, pair, 'became-not-enum', `no longer restricted to the values ${listText(from)}`, { ...fields, from });
    return;
  }
  const fromKeys = new Set((from ?? []).map(stableJson));
  const toKeys = new Set((to ?? []).map(stableJson));
  for (const value of to ?? []) {
    if (!fromKeys.has(stableJson(value)))
      reportSchemaChange(session, pair, 'enum-value-added', `enum value '${formatValue(value)}' added`, { ...fields, to: value });
  }
  for (const value of from ?? []) {
    if (!toKeys.has(stableJson(value)))
      reportSchemaChange(session, pair, 'enum-value-removed', `enum value '${formatValue(value)}' removed`, { ...fields, from: value });
  }
}

function enumKeyword(view: SchemaView): string {
  return 'const' in view.schema && !('enum' in view.schema) ? 'const' : 'enum';
}

function listText(values: readonly unknown[]): string {
  return `[${values.map(formatValue).join(', ')}]`;
}
