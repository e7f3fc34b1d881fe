// The fast YAML path (js-yaml) against the reference (the `yaml` library) on the same inputs
// (test/support/yaml-parity.ts): same data, same key order, same offsets wherever the fast path
// accepts a text. What it declines, the reference reads (and words errors) as before.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseCommonYamlWithPositions } from '../../src/spec/parse-common-yaml.js';
import { parseYamlWithPositions, YamlSyntaxError } from '../../src/spec/parse-yaml-positions.js';
import { currentSpec } from '../diff/spec-mutation.js';
import { compareYamlParses, yamlLikeText } from '../support/yaml-parity.js';

function expectSameAsReference(text: string): boolean {
  const parity = compareYamlParses(text);
  if (parity.accepted) expect(parity.mismatch).toBeUndefined();
  return parity.accepted;
}

describe('parseCommonYamlWithPositions against the reference', () => {
  it.each([
    ['the project spec', { given: readFileSync('spec/lambda-runtime-management.openapi.yaml', 'utf8') }],
    ['the 2023 spec', { given: readFileSync('spec/history/2023-runtime-management.openapi.yaml', 'utf8') }],
    ['the project spec as yaml writes it', { given: stringify(currentSpec()) }],
    ['the project spec in flow style', { given: stringify(currentSpec(), { collectionStyle: 'flow' }) }],
    ['the project spec with CRLF line ends', { given: readFileSync('spec/lambda-runtime-management.openapi.yaml', 'utf8').replace(/\n/g, '\r\n') }],
    ['a workflow file', { given: readFileSync('.github/workflows/contracts.yml', 'utf8') }],
  ])('reads %s, as the reference does', (_name, { given }) => {
    expect(expectSameAsReference(given)).toBe(true);
  });

  it.each([
    // Plain scalars under the core schema as `yaml` resolves them, where js-yaml's own schema differs.
    ['underscored and binary numbers stay strings', { given: 'a: 1_000\nb: 0b101\nc: 1_0.5\n' }],
    ['integers', { given: 'a: 0\nb: -0\nc: +5\nd: 0o17\ne: 0x1F\nf: 99999999999999999999\ng: 0O17\nh: 0X1f\n' }],
    ['floats', { given: 'a: 1.\nb: .5\nc: -1.5e3\nd: 1e3\ne: .inf\nf: -.Inf\ng: +.INF\nh: .NaN\ni: 1.50\n' }],
    ['null and booleans', { given: 'a: ~\nb: null\nc: Null\nd: NULL\ne:\nf: true\ng: False\nh: TRUE\ni: yes\nj: on\nk: nULL\n' }],
    ['dates and versions stay strings', { given: 'a: 2023-01-01\nb: 2023-01-01T00:00:00Z\nc: 1.2.3\nd: 3.1.0\n' }],
    ['quoted scalars', { given: `a: "x\\ty\\u00e9\\n"\nb: 'it''s'\nc: "1"\nd: 'true'\ne: "multi\n  line"\n` }],
    ['block scalars', { given: 'a: |\n  one\n  two\n\nb: >-\n  folded\n  text\n\n  para\nc: |+\n  kept\n\nd: >\n  more\n    less\ne: |2\n    indented\n' }],
    ['multi-line plain scalars', { given: 'a: one\n  two\n\n  three\nb:\n  on the next line\n' }],
    ['# inside scalars and comments', { given: 'a: b#c\nd: "#/components"\n# see https://x.test/#anchor (#1050)\ne: [f#g] # h#i\n' }],
    ['comments everywhere', { given: '# head\na: 1 # trailing\n# between\nb: # after key\n  - x # item\n  # inside\n  - y\n' }],
    ['flow collections', { given: 'a: [1, "two", {b: c, d: [e]}, []]\nf: {g: h, "i": j, k: }\nl: {m, n: o}\n' }],
    ['flow collections on the next line', { given: 'a:\n  [1, 2]\nb:\n  {c: d}\ne:\n  - [f]\n' }],
    ['nested and compact sequences', { given: 'a:\n- b\n- - c\n  - d\n- e: f\n  g: h\n-\n  i: j\n' }],
    ['keys of every scalar kind', { given: '200: a\n1.50: b\ntrue: c\nnull: d\n"x y": f\n\'q\': g\n.inf: h\n-0: i\n' }],
    ['integer-like keys after others', { given: 'z: 1\n10: 2\n2: 3\na: 4\n' }],
    ['a __proto__ key', { given: '__proto__: {polluted: true}\nb: 1\n' }],
    ['JSON', { given: '{"a": [1, 2.5, "x", null, true], "b": {"c": {}}}' }],
    ['a document start and end', { given: '---\na: 1\n...\n' }],
    ['a top-level sequence', { given: '- a\n- b: c\n' }],
    ['unicode', { given: 'é: "ü"\n日本: 語\nemoji: 😀\n' }],
    ['tabs after values', { given: 'a: b\t\nc:\td\n' }],
    ['no final line break', { given: 'a: 1\nb: [2]' }],
    ['explicit keys', { given: '? a\n: 1\n? b\n? c\n:\n  - e\n? >-\n  long\n  key\n: f\ng: h\n' }],
    ['explicit keys in a flow mapping', { given: 'a: {? b : 1, ? c, d: 2}\n' }],
    ['empty values', { given: 'a:\nb: {}\nc: []\nd: ""\ne: [~]\n' }],
  ])('%s: read as the reference reads it', (_name, { given }) => {
    expect(expectSameAsReference(given)).toBe(true);
  });

  it.each([
    ['an anchor and an alias', { given: 'a: &x {b: 1}\nc: *x\n' }],
    ['an anchor on a scalar', { given: 'a: &x 1\nb: *x\n' }],
    ['a tag', { given: 'a: !!str 123\n' }],
    ['a local tag', { given: 'a: !custom x\n' }],
    ['the non-specific tag', { given: 'a: ! 123\n' }],
    ['a %YAML directive', { given: '%YAML 1.1\n---\na: yes\n' }],
    ['a %TAG directive', { given: '%TAG !e! tag:example.com,2000:\n---\na: !e!x 1\n' }],
    ['a sequence as a key', { given: '[a, b]: 1\n' }],
    ['a mapping as an explicit key', { given: '? c: d\n: e\n' }],
    ['an empty explicit key', { given: '?\n: a\n' }],
    ['an empty key in a flow mapping', { given: '{: a}\n' }],
    ['a flow pair in a sequence', { given: '[a: b]\n' }],
    ['a merge key', { given: 'a: &x {b: 1}\nc:\n  <<: *x\n' }],
    ['a duplicate key', { given: 'a: 1\na: 2\n' }],
    ['two documents', { given: 'a: 1\n---\nb: 2\n' }],
    ['a syntax error', { given: 'a: [1, 2\n' }],
    ['a scalar document', { given: 'just text\n' }],
    ['an empty document', { given: '# only a comment\n' }],
    // `yaml` refuses a byte order mark before a sequence; js-yaml drops it: the reference decides.
    ['a byte order mark', { given: '\uFEFFa: 1\n' }],
    ['a tab starting a line', { given: 'a: "b\n\tc"\n' }],
    ['a tab on the line after an empty value', { given: 'a:\n\t\n' }],
    // YAML 1.2 forbids these, js-yaml reads them; the reference names the error (found on yaml-test-suite).
    ['a comment right after a flow collection', { given: 'a: [b, c]#x\n' }],
    ['a comment right after a quoted scalar', { given: 'key: "value"# x\n' }],
    ['a comment right after a comma', { given: 'a: [b,#x\n  c]\n' }],
    ['a block mapping on the --- line', { given: '--- a: 1\n    b: 2\n' }],
    ['a tab on a blank line of a block scalar', { given: 'a: |\n\t\nb: 1\n' }],
    ['more-indented blank lines before a block scalar content', { given: 'a: >\n \n  \n   \n  text\n' }],
    // js-yaml composes no node for an empty block sequence item, so its items cannot be placed.
    ['an empty block sequence item', { given: 'b:\n  -\n  - x\n' }],
  ])('declines %s (the reference reads it)', (_name, { given }) => {
    expect(parseCommonYamlWithPositions(given)).toBeUndefined();
  });

  it('keeps the reference error messages and alias limits for what it declines', () => {
    expect(() => parseYamlWithPositions('a: 1\na: 2\n')).toThrow(YamlSyntaxError);
    expect(() => parseYamlWithPositions('a: 1\na: 2\n')).toThrow(/Map keys must be unique/);
    expect(() => parseYamlWithPositions('a: &x [*x]\n')).toThrow(/names a node that contains it/);
    expect(parseYamlWithPositions('a: &x {b: 1}\nc: *x\n').data).toStrictEqual({ a: { b: 1 }, c: { b: 1 } });
  });

  it('parses whatever YAML-like text it accepts as the reference does (differential fuzz; full size: npm run check:yaml-parity -- --fuzz N)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(yamlLikeText(), (text) => {
        if (expectSameAsReference(text)) accepted += 1;
      }),
      { numRuns: 3000, seed: 20_261_203 },
    );
    // The generator must reach the fast path often enough to test it (about 7 % of its texts are accepted).
    expect(accepted).toBeGreaterThan(100);
  });

  it('accepts values of every JSON shape written in the styles yaml writes, as the reference reads them', () => {
    const key = fc.oneof(fc.string(), fc.constantFrom('200', 'true', 'null', '~', '-', '? x', 'a: b', '#c', '- d', '__proto__', '1e3'));
    const scalar = fc.oneof(
      fc.string(),
      fc.constantFrom('', ' ', 'yes', 'null', '1_0', '0x1F', '-.inf', 'a\nb', ' lead', 'trail ', '#', 'x #y', ':', '- z', '"q"', "'s'", '\t'),
      fc.integer(),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.constant(null),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        scalar,
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(key, tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    const options = fc.record({
      collectionStyle: fc.constantFrom('any', 'block', 'flow'),
      defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
      lineWidth: fc.constantFrom(0, 20, 80),
      indent: fc.constantFrom(2, 4),
    });
    let accepted = 0;
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }), options, (data, style) => {
        if (expectSameAsReference(stringify(data, style))) accepted += 1;
      }),
      { numRuns: 300, seed: 20_261_203 },
    );
    // The fast path is worth having only if it takes most documents.
    expect(accepted).toBeGreaterThan(250);
  });
});
