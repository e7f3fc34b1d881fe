// The fast path for YAML specs: js-yaml builds the data (several times faster than the `yaml` library
// on a cold process, which is what one CLI run is), and its listener's open/close events say where
// every node starts, from which each mapping key's and sequence item's offset is read.
//
// It covers the YAML real specs are written in: block and flow collections, every scalar style,
// comments, explicit (?) keys. Anything else — anchors and aliases, tags, directives, non-scalar keys,
// flow pairs inside sequences, any error or warning — it declines (returns undefined), and the
// reference parser (parse-yaml-positions.ts, on `yaml`) reads the document as before, with its
// limits on aliases and its own error messages. Whatever it accepts it must build exactly as the
// reference does: test/spec/parse-common-yaml.test.ts compares both on the same inputs.
import type { LoaderState } from 'js-yaml';
import { commonYamlSchema } from './common-yaml-schema.js';
import { loadJsYaml } from './load-js-yaml.js';
import { maxDocumentDepth, type ParsedWithPositions } from './parse-json-positions.js';
import type { MemberOffsets } from './source-positions.js';

/** One node js-yaml composed: where it started and ended in the input, what it built, and the nodes composed inside it. */
interface ComposedNode {
  start: number;
  end: number;
  result: unknown;
  kind: string | null;
  children: ComposedNode[];
}

class Declined extends Error {}

function decline(): never {
  throw new Declined();
}

export function parseCommonYamlWithPositions(text: string): ParsedWithPositions | undefined {
  try {
    return parseCommon(text);
  } catch {
    // Declined, or js-yaml refused the text: the reference reads it and words any error its own way.
    return undefined;
  }
}

function parseCommon(text: string): ParsedWithPositions {
  // A byte order mark (js-yaml drops it, and `yaml` refuses one before a sequence) and a tab that
  // starts a line (`yaml` refuses most, js-yaml reads them as indentation) are the reference's.
  if (text.includes('\uFEFF') || /(?:^|\n)\t/.test(text)) decline();
  const open: Array<{ start: number; children: ComposedNode[] }> = [];
  const roots: ComposedNode[] = [];
  /** Scalars with no node inside, in document order: what a '#' may sit in without starting a comment. */
  const scalars: ComposedNode[] = [];
  let checkedDirectives = false;
  const data = loadJsYaml().load(text, {
    schema: commonYamlSchema(),
    maxDepth: maxDocumentDepth,
    onWarning: decline,
    listener(event: 'open' | 'close', state: LoaderState) {
      if (!checkedDirectives) {
        // %YAML 1.1 switches the reference to another schema, %TAG renames tags: the reference's job.
        if (state.version !== null || Object.keys(state.tagMap).length > 0) decline();
        checkedDirectives = true;
      }
      if (event === 'open') {
        open.push({ start: state.position, children: [] });
        return;
      }
      // An anchor (and so any alias) or a tag other than the ones the schema resolves: the reference's job.
      if (state.anchor !== null || state.tag === '!') decline();
      const opened = open.pop() ?? decline();
      const node: ComposedNode = { start: opened.start, end: state.position, result: state.result, kind: state.kind, children: opened.children };
      (open.at(-1)?.children ?? roots).push(node);
      if (node.kind === 'scalar' && node.children.length === 0) scalars.push(node);
    },
  });
  const [root] = roots;
  // A spec is a mapping: an empty or scalar document is the reference's, as is more than one node at the top.
  if (roots.length !== 1 || root === undefined || root.result !== data || data === null || typeof data !== 'object') decline();
  checkStrictness(text, root, scalars);
  const offsets = new WeakMap<object, MemberOffsets>();
  recordOffsets(root, text, offsets);
  return { data, offsets, rootOffset: significantStart(text, root.start) };
}

/**
 * js-yaml accepts a few texts YAML 1.2 forbids and the reference refuses (found by running
 * `npm run check:yaml-parity` on yaml-test-suite): those go to the reference, which names the error.
 */
function checkStrictness(input: string, root: ComposedNode, scalars: readonly ComposedNode[]): void {
  // A comment must follow white space: `[a, b]#x` and `"v"#x` are errors, `a#b` is a plain scalar.
  let commentEnd = -1;
  for (const hash of input.matchAll(/#/g)) {
    const index = hash.index;
    if (index < commentEnd || insideScalar(scalars, index)) continue;
    const before = input[index - 1];
    if (before !== undefined && before !== ' ' && before !== '\t' && before !== '\n' && before !== '\r') decline();
    const lineEnd = input.indexOf('\n', index);
    commentEnd = lineEnd === -1 ? input.length : lineEnd;
  }
  // A block collection cannot start on the `---` line (`--- a: 1`).
  const rootStart = significantStart(input, root.start);
  const rootLine = input.slice(input.lastIndexOf('\n', rootStart - 1) + 1, rootStart);
  if (rootLine.trim() !== '' && input[rootStart] !== '{' && input[rootStart] !== '[') decline();
  // Blank lines in a block scalar: the reference refuses a tab in one, and more-indented blank lines
  // before the first content line without an indentation indicator.
  for (const scalar of scalars) {
    const start = significantStart(input, scalar.start);
    if (input[start] !== '|' && input[start] !== '>') continue;
    // Blank lines after the last content line belong to the scalar too (they are what chomping keeps or strips).
    const lines = input.slice(input.indexOf('\n', start) + 1, significantStart(input, scalar.end)).split('\n');
    const firstContent = lines.findIndex((line) => line.trim() !== '');
    lines.forEach((line, index) => {
      if (line.trim() !== '') return;
      if (line.includes('\t') || (line.replace(/\r$/, '') !== '' && (firstContent === -1 || index < firstContent))) decline();
    });
  }
}

/** Whether `position` lies in one of the scalars (in document order, none inside another). */
function insideScalar(scalars: readonly ComposedNode[], position: number): boolean {
  let low = 0;
  let high = scalars.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const scalar = scalars[middle]!;
    if (position < scalar.start) high = middle - 1;
    else if (position >= scalar.end) low = middle + 1;
    else return true;
  }
  return false;
}

function recordOffsets(composed: ComposedNode, input: string, offsets: WeakMap<object, MemberOffsets>): void {
  const { result } = composed;
  if (result === null || typeof result !== 'object') return;
  // A collection on the line after its key is composed inside a key attempt that found no ':' and
  // kept it: the same collection, one node deeper.
  let node = composed;
  while (node.children.length === 1 && node.children[0]!.result === result) node = node.children[0]!;
  if (offsets.has(result)) decline(); // the same object twice: only an alias does that
  if (Array.isArray(result)) {
    if (node.kind !== 'sequence' || node.children.length !== result.length) decline();
    offsets.set(
      result,
      node.children.map((item, index) => {
        if (!Object.is(item.result, result[index])) decline();
        recordOffsets(item, input, offsets);
        return item.start;
      }),
    );
    return;
  }
  if (node.kind !== 'mapping') decline();
  offsets.set(result, mappingOffsets(node, result as Record<string, unknown>, input, offsets));
}

/**
 * A mapping's children are its keys and values in order. A key is followed by ':' (after blanks;
 * in a flow mapping after any separation); its value, when it has one, is the next node, composed
 * right after the ':' (block) or after separation only (flow). A key attempt that found nothing
 * (an empty node that never moved the reader) ends a block mapping and is skipped.
 */
function mappingOffsets(node: ComposedNode, object: Record<string, unknown>, input: string, offsets: WeakMap<object, MemberOffsets>): Map<string, number> {
  const members = new Map<string, number>();
  const flow = input[significantStart(input, node.start)] === '{';
  const children = node.children;
  for (let index = 0; index < children.length; index += 1) {
    const key = children[index]!;
    if (key.start === key.end && key.result === null) {
      if (flow) decline(); // an empty key in a flow mapping (`{: a}`): the reference places it elsewhere
      continue;
    }
    if (key.result !== null && typeof key.result === 'object') decline(); // a sequence or mapping as a key
    // An explicit key (`? key`, then `: value` on a line of its own) is composed from just after the '?'.
    const explicit = explicitKeyIndicatorBefore(input, key.start);
    if (explicit && key.result === null) decline(); // `?` with no key: the reference places it elsewhere
    const name = String(key.result);
    if (members.has(name)) decline();
    members.set(name, explicit ? significantStart(input, key.start) : key.start);
    const colon = flow || explicit ? significantStart(input, key.end) : blanksEnd(input, key.end);
    if (input[colon] !== ':') {
      if (!flow && !explicit) decline(); // every implicit block mapping key has its ':'
      if (object[name] !== null) decline();
      continue; // {a, b} or `? a` alone: a key without a value
    }
    const value = children[index + 1];
    if (value && (value.start === colon + 1 || (flow && significantStart(input, colon + 1) === value.start))) {
      if (!Object.is(object[name], value.result)) decline();
      recordOffsets(value, input, offsets);
      index += 1;
    } else if (object[name] !== null) {
      decline();
    }
  }
  if (members.size !== Object.keys(object).length) decline();
  return members;
}

/**
 * Whether the key at `start` follows a `?` indicator on its line (an explicit key). Nothing else
 * precedes a key on its line but indentation, `- ` or `{`/`,` in a flow mapping.
 */
function explicitKeyIndicatorBefore(input: string, start: number): boolean {
  let index = start - 1;
  while (index >= 0 && (input[index] === ' ' || input[index] === '\t')) index -= 1;
  return input[index] === '?';
}

function blanksEnd(input: string, from: number): number {
  let index = from;
  while (input[index] === ' ' || input[index] === '\t') index += 1;
  return index;
}

/** The first character at or after `from` that is not white space, a line break or a comment. */
function significantStart(input: string, from: number): number {
  let index = from;
  for (;;) {
    const character = input[index];
    if (character === ' ' || character === '\t' || character === '\n' || character === '\r') index += 1;
    else if (character === '#') while (index < input.length && input[index] !== '\n') index += 1;
    else return index;
  }
}
