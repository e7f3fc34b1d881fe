// The one OpenAPI → JSON Schema 2020-12 converter: the generated validators (scripts/generate), the
// mock's error-type check and the diff's pact check all compile what it returns with AJV.
import { isJsonObject, type JsonObject } from './json-object.js';
import { resolveLocated, SpecRefError } from './ref-resolver.js';

/**
 * Keywords dropped: OpenAPI-only ones that strict JSON Schema validators refuse (`nullable` is
 * turned into a `null` type first), and annotations that validate nothing but would be embedded in
 * generated validator code.
 */
const droppedKeywords = new Set(['example', 'xml', 'externalDocs', 'discriminator', 'nullable', 'deprecated', 'description', 'title', 'examples', '$comment']);
/** Keywords whose value maps names (kept whatever they are) to schemas. */
const schemaMapKeywords = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
/** Keywords whose value is data, copied as is. */
const dataKeywords = new Set(['enum', 'const', 'default', 'required']);
const componentSchemaRef = /^#\/components\/schemas\//;

/** Where a schema comes from: local `$ref`s outside components.schemas are inlined from `document`. */
export interface SchemaSource {
  document: JsonObject;
  /** Labels a SpecRefError when such a `$ref` cannot be followed (the diff's base or head). */
  side?: string;
}

/**
 * Turns an OpenAPI schema (or any subtree) into plain JSON Schema 2020-12 for validation: drops
 * `x-*`, OpenAPI-only keywords and annotations, points `#/components/schemas/X` refs at
 * `<defsUri>#/$defs/X` (where componentSchemasAsDefs registers them) and inlines any other local
 * ref from `source`; without a source such a ref is kept as written. Property *names* are kept
 * whatever they are; only keywords are filtered.
 */
export function toJsonSchema(node: unknown, defsUri: string, source?: SchemaSource): unknown {
  return convert(node, { defsUri, source }, new Set());
}

/** All `components/schemas` of a spec as one JSON Schema document with `$defs`, identified by `id`. */
export function componentSchemasAsDefs(spec: JsonObject, id: string, side?: string): JsonObject {
  const components = isJsonObject(spec['components']) ? spec['components'] : {};
  const schemas = isJsonObject(components['schemas']) ? components['schemas'] : {};
  const source: SchemaSource = side === undefined ? { document: spec } : { document: spec, side };
  return { $id: id, $defs: convertMap(schemas, { defsUri: id, source }, new Set()) };
}

interface Target {
  defsUri: string;
  source: SchemaSource | undefined;
}

// `inlining` holds the refs being inlined on the way down: a schema that contains itself through
// a non-component ref cannot be written out as a tree.
function convert(node: unknown, target: Target, inlining: ReadonlySet<string>): unknown {
  if (Array.isArray(node)) return node.map((item) => convert(item, target, inlining));
  if (!isJsonObject(node)) return node;
  const ref = node['$ref'];
  const source = target.source;
  if (source && typeof ref === 'string' && !componentSchemaRef.test(ref)) {
    if (inlining.has(ref)) throw new SpecRefError(ref, 'is circular', source.side);
    const resolved = resolveLocated(source.document, { node, pointer: '' }, source.side).node;
    return convert(resolved, target, new Set(inlining).add(ref));
  }
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('x-') || droppedKeywords.has(key)) continue;
    if (key === '$ref' && typeof value === 'string') result[key] = value.replace(componentSchemaRef, `${target.defsUri}#/$defs/`);
    else if (schemaMapKeywords.has(key)) result[key] = convertMap(isJsonObject(value) ? value : {}, target, inlining);
    else if (dataKeywords.has(key)) result[key] = value;
    else result[key] = convert(value, target, inlining);
  }
  if (node['nullable'] === true && typeof node['type'] === 'string') result['type'] = [node['type'], 'null'];
  return result;
}

function convertMap(map: JsonObject, target: Target, inlining: ReadonlySet<string>): JsonObject {
  return Object.fromEntries(Object.entries(map).map(([name, schema]) => [name, convert(schema, target, inlining)]));
}
