// Maps JSON pointers to line numbers in a YAML or JSON file, for reports whose annotations land on the
// line concerned: a spec's changed node, a drift difference, a pact's interaction. The positions come
// from the parse that built the data (parse-json-positions.ts, parse-yaml-positions.ts), or from text parsed here.
import { parseJsonWithPositions } from './parse-json-positions.js';
import { parseYamlWithPositions } from './parse-yaml-positions.js';
import { SourcePositions } from './source-positions.js';

/** A parsed document and the positions of its members: what a pointer is looked up in. */
export class SourceLines {
  private readonly root: unknown;
  private readonly positions: SourcePositions;

  /** From a side already parsed (`positions` recorded for `root`), or from text parsed here. */
  constructor(text: string);
  constructor(root: unknown, positions: SourcePositions);
  constructor(textOrRoot: unknown, positions?: SourcePositions) {
    if (positions) {
      this.root = textOrRoot;
      this.positions = positions;
      return;
    }
    const text = String(textOrRoot);
    const parsed = parseJsonWithPositions(text) ?? parseYamlWithPositions(text);
    this.root = parsed.data;
    this.positions = new SourcePositions(text, parsed.offsets, parsed.rootOffset);
  }

  /** The 1-based line of the node at `pointer` (of its key, in a mapping), or of its deepest existing ancestor. */
  lineOf(pointer: string): number {
    return this.positions.lineOf(this.root, pointer);
  }
}
