import type { CoverageReport, CoverageRow } from '../coverage-report.js';
import { rowsByOperation, summaryLine, unverifiedHeading, unverifiedLines } from './coverage-summary.js';

/** Plain text for a terminal: one block per operation, `[x]` exercised, `[ ]` not. */
export function formatCoverageText(report: CoverageReport): string {
  const lines = [summaryLine(report), ''];
  for (const [operation, rows] of rowsByOperation(report)) {
    const covered = rows.filter((row) => row.exercisedBy.length > 0).length;
    lines.push(`${operation}  ${covered}/${rows.length}`);
    const width = Math.max(...rows.map((row) => row.id.length));
    for (const kind of ['response', 'request'] as const) {
      lines.push(`  ${kind === 'response' ? 'responses' : 'request variants'}`);
      for (const row of rows.filter((candidate) => candidate.kind === kind)) lines.push(`    ${rowLine(row, width)}`);
    }
    lines.push('');
  }
  const unverified = unverifiedLines(report);
  if (unverified.length > 0) lines.push(`${unverifiedHeading}:`, ...unverified.map((line) => `  ${line}`));
  return `${lines.join('\n').trimEnd()}\n`;
}

function rowLine(row: CoverageRow, width: number): string {
  const mark = row.exercisedBy.length > 0 ? '[x]' : '[ ]';
  const count = row.exercisedBy.length === 1 ? '1 interaction' : `${row.exercisedBy.length} interactions`;
  return `${mark} ${row.id.padEnd(width)}  ${row.label}  (${count})`;
}
