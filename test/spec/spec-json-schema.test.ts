import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { componentSchemasAsDefs, loadSpecFile, SpecRefError, specPath, toJsonSchema, type JsonObject } from '../../src/spec/index.js';

const document: JsonObject = {
  components: {
    schemas: { Name: { type: 'string', description: 'a name', 'x-aws-shape': 'Name' } },
    parameters: { Id: { name: 'Id', in: 'path', schema: { type: 'integer', minimum: 1 } } },
  },
};

describe('toJsonSchema', () => {
  it.each<[string, { given: unknown; want: unknown }]>([
    [
      'drops x- keywords, OpenAPI-only keywords and annotations',
      {
        given: {
          type: 'string',
          'x-a': 1,
          example: 'e',
          examples: ['e'],
          xml: {},
          externalDocs: {},
          discriminator: {},
          deprecated: true,
          description: 'd',
          title: 't',
          $comment: 'c',
        },
        want: { type: 'string' },
      },
    ],
    [
      'keeps property names that look like keywords',
      {
        given: { properties: { description: { type: 'string' }, 'x-name': { title: 'T', type: 'integer' } } },
        want: { properties: { description: { type: 'string' }, 'x-name': { type: 'integer' } } },
      },
    ],
    [
      'keeps data keywords as data',
      {
        given: { enum: [{ description: 1 }], const: { title: 2 }, default: { example: 3 }, required: ['title'] },
        want: { enum: [{ description: 1 }], const: { title: 2 }, default: { example: 3 }, required: ['title'] },
      },
    ],
    [
      'points component refs at the registered $defs',
      { given: { items: { $ref: '#/components/schemas/Name' } }, want: { items: { $ref: 'urn:x#/$defs/Name' } } },
    ],
    ['inlines any other local ref', { given: { $ref: '#/components/parameters/Id/schema' }, want: { type: 'integer', minimum: 1 } }],
    ['turns OpenAPI 3.0 nullable into a null type', { given: { type: 'string', nullable: true }, want: { type: ['string', 'null'] } }],
    [
      'converts schemas in lists and schema maps',
      {
        given: { oneOf: [{ title: 'a', type: 'string' }], dependentSchemas: { a: { description: 'd', minProperties: 1 } } },
        want: { oneOf: [{ type: 'string' }], dependentSchemas: { a: { minProperties: 1 } } },
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(toJsonSchema(given, 'urn:x', { document })).toEqual(want);
  });

  it('without a source keeps a non-component ref as written', () => {
    expect(toJsonSchema({ $ref: '#/components/parameters/Id/schema' }, 'urn:x')).toEqual({ $ref: '#/components/parameters/Id/schema' });
  });

  it('refuses a non-component ref that contains itself', () => {
    const looping: JsonObject = { paths: { s: { type: 'object', properties: { next: { $ref: '#/paths/s' } } } } };
    expect(() => toJsonSchema({ $ref: '#/paths/s' }, 'urn:x', { document: looping, side: 'base' })).toThrow(SpecRefError);
  });
});

describe('componentSchemasAsDefs', () => {
  it('registers every component schema under $defs', () => {
    expect(componentSchemasAsDefs(document, 'urn:x')).toEqual({ $id: 'urn:x', $defs: { Name: { type: 'string' } } });
  });

  it("compiles the project spec's schemas with AJV in strict mode", () => {
    const spec = loadSpecFile(specPath);
    const ajv = new Ajv2020({ strict: true, strictTypes: false, logger: false, validateFormats: false });
    ajv.addSchema(componentSchemasAsDefs(spec, 'urn:lambda-rmc:test'));
    const validate = ajv.compile(
      toJsonSchema({ $ref: '#/components/schemas/PutRuntimeManagementConfigRequest' }, 'urn:lambda-rmc:test', { document: spec }) as object,
    );
    expect(validate({ UpdateRuntimeOn: 'Auto' })).toBe(true);
    expect(validate({ UpdateRuntimeOn: 'Sometimes' })).toBe(false);
  });
});
