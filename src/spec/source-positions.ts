// Where each mapping key and sequence item of a parsed document starts in its text, recorded by the
// parser that built the data (parse-json-positions.ts, parse-yaml-positions.ts), so a side is parsed
// once for both its data and the line numbers of the report.
import { pointerTokens } from './json-pointer.js';

/** Offsets of the members of one parsed object (by key) or array (by index). */
export type MemberOffsets = Map<string, number> | number[];

export class SourcePositions {
  private lineStarts: number[] | undefined;

  constructor(
    private readonly text: string,
    private readonly offsets: WeakMap<object, MemberOffsets>,
    private readonly rootOffset: number,
  ) {}

  /** The 1-based line of the node at `pointer` in `root` (of its key, in a mapping), or of its deepest existing ancestor. */
  lineOf(root: unknown, pointer: string): number {
    let node: unknown = root;
    let offset = this.rootOffset;
    for (const token of pointerTokens(pointer)) {
      if (node === null || typeof node !== 'object') break;
      const members = this.offsets.get(node);
      const memberOffset = Array.isArray(members) ? members[Number(token)] : members?.get(token);
      if (memberOffset === undefined) break;
      offset = memberOffset;
      node = (node as Record<string, unknown>)[token];
    }
    return this.lineAt(offset);
  }

  private lineAt(offset: number): number {
    const starts = (this.lineStarts ??= lineStartsOf(this.text));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}
