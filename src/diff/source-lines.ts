// Maps the JSON pointers of a report to line numbers in the spec files, for annotations that land on
// the changed line. JSON is YAML, so one parser serves both forms.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { DiffReport, SpecLocation } from './diff-report.js';
import { pointerTokens } from './json-pointer.js';

export class SourceLines {
  private readonly lineCounter = new LineCounter();
  private readonly root: unknown;

  constructor(text: string) {
    this.root = parseDocument(text, { lineCounter: this.lineCounter }).contents;
  }

  /** The 1-based line of the node at `pointer` (of its key, in a mapping), or of its deepest existing ancestor. */
  lineOf(pointer: string): number | undefined {
    let node: unknown = this.root;
    let offset = (node as Node | null)?.range?.[0];
    for (const token of pointerTokens(pointer)) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === token);
        if (!pair) break;
        offset = isScalar(pair.key) ? pair.key.range?.[0] : offset;
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(token)];
        if (item === undefined) break;
        node = item;
        offset = (item as Node).range?.[0] ?? offset;
      } else {
        break;
      }
    }
    return offset === undefined ? undefined : this.lineCounter.linePos(offset).line;
  }
}

function withLine(location: SpecLocation | undefined, lines: SourceLines | undefined): SpecLocation | undefined {
  if (!location || !lines) return location;
  const line = lines.lineOf(location.pointer);
  return line === undefined ? location : { ...location, line };
}

/** A copy of the report whose base/head locations carry the line numbers found in the given texts. */
export function withSourceLines(report: DiffReport, texts: { base?: string; head?: string }): DiffReport {
  if (report.changes.length === 0) return report; // parsing a spec for its lines costs more than the diff itself
  const base = texts.base === undefined ? undefined : new SourceLines(texts.base);
  const head = texts.head === undefined ? undefined : new SourceLines(texts.head);
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
