// The fast YAML path (js-yaml) compared with the reference (the `yaml` library) on one text: whatever
// the fast path accepts, it must build the same data, with keys in the same order, and place every
// member at the same offset. Used by test/spec/parse-common-yaml.test.ts and `npm run check:yaml-parity`.
import { isDeepStrictEqual } from 'node:util';
import fc, { type Arbitrary } from 'fast-check';
import { parseCommonYamlWithPositions } from '../../src/spec/parse-common-yaml.js';
import type { ParsedWithPositions } from '../../src/spec/parse-json-positions.js';
import { parseReferenceYamlWithPositions } from '../../src/spec/parse-yaml-positions.js';

export type YamlParity = { accepted: false } | { accepted: true; mismatch?: string };

/** Every member's offset, by JSON pointer, walking the data as built. */
function memberOffsets(parsed: ParsedWithPositions): Map<string, number> {
  const found = new Map<string, number>([['', parsed.rootOffset]]);
  const visit = (node: unknown, pointer: string) => {
    if (node === null || typeof node !== 'object') return;
    const members = parsed.offsets.get(node);
    const entries: Array<[string, unknown]> = Array.isArray(node) ? node.map((item, index) => [String(index), item]) : Object.entries(node);
    for (const [key, value] of entries) {
      const offset = Array.isArray(members) ? members[Number(key)] : members?.get(key);
      found.set(`${pointer}/${key}`, offset ?? -1);
      visit(value, `${pointer}/${key}`);
    }
  };
  visit(parsed.data, '');
  return found;
}

/** Keys in the order each object lists them (a deep equality ignores key order). */
function keyOrder(node: unknown): unknown {
  if (node === null || typeof node !== 'object') return null;
  if (Array.isArray(node)) return node.map(keyOrder);
  return Object.entries(node).map(([key, value]) => [key, keyOrder(value)]);
}

export function compareYamlParses(text: string): YamlParity {
  const fast = parseCommonYamlWithPositions(text);
  if (fast === undefined) return { accepted: false };
  let reference: ParsedWithPositions;
  try {
    reference = parseReferenceYamlWithPositions(text);
  } catch (error) {
    return { accepted: true, mismatch: `the reference refuses it: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!isDeepStrictEqual(fast.data, reference.data)) return { accepted: true, mismatch: 'the data differ' };
  if (!isDeepStrictEqual(keyOrder(fast.data), keyOrder(reference.data))) return { accepted: true, mismatch: 'the key order differs' };
  const fastOffsets = memberOffsets(fast);
  for (const [pointer, offset] of memberOffsets(reference)) {
    if (fastOffsets.get(pointer) !== offset)
      return { accepted: true, mismatch: `'${pointer}' is placed at ${fastOffsets.get(pointer)}, the reference at ${offset}` };
  }
  return { accepted: true };
}

/**
 * YAML-like texts for differential fuzzing: lines of indentation, indicators, keys and values drawn
 * from the constructs where js-yaml and `yaml` part ways (tabs, byte order marks, comments glued to
 * tokens, flow pairs, anchors, tags, block scalar headers). Most are invalid or declined; the rest
 * must parse alike.
 */
export function yamlLikeText(): Arbitrary<string> {
  // Mostly what specs are made of, now and then the constructs where the parsers differ.
  const rarely = <T>(common: Arbitrary<T>, exotic: Arbitrary<T>) => fc.oneof({ arbitrary: common, weight: 9 }, { arbitrary: exotic, weight: 1 });
  const word = fc.constantFrom(
    'a',
    'b',
    'key',
    '200',
    'true',
    'null',
    '~',
    '1e3',
    '0x1F',
    '1_0',
    '"q"',
    "'s'",
    '"a:b"',
    'x#y',
    '-1',
    '.5',
    '"\\t"',
    'é',
    '?x',
    '-x',
    '',
    ' ',
  );
  const value = rarely(
    fc.oneof(
      word,
      fc.constantFrom('[a, b]', '{a: 1, b: [c]}', '[]', '{}', '|', '>-', '|+', '>2', '[a,\n  b]', '{a,\n b: c}', '"multi\n  line"', "'it''s'", 'plain\n  more'),
    ),
    fc.constantFrom('# c', '[a: b]', '{? a : b}', '&x a', '*x', '!!str 1', '! a', '\t', '\uFEFF', '---', '...', '%YAML 1.2'),
  );
  const line = fc
    .tuple(
      rarely(fc.constantFrom('', '  ', '    '), fc.constant('\t')),
      rarely(fc.constantFrom('', '- '), fc.constantFrom('? ', ': ', '- - ')),
      word,
      rarely(fc.constantFrom(': ', ':'), fc.constantFrom(':  ', ':\t', '')),
      value,
      rarely(fc.constantFrom('', ' # c'), fc.constantFrom('#c', '  ')),
    )
    .map((parts) => parts.join(''));
  return fc
    .tuple(fc.array(line, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n'), rarely(fc.constant(''), fc.constant('\uFEFF')))
    .map(([lines, end, mark]) => mark + lines.join(end) + end);
}
