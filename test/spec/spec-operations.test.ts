import { describe, expect, it } from 'vitest';
import { httpMethods, loadSpecFile, specOperations, specPath, SpecRefError, type JsonObject } from '../../src/spec/index.js';

const list = (document: JsonObject) =>
  [...specOperations(document)].map(({ path, method, operation }) => `${method} ${path} ${String(operation['operationId'])}`);

describe('httpMethods', () => {
  it("is OpenAPI 3.1's list of Path Item operations, in its order", () => {
    expect(httpMethods).toEqual(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
  });
});

describe('specOperations', () => {
  it.each<[string, { given: JsonObject; want: string[] }]>([
    [
      'every method, in httpMethods order',
      {
        given: { paths: { '/a': { trace: { operationId: 't' }, get: { operationId: 'g' }, options: { operationId: 'o' } } } },
        want: ['get /a g', 'options /a o', 'trace /a t'],
      },
    ],
    [
      'paths in document order',
      { given: { paths: { '/b': { get: { operationId: 'b' } }, '/a': { get: { operationId: 'a' } } } }, want: ['get /b b', 'get /a a'] },
    ],
    [
      'a path item behind a $ref',
      { given: { paths: { '/a': { $ref: '#/components/pathItems/A' } }, components: { pathItems: { A: { put: { operationId: 'p' } } } } }, want: ['put /a p'] },
    ],
    [
      'members that are not operations are skipped',
      { given: { paths: { '/a': { parameters: [], summary: 's', 'x-get': { operationId: 'x' }, get: null } } }, want: [] },
    ],
    ['no paths, no operations', { given: { webhooks: {} }, want: [] }],
  ])('%s', (_name, { given, want }) => {
    expect(list(given)).toEqual(want);
  });

  it('hands over the followed path item with each operation', () => {
    const [first] = specOperations({ paths: { '/a': { parameters: [{ name: 'p' }], get: {} } } });
    expect(first?.pathItem['parameters']).toEqual([{ name: 'p' }]);
  });

  it('throws SpecRefError for a path item $ref it cannot follow', () => {
    expect(() => list({ paths: { '/a': { $ref: '#/nowhere' } } })).toThrow(SpecRefError);
  });

  it("lists the project spec's two operations", () => {
    expect(list(loadSpecFile(specPath))).toEqual([
      'get /2021-07-20/functions/{FunctionName}/runtime-management-config GetRuntimeManagementConfig',
      'put /2021-07-20/functions/{FunctionName}/runtime-management-config PutRuntimeManagementConfig',
    ]);
  });
});
