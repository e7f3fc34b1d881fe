// The fast YAML path (js-yaml) compared with the reference (the `yaml` library) on one text: whatever
// the fast path accepts, it must build the same data, with keys in the same order, and place every
// member at the same offset. Used by test/spec/parse-common-yaml.test.ts and `npm run check:yaml-parity`.
import { isDeepStrictEqual } from 'node:util';
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
