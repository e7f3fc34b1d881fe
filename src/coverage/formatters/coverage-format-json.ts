import type { CoverageReport } from '../coverage-report.js';

/** The report as JSON, for other tools. */
export function formatCoverageJson(report: CoverageReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
