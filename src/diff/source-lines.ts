// Puts line numbers on a report's spec locations, for annotations that land on the changed line.
import { SourceLines } from '../spec/source-lines.js';
import type { DiffReport, SpecLocation } from './diff-report.js';

export { SourceLines };

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
