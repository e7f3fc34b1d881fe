import { createRequire } from 'node:module';
import { failed, ok, type Result } from './result.js';

export type FastCheck = typeof import('fast-check');

/** Why no samples can be generated, in the words a report shows. */
export const fastCheckMissing = 'fast-check, which generates the samples, is not installed';

let fastCheck: Result<FastCheck, string> | undefined;

/**
 * fast-check, loaded on first use: the diff gate and `verify` sample patterns with it, and nothing else
 * should pay its load time. A dependency of the package, so missing only in a broken install; then
 * `fastCheckMissing`, which the caller reports instead of a verdict.
 */
export function loadFastCheck(): Result<FastCheck, string> {
  if (fastCheck === undefined) {
    try {
      fastCheck = ok(createRequire(import.meta.url)('fast-check') as FastCheck);
    } catch {
      fastCheck = failed(fastCheckMissing);
    }
  }
  return fastCheck;
}
