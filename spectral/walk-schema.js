// Walks a JSON Schema (OpenAPI 3.1 uses draft 2020-12) without following $ref, so that a rule given
// the unresolved document sees every schema exactly once, where it is written.

import { isPlainObject } from './is-plain-object.js';

const singleSchemaKeywords = [
  'items',
  'additionalItems',
  'additionalProperties',
  'unevaluatedItems',
  'unevaluatedProperties',
  'propertyNames',
  'contains',
  'not',
  'if',
  'then',
  'else',
  'contentSchema',
];
// `items` as an array and `additionalItems` are the pre-2020 spellings of `prefixItems`/`items`.
const schemaArrayKeywords = ['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items'];
const schemaMapKeywords = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies'];

/**
 * Yields `schema` and every schema nested in it, each with its path relative to `schema`.
 * @param {unknown} schema
 * @param {Array<string|number>} [path]
 * @returns {Generator<{ schema: Record<string, unknown>, path: Array<string|number> }>}
 */
export function* walkSchema(schema, path = []) {
  if (!isPlainObject(schema)) return;
  yield { schema, path };
  for (const keyword of singleSchemaKeywords) {
    yield* walkSchema(schema[keyword], [...path, keyword]);
  }
  for (const keyword of schemaArrayKeywords) {
    const members = schema[keyword];
    if (!Array.isArray(members)) continue;
    for (const [index, member] of members.entries()) yield* walkSchema(member, [...path, keyword, index]);
  }
  for (const keyword of schemaMapKeywords) {
    const members = schema[keyword];
    if (!isPlainObject(members)) continue;
    for (const [name, member] of Object.entries(members)) yield* walkSchema(member, [...path, keyword, name]);
  }
}
