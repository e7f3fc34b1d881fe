// Validates pact data against the schemas of one side's spec, compiled at run time with AJV's draft
// 2020-12 validator (what OpenAPI 3.1 schemas are). The generated validators of src/validation cannot
// serve: they are compiled from the committed spec, and the two sides of a pull request are others.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { componentSchemasAsDefs, toJsonSchema, type JsonObject, type Located } from '../spec/index.js';
import type { SideName } from './diff-session.js';

const specId = 'urn:lambda-rmc:spec';

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
  private readonly ajv = new Ajv2020({
    strict: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    allErrors: true,
    logger: false,
    validateFormats: false,
  });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(
    private readonly document: JsonObject,
    private readonly side: SideName,
  ) {
    this.ajv.addSchema(componentSchemasAsDefs(document, specId, side));
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
      const jsonSchema = toJsonSchema(schema.node, specId, { document: this.document, side: this.side });
      try {
        validate = this.ajv.compile(jsonSchema as object);
      } catch (error) {
        throw new SpecSchemaError(this.side, schema.pointer, error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
      }
      this.compiled.set(schema.pointer, validate);
    }
    return validate;
  }
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'enum' && Array.isArray(params['allowedValues'])) return `${error.message} (${params['allowedValues'].join(', ')})`;
  if (error.keyword === 'additionalProperties') return `${error.message} '${String(params['additionalProperty'])}'`;
  return error.message ?? error.keyword;
}
