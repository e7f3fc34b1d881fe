// One parse per side gives the data and the line of every member: the JSON fast path must build
// exactly what JSON.parse builds, and both paths must place pointers on the same lines.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseSpecSide } from '../../src/diff/parse-spec-side.js';
import { parseJsonWithPositions } from '../../src/spec/parse-json-positions.js';
import { currentSpec } from './spec-mutation.js';

describe('parseJsonWithPositions', () => {
  it.each([
    ['escapes, unicode and numbers', { given: '{"a\\"b": ["x\\u00e9\\n", -1.5e3, 0, true, false, null, {}], "c": {"__proto__": 1}}' }],
    ['the project spec', { given: JSON.stringify(currentSpec(), null, 2) }],
    ['minified', { given: JSON.stringify(currentSpec()) }],
  ])('builds what JSON.parse builds: %s', (_name, { given }) => {
    expect(parseJsonWithPositions(given)?.data).toStrictEqual(JSON.parse(given));
  });

  it.each([['{"a": 1,'], ['{"a" 1}'], ['[1 2]'], ['{"a": 1} x'], ['{"a": tru}']])('gives up on %s (the YAML parser reports it)', (text) => {
    expect(parseJsonWithPositions(text)).toBeUndefined();
  });
});

describe('parseSpecSide', () => {
  const pointer = '/components/schemas/NamespacedFunctionName/maxLength';
  it.each([
    ['YAML', { given: stringify(currentSpec()) }],
    ['JSON', { given: JSON.stringify(currentSpec(), null, 2) }],
  ])('finds the line of a pointer in %s where the text has it', (_name, { given }) => {
    const { document, positions } = parseSpecSide(given, 'spec');
    const line = given.split('\n')[positions.lineOf(document, pointer) - 1];
    expect(line).toMatch(/^\s*"?maxLength"?:/);
  });

  it('names Swagger 2.0 as what it is', () => {
    expect(() => parseSpecSide('{"swagger": "2.0", "paths": {}}', 'old.json')).toThrow(
      "old.json: not an OpenAPI 3.x document: it is Swagger 2.0 (field 'swagger')",
    );
  });
});
