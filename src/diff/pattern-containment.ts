// Proves from the two patterns' structure that every string the base pattern matches, the head
// pattern matches too: then the change cannot have tightened the pattern, and no samples need to be
// drawn to look for a value it now refuses. A sufficient condition, never a guess: when a rule below
// does not apply, the answer is "not proved" and sampling decides as before.
//
// The rules map each part of a base match onto a part of the head at the same place in the same
// string, so they hold for unanchored patterns and for assertions alike:
//   - the same text is the same language (no back-references anywhere, so group numbers do not matter);
//   - a character, class, `.` or `\d\s\w` (and negations) is contained in one whose code-point set holds it;
//   - a sequence is contained in another if the head's elements can be lined up with runs of the base's,
//     each run contained in its head element, every head element left over able to match nothing
//     (`x?`, `x*`, `x{0,n}`), and every base element left over an assertion (the head just lacks it);
//   - a base alternation is contained if each of its alternatives is; a head alternation contains a run
//     contained in one of its alternatives;
//   - a head repetition X{p,q} contains a run that splits into pieces each contained in X (one
//     repetition) or base repetitions Y{m,n} with Y contained in X (m to n of them), if every count the
//     pieces add up to lies in [p, q]. X must hold no assertion (ECMAScript stops repeating on an empty
//     iteration, which is then harmless only if X matching nothing does not depend on where).
// Each pattern is parsed by @eslint-community/regexpp in Unicode mode, as AJV compiles it (`u` flag).
import type { AST } from '@eslint-community/regexpp';
import { loadRegExpParser } from './load-regexp-parser.js';

/**
 * Whether every string `base` matches, `head` matches too, shown from their structure; with
 * `baseNonEmpty` (the base schema's minLength is at least 1), every such string but the empty one.
 * False means "not proved".
 */
export function patternContains(head: string, base: string, { baseNonEmpty = false }: { baseNonEmpty?: boolean } = {}): boolean {
  const parser = loadRegExpParser();
  if (parser === null) return false;
  const headPattern = parsePattern(parser, head);
  const basePattern = parsePattern(parser, base);
  if (headPattern === undefined || basePattern === undefined) return false;
  // A base alternative written the same as a head alternative needs no search (long lists of literal alternatives).
  const headTexts = new Set(headPattern.alternatives.map((alternative) => alternative.raw));
  let baseSequences = basePattern.alternatives.filter((alternative) => !headTexts.has(alternative.raw)).map((alternative) => flatten(alternative.elements));
  if (baseNonEmpty) baseSequences = baseSequences.flatMap(anchoredAlternatives).filter((sequence) => !matchesOnlyEmptyString(sequence));
  const budget: Budget = { steps: stepBudget, runs: new Map() };
  try {
    return baseSequences.every((sequence) => headPattern.alternatives.some((alternative) => sequenceContained(sequence, alternative.elements, budget)));
  } catch (error) {
    if (error === outOfSteps) return false;
    throw error;
  }
}

/** `^(?:a|b)$` as the two alternatives `^a$` and `^b$` (the same strings). */
function anchoredAlternatives(sequence: Element[]): Element[][] {
  const [start, group, end] = sequence;
  if (sequence.length !== 3 || !isEdge(start, 'start') || !isEdge(end, 'end') || !isGroup(group!)) return [sequence];
  return group.alternatives.map((alternative) => [start!, ...flatten(alternative.elements), end!]);
}

function isEdge(element: Element | undefined, kind: 'start' | 'end'): boolean {
  return element?.type === 'Assertion' && element.kind === kind;
}

/** Assertions only, `^` and `$` among them: it matches the whole of an empty string and nothing else (no `m` flag). */
function matchesOnlyEmptyString(sequence: readonly Element[]): boolean {
  return (
    sequence.every((element) => element.type === 'Assertion') &&
    sequence.some((element) => isEdge(element, 'start')) &&
    sequence.some((element) => isEdge(element, 'end'))
  );
}

// Lining up sequences can branch. Two patterns that differ in a few places line up in about as many
// steps (a few, or tens); a failed proof costs at most this many, then sampling decides. On the
// project's, AWS's and oasdiff's patterns (11,342 pairs), 100 steps prove 865 of the 888 pairs that
// 2,000 prove, and a failed proof costs about a millisecond on a cold start instead of six.
const stepBudget = 100;
const outOfSteps = new Error('pattern containment: step budget spent');
interface Budget {
  steps: number;
  /** runContained's answers by the base elements' and the head element's places in their patterns: the same places, the same answer. */
  runs: Map<string, boolean>;
}

type Parser = NonNullable<ReturnType<typeof loadRegExpParser>>;

// Parsed once per pattern text: a pattern is compared in both directions, and often at several sites.
const parsedPatterns = new Map<string, AST.Pattern | null>();

function parsePattern(parser: Parser, source: string): AST.Pattern | undefined {
  let pattern = parsedPatterns.get(source);
  if (pattern === undefined) {
    try {
      const parsed = parser.parsePattern(source, 0, source.length, { unicode: true });
      pattern = usesOnlyPlainConstructs(parsed) ? parsed : null;
    } catch {
      pattern = null;
    }
    if (parsedPatterns.size >= 1000) parsedPatterns.clear(); // a long-lived process diffing many specs keeps at most this many
    parsedPatterns.set(source, pattern);
  }
  return pattern ?? undefined;
}

/** Back-references (whose numbering an added group shifts) and inline modifiers are left to sampling. */
function usesOnlyPlainConstructs(node: AST.Node): boolean {
  switch (node.type) {
    case 'Backreference':
    case 'Modifiers':
      return false;
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return (node.type !== 'Group' || node.modifiers === null) && node.alternatives.every(usesOnlyPlainConstructs);
    case 'Assertion':
      return node.kind === 'lookahead' || node.kind === 'lookbehind' ? node.alternatives.every(usesOnlyPlainConstructs) : true;
    case 'Alternative':
      return node.elements.every(usesOnlyPlainConstructs);
    case 'Quantifier':
      return usesOnlyPlainConstructs(node.element);
    case 'CharacterClass':
      return !node.unicodeSets;
    default:
      return true;
  }
}

function spend(budget: Budget): void {
  if (--budget.steps < 0) throw outOfSteps;
}

type Element = AST.Element;
type GroupNode = AST.Group | AST.CapturingGroup;

function isGroup(element: Element): element is GroupNode {
  return element.type === 'Group' || element.type === 'CapturingGroup';
}

/** A group of one alternative is just its elements in place (captures do not matter without back-references). */
function flatten(elements: readonly Element[]): Element[] {
  const flat: Element[] = [];
  for (const element of elements) {
    if (isGroup(element) && element.alternatives.length === 1) flat.push(...flatten(element.alternatives[0]!.elements));
    else flat.push(element);
  }
  return flat;
}

/** Whether the element matches the empty string wherever it stands (zero repetitions, or an alternative of such). */
function matchesNothingAnywhere(element: Element): boolean {
  if (element.type === 'Quantifier') return element.min === 0;
  if (isGroup(element)) return element.alternatives.some((alternative) => alternative.elements.every(matchesNothingAnywhere));
  return false;
}

function sequenceContained(baseElements: readonly Element[], headElements: readonly Element[], budget: Budget): boolean {
  const base = flatten(baseElements);
  const head = flatten(headElements);
  const width = head.length + 1;
  const failed = new Set<number>();
  // Depth first, cheapest and likeliest line-ups first (the same text on both sides), so that two
  // patterns differing in a few places are lined up in about as many steps as they have elements.
  const lineUp = (i: number, j: number): boolean => {
    if (i === base.length && j === head.length) return true;
    if (failed.has(i * width + j)) return false;
    spend(budget);
    const found = lineUpFrom(i, j);
    if (!found) failed.add(i * width + j);
    return found;
  };
  const lineUpFrom = (i: number, j: number): boolean => {
    const baseElement = base[i];
    const headElement = head[j];
    if (baseElement !== undefined && headElement !== undefined && baseElement.raw === headElement.raw && lineUp(i + 1, j + 1)) return true;
    if (baseElement?.type === 'Assertion' && lineUp(i + 1, j)) return true;
    if (headElement === undefined) return false;
    if (matchesNothingAnywhere(headElement) && lineUp(i, j + 1)) return true;
    if (baseElement === undefined) return false;
    if (codePointSet(headElement) !== undefined || headElement.type === 'Assertion') {
      // One character (or a zero-width assertion) lines up with exactly one base element.
      return runContained([baseElement], headElement, budget) && lineUp(i + 1, j + 1);
    }
    if (headElement.type === 'Quantifier' && codePointSet(headElement.element) !== undefined) {
      // A repeated character class takes the base elements that fit it, one after another.
      return characterRepetitionEnds(base, i, headElement, budget).some((end) => lineUp(end, j + 1));
    }
    for (const end of containedRunEnds(base, i, headElement, budget)) if (lineUp(end, j + 1)) return true;
    return false;
  };
  return lineUp(0, 0);
}

/**
 * The ends of the runs run[start..end) that `element` matches every string of, shortest first and
 * found one at a time (a caller that has what it needs stops the search). A run can only be contained
 * in an element whose lengths cover all of its own.
 */
function* containedRunEnds(run: readonly Element[], start: number, element: Element, budget: Budget): Generator<number> {
  const [elementLeast, elementMost] = lengthRange(element);
  let least = 0;
  let most = 0;
  for (let end = start + 1; end <= run.length; end++) {
    const [runLeast, runMost] = lengthRange(run[end - 1]!);
    least += runLeast;
    most += runMost;
    if (least > elementMost) return;
    if (least >= elementLeast && most <= elementMost && runContained(run.slice(start, end), element, budget)) yield end;
  }
}

const lengthRanges = new WeakMap<AST.Node, [number, number]>();

/** The fewest and most code points the element can match (assertions none; Infinity when unbounded). */
function lengthRange(node: AST.Node): [number, number] {
  let range = lengthRanges.get(node);
  if (range === undefined) {
    range = computeLengthRange(node);
    lengthRanges.set(node, range);
  }
  return range;
}

function computeLengthRange(node: AST.Node): [number, number] {
  switch (node.type) {
    case 'Assertion':
      return [0, 0];
    case 'Quantifier': {
      const [least, most] = lengthRange(node.element);
      return [least * node.min, most === 0 || node.max === 0 ? 0 : most * node.max];
    }
    case 'Group':
    case 'CapturingGroup': {
      const ranges = node.alternatives.map(lengthRange);
      return [Math.min(...ranges.map((range) => range[0])), Math.max(...ranges.map((range) => range[1]))];
    }
    case 'Alternative':
      return node.elements.map(lengthRange).reduce<[number, number]>((sum, range) => [sum[0] + range[0], sum[1] + range[1]], [0, 0]);
    default:
      return codePointSet(node) === undefined ? [0, Infinity] : [1, 1];
  }
}

/**
 * The ends of the runs of base elements, from `start`, that X{p,q} (X one character) matches in full:
 * each element a character in X, a repetition of one (m to n of them), or an assertion (none).
 */
function characterRepetitionEnds(base: readonly Element[], start: number, head: AST.Quantifier, budget: Budget): number[] {
  const unit = codePointSet(head.element)!;
  const ends: number[] = [];
  let least = 0;
  let most = 0;
  if (head.min === 0) ends.push(start);
  for (let end = start + 1; end <= base.length; end++) {
    spend(budget);
    const element = base[end - 1]!;
    const single = codePointSet(element);
    const repeated = element.type === 'Quantifier' ? codePointSet(element.element) : undefined;
    if (single !== undefined && setContained(single, unit)) {
      least += 1;
      most += 1;
    } else if (repeated !== undefined && element.type === 'Quantifier' && setContained(repeated, unit)) {
      least += element.min;
      most += element.max;
    } else if (element.type !== 'Assertion') break;
    if (least > head.max) break;
    if (least >= head.min && most <= head.max) ends.push(end);
  }
  return ends;
}

/** Whether every string the run of base elements matches (in place), the one head element matches. */
function runContained(runElements: readonly Element[], head: Element, budget: Budget): boolean {
  if (runElements.length === 0) return matchesNothingAnywhere(head);
  // The base elements by where each starts (alternatives spread out of a group share their ends with it), and the head element.
  const key = `${runElements.map((element) => element.start).join(',')}-${runElements[runElements.length - 1]!.end}:${head.start}-${head.end}`;
  let answer = budget.runs.get(key);
  if (answer === undefined) {
    answer = runContainedUncached(runElements, head, budget);
    budget.runs.set(key, answer);
  }
  return answer;
}

function runContainedUncached(runElements: readonly Element[], head: Element, budget: Budget): boolean {
  spend(budget);
  const run = flatten(runElements);
  if (run.length === 1) {
    const only = run[0]!;
    if (only.raw === head.raw) return true;
    if (isGroup(only)) {
      // An alternative written the same as one of the head group's needs no search.
      const headTexts = new Set(isGroup(head) ? head.alternatives.map((alternative) => alternative.raw) : []);
      if (only.alternatives.every((alternative) => headTexts.has(alternative.raw) || runContained(alternative.elements, head, budget))) return true;
    }
    const baseSet = codePointSet(only);
    const headSet = codePointSet(head);
    if (baseSet !== undefined && headSet !== undefined) return setContained(baseSet, headSet);
  }
  if (run.length === 0) return matchesNothingAnywhere(head);
  if (isGroup(head)) return head.alternatives.some((alternative) => sequenceContained(run, alternative.elements, budget));
  if (head.type === 'Quantifier') return repetitionContains(head, run, budget);
  return false;
}

/** Whether X{p,q} matches every string the run matches: the run splits into pieces whose repetition counts add up within [p, q]. */
function repetitionContains(head: AST.Quantifier, run: readonly Element[], budget: Budget): boolean {
  if (containsAssertion(head.element)) return false;
  const unit = head.element;
  // counts[i]: the [least, most] repetitions of X that can make up run[0..i), one pair per way found.
  const counts: Array<Array<[number, number]>> = Array.from({ length: run.length + 1 }, () => []);
  counts[0]!.push([0, 0]);
  const add = (at: number, [least, most]: [number, number], piece: [number, number]) => {
    const total: [number, number] = [least + piece[0], most + piece[1]];
    if (total[0] > head.max) return;
    const list = counts[at]!;
    if (!list.some(([l, m]) => l === total[0] && m === total[1])) list.push(total);
  };
  for (let start = 0; start < run.length; start++) {
    for (const sofar of counts[start]!) {
      spend(budget);
      const element = run[start]!;
      if (element.type === 'Assertion') add(start + 1, sofar, [0, 0]);
      if (element.type === 'Quantifier' && runContained([element.element], unit, budget)) add(start + 1, sofar, [element.min, element.max]);
      for (const end of containedRunEnds(run, start, unit, budget)) add(end, sofar, [1, 1]);
    }
  }
  return counts[run.length]!.some(([least, most]) => least >= head.min && most <= head.max);
}

function containsAssertion(node: AST.Node): boolean {
  switch (node.type) {
    case 'Assertion':
      return true;
    case 'Group':
    case 'CapturingGroup':
      return node.alternatives.some(containsAssertion);
    case 'Alternative':
      return node.elements.some(containsAssertion);
    case 'Quantifier':
      return containsAssertion(node.element);
    default:
      return false;
  }
}

// Code-point sets as sorted, disjoint, non-adjacent [first, last] ranges.
type CodePointSet = Array<[number, number]>;
const maxCodePoint = 0x10_ffff;
const digits: CodePointSet = [[0x30, 0x39]];
const wordCharacters: CodePointSet = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
];
// ECMAScript WhiteSpace and LineTerminator (test/diff/pattern-containment.test.ts checks them against the engine).
const whiteSpace: CodePointSet = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];
const lineTerminators: CodePointSet = [
  [0x0a, 0x0a],
  [0x0d, 0x0d],
  [0x2028, 0x2029],
];

const codePointSets = new WeakMap<AST.Node, CodePointSet | null>();

/** The code points a one-character element matches; undefined for anything else (and for \p{…}, left to sampling). */
function codePointSet(node: AST.Node): CodePointSet | undefined {
  let set = codePointSets.get(node);
  if (set === undefined) {
    set = computeCodePointSet(node) ?? null;
    codePointSets.set(node, set);
  }
  return set ?? undefined;
}

function computeCodePointSet(node: AST.Node): CodePointSet | undefined {
  switch (node.type) {
    case 'Character':
      return [[node.value, node.value]];
    case 'CharacterClassRange':
      return [[node.min.value, node.max.value]];
    case 'CharacterClass': {
      if (node.unicodeSets) return undefined;
      const parts: CodePointSet = [];
      for (const element of node.elements) {
        const set = codePointSet(element);
        if (set === undefined) return undefined;
        parts.push(...set);
      }
      const union = normalise(parts);
      return node.negate ? complement(union) : union;
    }
    case 'CharacterSet': {
      if (node.kind === 'any') return complement(lineTerminators);
      if (node.kind === 'property') return undefined;
      const set = node.kind === 'digit' ? digits : node.kind === 'word' ? wordCharacters : whiteSpace;
      return node.negate ? complement(set) : set;
    }
    default:
      return undefined;
  }
}

function normalise(ranges: CodePointSet): CodePointSet {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: CodePointSet = [];
  for (const [first, last] of sorted) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last);
    else merged.push([first, last]);
  }
  return merged;
}

function complement(set: CodePointSet): CodePointSet {
  const result: CodePointSet = [];
  let next = 0;
  for (const [first, last] of set) {
    if (first > next) result.push([next, first - 1]);
    next = last + 1;
  }
  if (next <= maxCodePoint) result.push([next, maxCodePoint]);
  return result;
}

function setContained(inner: CodePointSet, outer: CodePointSet): boolean {
  return inner.every(([first, last]) => outer.some(([outerFirst, outerLast]) => outerFirst <= first && last <= outerLast));
}
