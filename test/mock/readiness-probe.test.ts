import { describe, expect, it } from 'vitest';
import { readinessProbePath } from '../../src/mock/readiness-probe.js';
import { loadSpecFile, specPath, type JsonObject } from '../../src/spec/index.js';

function specWith(paths: JsonObject): JsonObject {
  return { openapi: '3.1.0', info: { title: 't', version: '1' }, paths };
}

const ok = { '200': { description: 'ok' } };

describe('readinessProbePath', () => {
  it('probes the project spec with its first FunctionName example', () => {
    expect(readinessProbePath(loadSpecFile(specPath))).toBe('/2021-07-20/functions/my-function/runtime-management-config');
  });

  it.each<[string, { given: JsonObject; want: string | undefined }]>([
    [
      'a path parameter is percent-encoded',
      {
        given: specWith({ '/f/{id}': { get: { parameters: [{ name: 'id', in: 'path', required: true, example: 'a b:c' }], responses: ok } } }),
        want: '/f/a%20b%3Ac',
      },
    ],
    [
      'a required query parameter comes from its schema examples',
      {
        given: specWith({
          '/q': { get: { parameters: [{ name: 'n', in: 'query', required: true, schema: { type: 'string', examples: ['7'] } }], responses: ok } },
        }),
        want: '/q?n=7',
      },
    ],
    [
      'an optional parameter is left out',
      { given: specWith({ '/o': { get: { parameters: [{ name: 'n', in: 'query', schema: { examples: ['7'] } }], responses: ok } } }), want: '/o' },
    ],
    [
      'a required parameter without example skips the operation',
      {
        given: specWith({
          '/no/{id}': { get: { parameters: [{ name: 'id', in: 'path', required: true }], responses: ok } },
          '/yes': { get: { responses: ok } },
        }),
        want: '/yes',
      },
    ],
    [
      'no GET with a 200',
      { given: specWith({ '/p': { put: { responses: ok } }, '/g': { get: { responses: { '204': { description: 'x' } } } } }), want: undefined },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(readinessProbePath(given)).toBe(want);
  });
});
