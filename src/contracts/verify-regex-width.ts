// Whether a Pact regex matcher admits values the spec refuses. Containment of one regular language
// in another is not decided here; like the diff gate's pattern check, this decides by evidence:
// values the matcher admits are generated from the regex itself (fast-check's stringMatching, fixed
// seed, so every run sees the same values) and each is put where the example was and checked with
// the project's validators. One the spec refuses is the witness that the matcher is wider.
// Results are remembered per (place, regex): a thousand pacts share a handful of matchers.
import { createRequire } from 'node:module';

type FastCheck = typeof import('fast-check');
let fastCheck: FastCheck | undefined | null;

function loadFastCheck(): FastCheck | undefined {
  if (fastCheck === undefined) {
    try {
      fastCheck = createRequire(import.meta.url)('fast-check') as FastCheck;
    } catch {
      fastCheck = null;
    }
  }
  return fastCheck ?? undefined;
}

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
  const fc = loadFastCheck();
  if (!fc) return { kind: 'unchecked', reason: 'fast-check, which generates the samples, is not installed' };
  let samples: string[];
  try {
    samples = fc.sample(fc.stringMatching(regex), { numRuns: regexWidthSampling.samples, seed: regexWidthSampling.seed });
  } catch (error) {
    return { kind: 'unchecked', reason: `no values can be generated from it (${error instanceof Error ? error.message : String(error)})` };
  }
  const refused = [...new Set(samples)]
    .filter((sample) => regex.test(sample))
    .sort((a, b) => a.length - b.length || (a < b ? -1 : 1))
    .map((sample) => ({ sample, problem: refuses(sample) }))
    .find((candidate) => candidate.problem !== undefined);
  return refused ? { kind: 'wider', witness: refused.sample, problem: refused.problem! } : { kind: 'within' };
}
