// A JSON parser that records, while it builds the data, where every key and array item starts:
// JSON.parse cannot tell positions, and the YAML parser is several times slower on multi-megabyte
// JSON descriptions. Returns undefined on any syntax error, so the caller can let the YAML parser
// (which reads JSON too) report it in its own words.
import type { MemberOffsets } from './source-positions.js';

export interface ParsedWithPositions {
  data: unknown;
  offsets: WeakMap<object, MemberOffsets>;
  rootOffset: number;
}

class JsonSyntaxError extends Error {}

/** Deepest nesting either position parser builds: real specs and pacts nest a few dozen levels; past this is bad input, not a stack overflow. */
export const maxDocumentDepth = 1_000;

/** A document nested deeper than maxDocumentDepth. */
export class NestingTooDeepError extends Error {
  constructor() {
    super(`the document nests deeper than ${maxDocumentDepth} levels`);
  }
}

const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export function parseJsonWithPositions(text: string): ParsedWithPositions | undefined {
  const offsets = new WeakMap<object, MemberOffsets>();
  let index = 0;

  const fail = (): never => {
    throw new JsonSyntaxError();
  };
  const skipSpace = () => {
    for (;;) {
      const code = text.charCodeAt(index);
      if (code === 32 || code === 10 || code === 13 || code === 9) index += 1;
      else return;
    }
  };
  const readString = (): string => {
    const start = index + 1;
    const end = text.indexOf('"', start);
    if (end < 0) fail();
    const raw = text.slice(start, end);
    if (!raw.includes('\\')) {
      index = end + 1;
      return raw;
    }
    // Escapes: find the real closing quote, then let JSON.parse decode the string.
    let position = start;
    for (;;) {
      const code = text.charCodeAt(position);
      if (Number.isNaN(code)) fail();
      if (code === 92) position += 2;
      else if (code === 34) break;
      else position += 1;
    }
    index = position + 1;
    return JSON.parse(text.slice(start - 1, position + 1)) as string;
  };
  let depth = 0;
  const readValue = (): unknown => {
    if (depth >= maxDocumentDepth) throw new NestingTooDeepError();
    depth += 1;
    try {
      return readOneValue();
    } finally {
      depth -= 1;
    }
  };
  const readOneValue = (): unknown => {
    skipSpace();
    const code = text.charCodeAt(index);
    if (code === 123) {
      index += 1;
      const object: Record<string, unknown> = {};
      const members = new Map<string, number>();
      offsets.set(object, members);
      skipSpace();
      if (text.charCodeAt(index) === 125) {
        index += 1;
        return object;
      }
      for (;;) {
        skipSpace();
        if (text.charCodeAt(index) !== 34) fail();
        const keyOffset = index;
        const key = readString();
        skipSpace();
        if (text.charCodeAt(index) !== 58) fail();
        index += 1;
        const value = readValue();
        if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
        else object[key] = value;
        members.set(key, keyOffset);
        skipSpace();
        const next = text.charCodeAt(index);
        index += 1;
        if (next === 125) return object;
        if (next !== 44) fail();
      }
    }
    if (code === 91) {
      index += 1;
      const array: unknown[] = [];
      const items: number[] = [];
      offsets.set(array, items);
      skipSpace();
      if (text.charCodeAt(index) === 93) {
        index += 1;
        return array;
      }
      for (;;) {
        skipSpace();
        items.push(index);
        array.push(readValue());
        skipSpace();
        const next = text.charCodeAt(index);
        index += 1;
        if (next === 93) return array;
        if (next !== 44) fail();
      }
    }
    if (code === 34) return readString();
    if (text.startsWith('true', index)) return ((index += 4), true);
    if (text.startsWith('false', index)) return ((index += 5), false);
    if (text.startsWith('null', index)) return ((index += 4), null);
    numberPattern.lastIndex = index;
    const match = numberPattern.exec(text);
    if (!match) fail();
    index = numberPattern.lastIndex;
    return Number(match?.[0]);
  };

  try {
    skipSpace();
    const rootOffset = index;
    const data = readValue();
    skipSpace();
    if (index !== text.length) return undefined;
    return { data, offsets, rootOffset };
  } catch (error) {
    if (error instanceof JsonSyntaxError || error instanceof SyntaxError) return undefined;
    throw error;
  }
}
