import { describe, expect, it } from 'vitest';
import { errorTypeByBodyFromSpec } from '../../src/mock/index.js';
import { loadSpecFile, specPath, type JsonObject } from '../../src/spec/index.js';

/** A made-up spec: names come from component names (no x-aws-error), the header is spelt differently. */
const inventedSpec: JsonObject = {
  openapi: '3.1.0',
  info: { title: 'invented', version: '1' },
  paths: {
    '/things': {
      get: {
        responses: {
          '200': {
            description: 'one name only: nothing to decide',
            headers: { 'X-Amzn-ErrorType': { schema: { type: 'string', enum: ['AlphaError'] } } },
            content: { 'application/json': { schema: { $ref: '#/components/schemas/AlphaError' } } },
          },
          '409': { $ref: '#/components/responses/Conflict' },
        },
      },
    },
  },
  components: {
    responses: {
      Conflict: {
        description: 'two possible errors',
        headers: { 'X-AMZN-ERRORTYPE': { schema: { type: 'string', enum: ['AlphaError', 'BetaError'] } } },
        content: {
          'application/json': {
            schema: {
              anyOf: [{ $ref: '#/components/schemas/AlphaError' }, { $ref: '#/components/schemas/BetaError' }, { $ref: '#/components/schemas/Unlisted' }],
            },
          },
        },
      },
    },
    schemas: {
      AlphaError: { type: 'object', required: ['alpha'], properties: { alpha: { type: 'string' } } },
      BetaError: { type: 'object', required: ['beta'], properties: { beta: { type: 'string' } } },
      Unlisted: { type: 'object', required: ['gamma'] },
    },
  },
};

describe('errorTypeByBodyFromSpec on the project spec', () => {
  const errorTypes = errorTypeByBodyFromSpec(loadSpecFile(specPath));

  it('needs the body only for 400, the one status with two error types', () => {
    expect([...errorTypes.statuses]).toEqual([400]);
  });

  it.each<[string, { given: { status: number; body: unknown }; want: string | undefined }]>([
    ['a 400 body with Type', { given: { status: 400, body: { Type: 'User', message: 'The derived qualifier…' } }, want: 'InvalidParameterValueException' }],
    ['a 400 body with only a validation message', { given: { status: 400, body: { message: '1 validation error detected: x' } }, want: 'ValidationException' }],
    ['a 400 body that is neither error', { given: { status: 400, body: { message: 'free text' } }, want: undefined }],
    ['a 400 body that is not JSON', { given: { status: 400, body: undefined }, want: undefined }],
    ['a 404, decided by the header alone', { given: { status: 404, body: { Type: 'User', Message: 'Function not found: x' } }, want: undefined }],
  ])('%s', (_name, { given, want }) => {
    expect(errorTypes.errorTypeOf(given.status, given.body)).toBe(want);
  });
});

describe('errorTypeByBodyFromSpec on an invented spec', () => {
  const errorTypes = errorTypeByBodyFromSpec(inventedSpec);

  it('follows response $refs and matches the header name in any case', () => {
    expect([...errorTypes.statuses]).toEqual([409]);
  });

  it.each<[string, { given: unknown; want: string | undefined }]>([
    ['the first shape', { given: { alpha: 'a' }, want: 'AlphaError' }],
    ['the second shape', { given: { beta: 'b' }, want: 'BetaError' }],
    ['a body both shapes accept', { given: { alpha: 'a', beta: 'b' }, want: undefined }],
    ['a shape the header does not list', { given: { gamma: 'c' }, want: undefined }],
  ])('%s', (_name, { given, want }) => {
    expect(errorTypes.errorTypeOf(409, given)).toBe(want);
  });
});
