// enum (and const, read as a one-value enum): values added or removed, or the restriction itself.
import { stableJson } from './canonical-content.js';
import type { DiffSession } from './diff-session.js';
import { formatValue, keywordPointer, reportSchemaChange, type SchemaPair } from './schema-site.js';
import type { SchemaView } from './schema-view.js';

export function compareEnum(session: DiffSession, pair: SchemaPair): void {
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
    if (!fromKeys.has(stableJson(value))) reportSchemaChange(session, pair, 'enum-value-added', `enum value '${formatValue(value)}' added`, { ...fields, to: value });
  }
  for (const value of from ?? []) {
    if (!toKeys.has(stableJson(value))) reportSchemaChange(session, pair, 'enum-value-removed', `enum value '${formatValue(value)}' removed`, { ...fields, from: value });
  }
}

function enumKeyword(view: SchemaView): string {
  return 'const' in view.schema && !('enum' in view.schema) ? 'const' : 'enum';
}

function listText(values: readonly unknown[]): string {
  return `[${values.map(formatValue).join(', ')}]`;
}
