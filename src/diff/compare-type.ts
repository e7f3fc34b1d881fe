// type, format and nullability of one schema pair.
import type { DiffSession } from './diff-session.js';
import { directionOfSite, keywordPointer, reportSchemaChange, type SchemaPair } from './schema-site.js';

/** Whether an `integer` is also a `number`: a type set covers a type if it holds it or a wider one. */
function covers(types: ReadonlySet<string>, type: string): boolean {
  return types.has(type) || (type === 'integer' && types.has('number'));
}

function includesAll(outer: ReadonlySet<string> | undefined, inner: ReadonlySet<string> | undefined): boolean {
  if (outer === undefined) return true;
  if (inner === undefined) return false;
  return [...inner].every((type) => covers(outer, type));
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return [...a].some((type) => covers(b, type)) || [...b].some((type) => covers(a, type));
}

function typeText(types: ReadonlySet<string> | undefined): string {
  if (types === undefined) return 'any';
  const list = [...types].sort();
  return list.length === 1 ? (list[0] ?? 'any') : `[${list.join(', ')}]`;
}

/** Returns 'disjoint' when no value of the old type is of the new one; the other keywords then say nothing more. */
export function compareTypes(session: DiffSession, pair: SchemaPair): 'disjoint' | 'overlapping' {
  const { base, head } = pair;
  const widened = includesAll(head.types, base.types);
  const narrowed = includesAll(base.types, head.types);
  if (widened && narrowed) return 'overlapping';
  const fields = {
    basePointer: keywordPointer(base, 'type'),
    headPointer: keywordPointer(head, 'type'),
    from: typeText(base.types),
    to: typeText(head.types),
  };
  const text = `type changed from ${typeText(base.types)} to ${typeText(head.types)}`;
  if (widened) reportSchemaChange(session, pair, 'type-generalized', text, fields);
  else if (narrowed) reportSchemaChange(session, pair, directionOfSite(pair.site) === 'request' ? 'type-changed' : 'type-specialized', text, fields);
  else reportSchemaChange(session, pair, 'type-changed', text, fields);
  const disjoint = base.types !== undefined && head.types !== undefined && !overlap(base.types, head.types);
  return disjoint ? 'disjoint' : 'overlapping';
}

/** A format narrows its type (set), widens it (unset) or swaps it for another (changed). */
export function compareFormat(session: DiffSession, pair: SchemaPair): void {
  const from = pair.base.schema['format'];
  const to = pair.head.schema['format'];
  if (from === to) return;
  const fields = { basePointer: keywordPointer(pair.base, 'format'), headPointer: keywordPointer(pair.head, 'format'), from, to };
  if (from === undefined) {
    const suffix = directionOfSite(pair.site) === 'request' ? 'type-changed' : 'type-specialized';
    reportSchemaChange(session, pair, suffix, `format '${String(to)}' set`, fields);
  } else if (to === undefined) {
    reportSchemaChange(session, pair, 'type-generalized', `format '${String(from)}' unset`, fields);
  } else {
    reportSchemaChange(session, pair, 'type-changed', `format changed from '${String(from)}' to '${String(to)}'`, fields);
  }
}

export function compareNullability(session: DiffSession, pair: SchemaPair): void {
  if (pair.base.nullable === pair.head.nullable) return;
  const fields = { from: pair.base.nullable, to: pair.head.nullable };
  if (pair.head.nullable) reportSchemaChange(session, pair, 'became-nullable', 'null is now an accepted value', fields);
  else reportSchemaChange(session, pair, 'became-not-nullable', 'null is no longer an accepted value', fields);
}
