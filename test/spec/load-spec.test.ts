import { describe, expect, it } from 'vitest';
import { parseSpecText, SpecLoadError } from '../../src/spec/index.js';

const info = 'info: {title: t, version: "1"}';

describe('parseSpecText', () => {
  it.each<[string, { given: string; want: string }]>([
    ['not YAML', { given: 'a: [', want: 'spec.yaml: invalid YAML:' }],
    ['not a mapping', { given: '- 1', want: 'spec.yaml: not an OpenAPI document: the top level is not a mapping' }],
    ['Swagger 2.0, named as such', { given: 'swagger: "2.0"\npaths: {}', want: "spec.yaml: not an OpenAPI 3.x document: it is Swagger 2.0 (field 'swagger')" }],
    ['no openapi field', { given: 'paths: {}', want: "spec.yaml: not an OpenAPI 3.x document: field 'openapi' is missing or not 3.x" }],
    ['neither paths nor webhooks', { given: `openapi: 3.1.0\n${info}`, want: "spec.yaml: not an OpenAPI document: field 'paths' is missing" }],
    [
      'an operation that is not a mapping, by pointer',
      { given: `openapi: 3.1.0\n${info}\npaths:\n  /a/b:\n    get: 5`, want: 'spec.yaml: #/paths/~1a~1b/get: must be an operation (a mapping)' },
    ],
    [
      'responses that are not a mapping',
      {
        given: `openapi: 3.1.0\n${info}\npaths:\n  /a:\n    trace: {responses: 5}`,
        want: 'spec.yaml: #/paths/~1a/trace/responses: must be a mapping of status to response',
      },
    ],
  ])('%s is a SpecLoadError', (_name, { given, want }) => {
    expect(() => parseSpecText(given, 'spec.yaml')).toThrow(SpecLoadError);
    expect(() => parseSpecText(given, 'spec.yaml')).toThrow(want);
  });

  it.each([
    ['OpenAPI 3.0 with paths', `openapi: 3.0.3\n${info}\npaths: {}`],
    ['OpenAPI 3.1 with webhooks only', `openapi: 3.1.0\n${info}\nwebhooks: {}`],
  ])('reads %s', (_name, given) => {
    expect(parseSpecText(given, 'spec.yaml')).toMatchObject({ info: { title: 't' } });
  });
});
