// Puts line numbers on a report's spec locations, for annotations that land on the changed line.
import { SourceLines } from '../spec/source-lines.js';
import type { DiffReport, SpecLocation } from './diff-report.js';

export { SourceLines };

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
