// The machine format; its shape is driftReportJsonSchema (json-report-schema.ts), version 1.
import type { DriftReport } from '../drift-report.js';

export const driftJsonVersion = 1;

export function formatJson(report: DriftReport): string {
  const document = {
    version: driftJsonVersion,
    model: report.model,
    spec: report.spec,
    drift: report.differences.length > 0,
    compared: report.compared,
    differences: report.differences,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
