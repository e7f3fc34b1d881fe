import { describe, expect, it } from 'vitest';
import { compilePathTemplate, decodeUriComponentOrKeep, pathTemplateKey, type PathTemplateOptions } from '../../src/spec/index.js';

const template = '/2021-07-20/functions/{FunctionName}/config';

describe('compilePathTemplate', () => {
  it.each<[string, { given: [string, string, PathTemplateOptions?]; want: Record<string, string> | undefined }]>([
    ['a plain value', { given: [template, '/2021-07-20/functions/f/config'], want: { FunctionName: 'f' } }],
    ['several parameters', { given: ['/a/{x}/b/{y}', '/a/1/b/2'], want: { x: '1', y: '2' } }],
    ['a value is percent-decoded', { given: [template, '/2021-07-20/functions/a%3Ab/config'], want: { FunctionName: 'a:b' } }],
    ['an encoded slash stays inside the value', { given: [template, '/2021-07-20/functions/a%2Fb/config'], want: { FunctionName: 'a/b' } }],
    ['an undecodable escape is kept as sent', { given: [template, '/2021-07-20/functions/a%ZZ/config'], want: { FunctionName: 'a%ZZ' } }],
    ['a raw slash is two segments', { given: [template, '/2021-07-20/functions/a/b/config'], want: undefined }],
    ['an empty segment, by default', { given: [template, '/2021-07-20/functions//config'], want: undefined }],
    ['an empty segment, when allowed', { given: [template, '/2021-07-20/functions//config', { emptySegments: true }], want: { FunctionName: '' } }],
    ['regex characters in the template are literal', { given: ['/a.b/{x}', '/aXb/1'], want: undefined }],
    ['the whole path must match', { given: [template, '/2021-07-20/functions/f/config/'], want: undefined }],
  ])('%s', (_name, { given: [source, path, options], want }) => {
    expect(compilePathTemplate(source, options).match(path)).toEqual(want);
  });

  it('names its parameters in order', () => {
    expect(compilePathTemplate('/a/{x}/b/{y}').names).toEqual(['x', 'y']);
  });
});

describe('pathTemplateKey', () => {
  it('blanks parameter names, so renamed parameters are one endpoint', () => {
    expect(pathTemplateKey('/functions/{FunctionName}/x')).toBe(pathTemplateKey('/functions/{name}/x'));
    expect(pathTemplateKey('/functions/{FunctionName}/x')).toBe('/functions/{}/x');
  });
});

describe('decodeUriComponentOrKeep', () => {
  it.each([
    ['a%20b', 'a b'],
    ['%', '%'],
    ['%E2%82', '%E2%82'],
    ['plain', 'plain'],
  ])('%s → %s', (given, want) => {
    expect(decodeUriComponentOrKeep(given)).toBe(want);
  });
});
