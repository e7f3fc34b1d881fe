import { isJsonObject, type JsonObject } from './load-spec.js';

/**
 * Keywords dropped: OpenAPI-only ones that strict JSON Schema validators refuse, and annotations
 * that validate nothing but would be embedded in generated validator code.
 */
const droppedKeywords = new Set(['example', 'xml', 'externalDocs', 'discriminator', 'deprecated', 'description', 'title', 'examples', '$comment']);

/**
 * Turns an OpenAPI schema (or any subtree) into plain JSON Schema 2020-12 for validation: drops
 * `x-*`, OpenAPI-only keywords and annotations, and points `#/components/schemas/X` refs at `<defsUri>#/$defs/X`.
 * Property *names* are kept whatever they are; only keywords are filtered.
 */
export function toJsonSchema(node: unknown, defsUri = ''): unknown {
  if (Array.isArray(node)) return node.map((item) => toJsonSchema(item, defsUri));
  if (!isJsonObject(node)) return node;
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('x-') || droppedKeywords.has(key)) continue;
    if (key === '$ref' && typeof value === 'string') {
      result[key] = value.replace(/^#\/components\/schemas\//, `${defsUri}#/$defs/`);
    } else if (key === 'properties' || key === 'patternProperties' || key === '$defs') {
      result[key] = Object.fromEntries(
        Object.entries(isJsonObject(value) ? value : {}).map(([name, schema]) => [name, toJsonSchema(schema, defsUri)]),
      );
    } else if (key === 'enum' || key === 'const' || key === 'default' || key === 'required') {
      result[key] = value; // data, not schemas
    } else {
      result[key] = toJsonSchema(value, defsUri);
    }
  }
  return result;
}

/** All `components/schemas` of a spec as one JSON Schema document with `$defs`, identified by `id`. */
export function componentSchemasAsDefs(spec: JsonObject, id: string): JsonObject {
  const components = isJsonObject(spec['components']) ? spec['components'] : {};
  const schemas = isJsonObject(components['schemas']) ? components['schemas'] : {};
  return {
    $id: id,
    $defs: Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, toJsonSchema(schema, id)])),
  };
}
