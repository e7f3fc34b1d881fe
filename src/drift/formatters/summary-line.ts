import { plural } from '../../spec/index.js';
import type { DriftReport } from '../drift-report.js';

/** What was compared, e.g. `2 operations, 34 members, 9 errors compared`. */
export function comparedText(report: DriftReport): string {
  const { operations, members, errors } = report.compared;
  return `${plural(operations.length, 'operation')}, ${plural(members, 'member')}, ${plural(errors, 'error')} compared`;
}

/** The verdict every format ends with. */
export function verdictText(report: DriftReport): string {
  return report.differences.length === 0
    ? `No drift: the spec agrees with the model (${comparedText(report)}).`
    : `${plural(report.differences.length, 'difference')} between the model and the spec (${comparedText(report)}).`;
}

export function specPlace(report: DriftReport, spec: { pointer: string; line?: number }): string {
  return `${report.spec.file}${spec.line === undefined ? '' : `:${spec.line}`} #${spec.pointer}`;
}
