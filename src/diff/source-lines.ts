// Maps the JSON pointers of a report to line numbers in the spec files, for annotations that land on
// the changed line. The positions come from the parse that built each side's data (parse-spec-side.ts).
import type { DiffReport, SpecLocation } from './diff-report.js';
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

function withLine(location: SpecLocation | undefined, lines: SourceLines | undefined): SpecLocation | undefined {
  if (!location || !lines) return location;
  return { ...location, line: lines.lineOf(location.pointer) };
}

/** A copy of the report whose base/head locations carry the line numbers of the given sides. */
export function withSourceLines(report: DiffReport, sides: { base?: SourceLines; head?: SourceLines }): DiffReport {
  const { base, head } = sides;
  return {
    ...report,
    changes: report.changes.map((change) => {
      const located = { ...change };
      const baseLocation = withLine(change.base, base);
      const headLocation = withLine(change.head, head);
      if (baseLocation) located.base = baseLocation;
      if (headLocation) located.head = headLocation;
      return located;
    }),
  };
}
