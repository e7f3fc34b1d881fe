// Whether a Pact regex matcher admits values the spec refuses. Containment of one regular language
// in another is not decided here; like the diff gate's pattern check, this decides by evidence:
// values the matcher admits are generated from the regex itself (fast-check's stringMatching, fixed
// seed, so every run sees the same values) and each is put where the example was and checked with
// the project's validators. One the spec refuses is the witness that the matcher is wider.
// Samples are remembered per regex, results per (place, regex): a thousand pacts share a handful of matchers.
import { loadFastCheck } from '../spec/load-fast-check.js';

export const regexWidthSampling = { samples: 60, seed: 20_251_203 } as const;

export type RegexWidth =
  | { kind: 'within' }
  | { kind: 'wider'; witness: string; problem: string }
  | { kind: 'unchecked'; reason: string };

const remembered = new Map<string, RegexWidth>();

const compiled = new Map<string, RegExp | string>();

/** Pact regexes are Rust's (or Java's); most read the same in ECMAScript. Compiled once per text. */
export function compilePactRegex(source: string): RegExp | string {
  let regex = compiled.get(source);
  if (regex === undefined) {
    regex = compile(source);
    if (compiled.size < 10_000) compiled.set(source, regex);
  }
  return regex;
}

function compile(source: string): RegExp | string {
  try {
    return new RegExp(source, 'u');
  } catch {
    try {
      return new RegExp(source);
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }
}

/**
 * `refuses(value)` says why the spec refuses `value` in the matcher's place, or undefined when it
 * admits it; `key` names the place, for remembering the answer.
 */
export function regexWidth(key: string, regex: RegExp, refuses: (value: string) => string | undefined): RegexWidth {
  const rememberedKey = `${key}\u0000${regex.source}`;
  const known = remembered.get(rememberedKey);
  if (known) return known;
  const width = measure(regex, refuses);
  remembered.set(rememberedKey, width);
  return width;
}

function measure(regex: RegExp, refuses: (value: string) => string | undefined): RegexWidth {
  const samples = samplesOf(regex);
  if (typeof samples === 'string') return { kind: 'unchecked', reason: samples };
  const refused = samples.map((sample) => ({ sample, problem: refuses(sample) })).find((candidate) => candidate.problem !== undefined);
  return refused ? { kind: 'wider', witness: refused.sample, problem: refused.problem! } : { kind: 'within' };
}

// Generating costs more than checking (about 0.1 s for an ARN pattern), so the samples of a regex are
// generated once, whatever place it matches.
const sampled = new Map<string, string[] | string>();

/** Distinct values the regex admits, shortest first; or why there are none. */
function samplesOf(regex: RegExp): string[] | string {
  const key = `${regex.flags}/${regex.source}`;
  let samples = sampled.get(key);
  if (samples === undefined) {
    samples = generate(regex);
    if (sampled.size < 1_000) sampled.set(key, samples);
  }
  return samples;
}

function generate(regex: RegExp): string[] | string {
  const fc = loadFastCheck();
  if (typeof fc === 'string') return fc;
  try {
    return [...new Set(fc.sample(fc.stringMatching(regex), { numRuns: regexWidthSampling.samples, seed: regexWidthSampling.seed }))]
      .filter((sample) => regex.test(sample))
      .sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  } catch (error) {
    return `no values can be generated from it (${error instanceof Error ? error.message : String(error)})`;
  }
}
