import { createRequire } from 'node:module';
import type { RegExpParser } from '@eslint-community/regexpp';

type Regexpp = typeof import('@eslint-community/regexpp');

let parser: RegExpParser | null | undefined;

/**
 * A parser of ECMAScript regular expressions (@eslint-community/regexpp), loaded on first use: only a
 * changed pattern needs it. Null in a broken install that lacks it; then nothing is proved from the
 * patterns' structure and sampling alone decides.
 */
export function loadRegExpParser(): RegExpParser | null {
  if (parser === undefined) {
    try {
      const regexpp = createRequire(import.meta.url)('@eslint-community/regexpp') as Regexpp;
      parser = new regexpp.RegExpParser({ ecmaVersion: 2024 });
    } catch {
      parser = null;
    }
  }
  return parser;
}
