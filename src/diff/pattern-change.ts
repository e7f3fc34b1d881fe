// Tells a tightened pattern from a relaxed one. Deciding whether one regular expression's language
// contains another's is hard in general (and ECMAScript regexes are not regular), so the gate looks
// for a structural proof of the easy, common case (see the end of this list) and otherwise decides by
// evidence:
//
//   1. The same pattern text is no change.
//   2. The schemas' examples are tried first; then samples the base pattern accepts, generated from
//      the base pattern itself (fast-check's stringMatching, fixed seed, so every run sees the same
//      samples): short ones, and — when either pattern has a repetition bound such as {1,64} that
//      short values cannot reach, and no short one settled it — long ones too. Only what the base
//      schema admits (pattern and min/maxLength) counts.
//   3. The first one the head pattern refuses makes the pattern TIGHTENED; fast-check shrinks it to a
//      small witness: a value consumers could send before and cannot now. This is proof, and the
//      search stops there (the stream is the one fc.sample gives, so stopping early loses nothing).
//   4. Otherwise it is GENERALIZED (relaxed): no sample the base accepted is refused. If an example or
//      a sample generated from the head pattern (shrunk likewise) is a value only the head accepts, it
//      is the witness of the widening; if none is, the two accepted the same samples (a rewrite such
//      as [0-9] → \d). This is evidence, not proof: a tightening no sample hits passes as relaxed.
//   5. If either pattern cannot be compiled with the `u` flag (as AJV compiles them) or no samples
//      can be generated (lookbehind, back-references), the change is UNKNOWN, reported as WARN.
// Between steps 2 and 3 — after the examples, before any sample — the patterns' structure is read
// (pattern-containment.ts): when it proves that the head accepts every value the base accepts, the
// change is GENERALIZED without drawing a base sample (they could only confirm it), and the witness is
// looked for as in step 4; when it proves the converse too, no witness exists to look for. Building
// fast-check's arbitraries and drawing samples was most of a cold `diff`; a proof costs a parse and
// tens of steps, and a failed one at most 100 steps before sampling decides as before.
// fast-check, a dependency, is loaded on first use (spec/load-fast-check.ts): a diff that changes no
// pattern does not pay its load time. Only a broken install lacks it; then a changed pattern is UNKNOWN.
import { loadFastCheck, type FastCheck } from '../spec/load-fast-check.js';
import { failed, ok, type Result } from '../spec/result.js';
import { patternContains } from './pattern-containment.js';
import { compareText } from './text-order.js';

export interface PatternSide {
  pattern: string;
  minLength?: number;
  maxLength?: number;
  /** Values the spec itself gives as examples of this schema; tried alongside the generated ones. */
  examples?: readonly string[];
}

export type PatternVerdict =
  | { kind: 'tightened'; witness: string; samples: number }
  | {
      kind: 'generalized';
      witness?: string;
      /** Base values checked against the head: the examples, and the samples unless `proof` made them needless. */
      samples: number;
      /** Shown from the patterns' structure: the head accepts every value the base accepts ('contains'), and only those ('same'). */
      proof?: 'contains' | 'same';
    }
  | { kind: 'unknown'; reason: string };

export interface PatternSampling {
  /** Samples at fast-check's default size: short values, every alternative and optional part. */
  short: number;
  /** Samples at size "medium": long repetitions (size "max" can exhaust memory on an unbounded `+`). */
  long: number;
  seed: number;
}

export const defaultPatternSampling: PatternSampling = { short: 150, long: 50, seed: 20_251_201 };

export function comparePatterns(base: PatternSide, head: PatternSide, sampling: PatternSampling = defaultPatternSampling): PatternVerdict {
  const baseRegex = compile(base.pattern);
  const headRegex = compile(head.pattern);
  if (!baseRegex.ok) return { kind: 'unknown', reason: `the base pattern does not compile: ${baseRegex.error}` };
  if (!headRegex.ok) return { kind: 'unknown', reason: `the head pattern does not compile: ${headRegex.error}` };
  return compareCompiled(base, baseRegex.value, head, headRegex.value, sampling);
}

function compareCompiled(base: PatternSide, baseRegex: RegExp, head: PatternSide, headRegex: RegExp, sampling: PatternSampling): PatternVerdict {
  const examples = unique([...(base.examples ?? []), ...(head.examples ?? [])]);
  const acceptedByBase = new Set(examples.filter((value) => admits(base, baseRegex, value)));
  const refusedExamples = [...acceptedByBase].filter((value) => !headRegex.test(value));
  if (refusedExamples.length > 0) return { kind: 'tightened', witness: shortest(refusedExamples), samples: acceptedByBase.size };

  // Only non-empty strings count where minLength is at least 1 (the Qualifier's `^(?:(|[a-zA-Z0-9$_-]+))$`).
  if (patternContains(head.pattern, base.pattern, { baseNonEmpty: (base.minLength ?? 0) >= 1 })) {
    if (patternContains(base.pattern, head.pattern, { baseNonEmpty: (head.minLength ?? 0) >= 1 })) {
      return { kind: 'generalized', samples: acceptedByBase.size, proof: 'same' };
    }
    return illustrateRelaxation(baseRegex, head, headRegex, examples, sampling, acceptedByBase.size, 'contains');
  }

  // Short samples first, then — when a repetition bound needs them — long ones (a second, costlier
  // arbitrary). The search stops at the first sample the head refuses and shrinks it to a small witness.
  const sizes: Array<[SampleSize, number]> = [['small', sampling.short]];
  if (hasLongBound(base.pattern) || hasLongBound(head.pattern)) sizes.push(['medium', sampling.long]);
  for (const [size, count] of sizes) {
    const search = findSample(baseRegex, size, count, sampling.seed, (value) => {
      if (!admits(base, baseRegex, value)) return false;
      acceptedByBase.add(value);
      return !headRegex.test(value);
    });
    if (!search.ok) return { kind: 'unknown', reason: `no samples can be generated from the base pattern: ${search.error}` };
    if (search.value !== undefined) return { kind: 'tightened', witness: search.value, samples: acceptedByBase.size };
  }
  if (acceptedByBase.size === 0) return { kind: 'unknown', reason: 'no generated sample fits the base length limits' };
  return illustrateRelaxation(baseRegex, head, headRegex, examples, sampling, acceptedByBase.size);
}

/** Relaxed. A value only the head accepts illustrates it: the examples, else a head sample (shrunk). */
function illustrateRelaxation(
  baseRegex: RegExp,
  head: PatternSide,
  headRegex: RegExp,
  examples: readonly string[],
  sampling: PatternSampling,
  samples: number,
  proof?: 'contains',
): PatternVerdict {
  const verdict = (witness?: string): PatternVerdict => ({
    kind: 'generalized',
    ...(witness === undefined ? {} : { witness }),
    samples,
    ...(proof === undefined ? {} : { proof }),
  });
  const onlyHead = (value: string) => admits(head, headRegex, value) && !baseRegex.test(value);
  const headExamples = examples.filter(onlyHead);
  if (headExamples.length > 0) return verdict(shortest(headExamples));
  const search = findSample(headRegex, 'small', sampling.short, sampling.seed, onlyHead);
  return verdict(search.ok ? search.value : undefined);
}

/** Whether a repetition range ends past what short samples reach ({1,64}, {2,}); exact counts such as {12} do not need long samples. */
function hasLongBound(pattern: string): boolean {
  return [...pattern.matchAll(/\{\d*,(\d*)\}/g)].some((match) => match[1] === '' || Number(match[1]) >= 6);
}

function compile(pattern: string): Result<RegExp, string> {
  try {
    return ok(new RegExp(pattern, 'u'));
  } catch (error) {
    return failed(error instanceof Error ? error.message : String(error));
  }
}

type SampleSize = 'small' | 'medium';
type PatternArbitrary = ReturnType<FastCheck['stringMatching']>;
// Building a stringMatching arbitrary costs more than drawing 150 values from it: one per pattern and size.
const arbitraries = new Map<string, Result<PatternArbitrary, string>>();

function arbitraryFor(fc: FastCheck, regex: RegExp, size: SampleSize): Result<PatternArbitrary, string> {
  const key = `${size}\u0000${regex.source}`;
  let arbitrary = arbitraries.get(key);
  if (arbitrary === undefined) {
    try {
      arbitrary = ok(size === 'small' ? fc.stringMatching(regex) : fc.stringMatching(regex, { size }));
    } catch (error) {
      arbitrary = failed(error instanceof Error ? error.message : String(error));
    }
    if (arbitraries.size >= 1000) arbitraries.clear(); // a long-lived process diffing many specs keeps at most this many
    arbitraries.set(key, arbitrary);
  }
  return arbitrary;
}

/**
 * Draws up to `count` samples of `regex` (fixed seed: every run sees the same ones, in the same order
 * as fc.sample) until one satisfies `wanted`; that one is shrunk by fast-check to a small value that
 * still satisfies it (undefined when none does). Fails with the reason when no sample can be drawn
 * (lookbehind, back-references).
 */
function findSample(regex: RegExp, size: SampleSize, count: number, seed: number, wanted: (value: string) => boolean): Result<string | undefined, string> {
  const loaded = loadFastCheck();
  if (!loaded.ok) return loaded;
  const fc = loaded.value;
  // fast-check probes every arbitrary it builds with strings that mostly do not match, each probe an
  // Error thrown and caught: capturing their stack traces was most of the build time.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const arbitrary = arbitraryFor(fc, regex, size);
    if (!arbitrary.ok) return arbitrary;
    const run = fc.check(
      fc.property(arbitrary.value, (value) => !wanted(value)),
      { numRuns: count, seed },
    );
    if (!run.failed) return ok(undefined);
    const found = run.counterexample?.[0];
    // A failure without a wanted value is fast-check failing to generate, not a sample found.
    if (found !== undefined && wanted(found)) return ok(found);
    return failed(run.errorInstance instanceof Error ? run.errorInstance.message : String(run.errorInstance));
  } catch (error) {
    return failed(error instanceof Error ? error.message : String(error));
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

/** Whether the side's string schema (pattern and length limits, counted in code points) admits `value`. */
function admits(side: PatternSide, regex: RegExp, value: string): boolean {
  const length = [...value].length;
  if (side.minLength !== undefined && length < side.minLength) return false;
  if (side.maxLength !== undefined && length > side.maxLength) return false;
  return regex.test(value);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function shortest(values: readonly string[]): string {
  return [...values].sort((a, b) => a.length - b.length || compareText(a, b))[0] ?? '';
}
