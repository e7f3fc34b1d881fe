// Validates pact data against the schemas of one side's spec, compiled at run time with AJV's draft
// 2020-12 validator (what OpenAPI 3.1 schemas are). The generated validators of src/validation cannot
// serve: they are compiled from the committed spec, and the two sides of a pull request are others.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { isJsonObject, type JsonObject } from '../spec/index.js';
import { pointerOfLocalRef } from '../spec/json-pointer.js';
import { resolveLocated, type Located, type SideName } from './ref-resolver.js';

const specId = 'urn:lambda-rmc:spec';
// OpenAPI keywords that are not JSON Schema; AJV's strict mode rejects them.
const openApiOnlyKeywords = new Set(['example', 'xml', 'externalDocs', 'discriminator', 'nullable']);
const schemaMapKeywords = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
const dataKeywords = new Set(['enum', 'const', 'default', 'examples']);

/** A schema of a spec that AJV cannot compile (an invalid pattern, say): bad input. */
export class SpecSchemaError extends Error {
  override readonly name = 'SpecSchemaError';
  constructor(
    readonly side: SideName,
    readonly pointer: string,
    readonly problem: string,
  ) {
    super(`schema at ${pointer || '/'} does not compile: ${problem}`);
  }
}

export class SpecSchemaValidator {
  private readonly ajv = new Ajv2020({ strict: true, strictTypes: false, strictTuples: false, strictRequired: false, allErrors: true, logger: false, validateFormats: false });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(
    private readonly document: JsonObject,
    private readonly side: SideName,
  ) {
    const components = isJsonObject(document['components']) ? document['components'] : {};
    const schemas = isJsonObject(components['schemas']) ? components['schemas'] : {};
    this.ajv.addSchema({ $id: specId, $defs: this.toJsonSchema(schemas, 'names') });
  }

  /** Error messages for `value` against the schema at `schema` (none when it is valid), each prefixed with `label`. */
  validate(schema: Located, value: unknown, label: string): string[] {
    const validate = this.validatorFor(schema);
    if (validate(value)) return [];
    return (validate.errors ?? []).map((error) => `${label}${error.instancePath === '' ? '' : ` ${error.instancePath}`} ${describe(error)}`);
  }

  private validatorFor(schema: Located): ValidateFunction {
    let validate = this.compiled.get(schema.pointer);
    if (!validate) {
      try {
        validate = this.ajv.compile(this.toJsonSchema(schema.node, 'schema') as object);
      } catch (error) {
        throw new SpecSchemaError(this.side, schema.pointer, error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error));
      }
      this.compiled.set(schema.pointer, validate);
    }
    return validate;
  }

  /** A copy of an OpenAPI schema that AJV accepts: OpenAPI-only and `x-` keywords dropped, $refs into components.schemas pointed at the registered copy. */
  private toJsonSchema(node: unknown, mode: 'schema' | 'names'): unknown {
    if (Array.isArray(node)) return node.map((item) => this.toJsonSchema(item, 'schema'));
    if (!isJsonObject(node)) return node;
    if (mode === 'names') return Object.fromEntries(Object.entries(node).map(([name, value]) => [name, this.toJsonSchema(value, 'schema')]));
    if (typeof node['$ref'] === 'string') {
      const pointer = pointerOfLocalRef(node['$ref']);
      if (pointer?.startsWith('/components/schemas/')) return { ...this.siblings(node), $ref: `${specId}#/$defs/${pointer.slice('/components/schemas/'.length)}` };
      // Any other reference is inlined (OpenAPI specs rarely point a schema elsewhere).
      return this.toJsonSchema(resolveLocated(this.document, this.side, { node, pointer: '' }).node, 'schema');
    }
    return this.siblings(node);
  }

  private siblings(node: JsonObject): JsonObject {
    const copy: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' || key.startsWith('x-') || openApiOnlyKeywords.has(key)) continue;
      if (dataKeywords.has(key)) copy[key] = value;
      else copy[key] = this.toJsonSchema(value, schemaMapKeywords.has(key) ? 'names' : 'schema');
    }
    if (node['nullable'] === true && typeof node['type'] === 'string') copy['type'] = [node['type'], 'null'];
    return copy;
  }
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'enum' && Array.isArray(params['allowedValues'])) return `${error.message} (${params['allowedValues'].join(', ')})`;
  if (error.keyword === 'additionalProperties') return `${error.message} '${String(params['additionalProperty'])}'`;
  return error.message ?? error.keyword;
}
