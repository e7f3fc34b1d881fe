import { oneLine } from '../../spec/report-markup.js';
import type { CoverageReport, CoverageRow } from '../coverage-report.js';

export function summaryLine(report: CoverageReport): string {
  const files = report.files.length === 1 ? '1 pact file' : `${report.files.length} pact files`;
  // Consumer names and descriptions come from the pact files: kept on this line whatever they hold.
  const consumers = report.consumers.length > 0 ? ` (consumers: ${report.consumers.map(oneLine).join(', ')})` : '';
  return `Contract coverage: ${report.covered}/${report.total} documented shapes (${report.percent}%) from ${files}${consumers}`;
}

/** The interactions that fail verification, one line each: they count toward no shape. */
export function unverifiedLines(report: CoverageReport): string[] {
  return (report.unverified ?? []).map((interaction) => oneLine(`${interaction.file} "${interaction.description}": ${interaction.problems.join('; ')}`));
}

export const unverifiedHeading = 'Not counted: these interactions fail lambda-rmc verify';

/** The rows grouped by operation, in the report's order. */
export function rowsByOperation(report: CoverageReport): Array<[string, CoverageRow[]]> {
  const groups = new Map<string, CoverageRow[]>();
  for (const row of report.rows) groups.set(row.operation, [...(groups.get(row.operation) ?? []), row]);
  return [...groups];
}
