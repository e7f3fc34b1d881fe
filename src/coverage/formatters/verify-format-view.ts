// Pieces every verify format words alike.
import { plural } from '../../spec/report-markup.js';
import type { InteractionVerdict, VerifyReport } from '../verify-report.js';

/** `file:line`, or the file alone when the line is unknown. */
export function located(verdict: InteractionVerdict): string {
  return verdict.line === undefined ? verdict.file : `${verdict.file}:${verdict.line}`;
}

/** `24 interactions: 22 verified (1 with warnings), 2 failed` */
export function verdictLine(report: VerifyReport): string {
  const warned = report.warned > 0 ? ` (${report.warned} with warnings)` : '';
  return `${plural(report.checked, 'interaction')}: ${report.verified} verified${warned}, ${report.failed} failed`;
}
