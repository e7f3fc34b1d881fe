import { createRequire } from 'node:module';

export type FastCheck = typeof import('fast-check');

/** Why no samples can be generated, in the words a report shows. */
export const fastCheckMissing = 'fast-check, which generates the samples, is not installed';

let fastCheck: FastCheck | string | undefined;

/**
 * fast-check, loaded on first use: the diff gate and `verify` sample patterns with it, and nothing else
 * should pay its load time. A dependency of the package, so missing only in a broken install; then
 * `fastCheckMissing`, which the caller reports instead of a verdict.
 */
export function loadFastCheck(): FastCheck | string {
  if (fastCheck === undefined) {
    try {
      fastCheck = createRequire(import.meta.url)('fast-check') as FastCheck;
    } catch {
      fastCheck = fastCheckMissing;
    }
  }
  return fastCheck;
}
