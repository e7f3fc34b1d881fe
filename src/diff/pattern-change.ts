// Tells a tightened pattern from a relaxed one. Deciding whether one regular expression's language
// contains another's is hard in general (and ECMAScript regexes are not regular), so the gate
// decides by evidence instead:
//
//   1. The same pattern text is no change.
//   2. Samples the base pattern accepts are generated from the base pattern itself (fast-check's
//      stringMatching, fixed seed, so every run sees the same samples): short ones, and — when either
//      pattern has a repetition bound such as {1,64} that short values cannot reach — long ones too.
//      The schemas' examples are added, and only what the base schema admits (pattern and
//      min/maxLength) is kept.
//   3. If the head pattern refuses any of them, the pattern is TIGHTENED, and the shortest such sample
//      is the witness: a value consumers could send before and cannot now. This is proof.
//   4. Otherwise it is GENERALIZED (relaxed): no sample the base accepted is refused. If samples
//      generated from the head pattern show a value only the head accepts, it is the witness of the
//      widening; if none does, the two accepted the same samples (a rewrite such as [0-9] → \d).
//      This is evidence, not proof: a tightening that no sample happens to hit passes as relaxed.
//   5. If either pattern cannot be compiled with the `u` flag (as AJV compiles them) or no samples
//      can be generated (lookbehind, back-references), the change is UNKNOWN, reported as WARN.
import { createRequire } from 'node:module';

// fast-check is loaded on first use: it is a devDependency, and an install without it must still run
// every other command (a changed pattern is then UNKNOWN).
type FastCheck = typeof import('fast-check');
let fastCheck: FastCheck | string | undefined;

function loadFastCheck(): FastCheck | string {
  if (fastCheck === undefined) {
    try {
      fastCheck = createRequire(import.meta.url)('fast-check') as FastCheck;
    } catch {
      fastCheck = 'fast-check, which generates the samples, is not installed';
    }
  }
  return fastCheck;
}

export interface PatternSide {
  pattern: string;
  minLength?: number;
  maxLength?: number;
  /** Values the spec itself gives as examples of this schema; tried alongside the generated ones. */
  examples?: readonly string[];
}

export type PatternVerdict =
  | { kind: 'tightened'; witness: string; samples: number }
  | { kind: 'generalized'; witness?: string; samples: number }
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
  if (typeof baseRegex === 'string') return { kind: 'unknown', reason: `the base pattern does not compile: ${baseRegex}` };
  if (typeof headRegex === 'string') return { kind: 'unknown', reason: `the head pattern does not compile: ${headRegex}` };

  const baseSamples = generate(baseRegex, sampling, hasLongBound(base.pattern) || hasLongBound(head.pattern));
  if (typeof baseSamples === 'string') return { kind: 'unknown', reason: `no samples can be generated from the base pattern: ${baseSamples}` };
  const examples = [...(base.examples ?? []), ...(head.examples ?? [])];
  const acceptedByBase = unique([...baseSamples, ...examples]).filter((value) => admits(base, baseRegex, value));
  if (acceptedByBase.length === 0) return { kind: 'unknown', reason: 'no generated sample fits the base length limits' };

  const refusedByHead = acceptedByBase.filter((value) => !headRegex.test(value));
  if (refusedByHead.length > 0) return { kind: 'tightened', witness: shortest(refusedByHead), samples: acceptedByBase.length };

  const headSamples = generate(headRegex, sampling, false);
  const candidates = typeof headSamples === 'string' ? examples : [...headSamples, ...examples];
  const onlyHead = unique(candidates).filter((value) => admits(head, headRegex, value) && !baseRegex.test(value));
  return onlyHead.length > 0
    ? { kind: 'generalized', witness: shortest(onlyHead), samples: acceptedByBase.length }
    : { kind: 'generalized', samples: acceptedByBase.length };
}

/** Whether a repetition range ends past what short samples reach ({1,64}, {2,}); exact counts such as {12} do not need long samples. */
function hasLongBound(pattern: string): boolean {
  return [...pattern.matchAll(/\{\d*,(\d*)\}/g)].some((match) => match[1] === '' || Number(match[1]) >= 6);
}

function compile(pattern: string): RegExp | string {
  try {
    return new RegExp(pattern, 'u');
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function generate(regex: RegExp, sampling: PatternSampling, withLong: boolean): string[] | string {
  const fc = loadFastCheck();
  if (typeof fc === 'string') return fc;
  try {
    const short = fc.sample(fc.stringMatching(regex), { numRuns: sampling.short, seed: sampling.seed });
    if (!withLong) return short;
    return [...short, ...fc.sample(fc.stringMatching(regex, { size: 'medium' }), { numRuns: sampling.long, seed: sampling.seed })];
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
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
  return [...values].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))[0] ?? '';
}
