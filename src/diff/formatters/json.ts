// The machine format; its shape is diffReportJsonSchema (json-report-schema.ts), version 1.
import { gateFails, type ReportView } from './report-view.js';

export const jsonReportVersion = 1;

export function formatJson(view: ReportView): string {
  const document = {
    version: jsonReportVersion,
    base: view.base,
    head: view.head,
    failOn: view.failOn,
    failed: gateFails(view),
    summary: view.report.summary,
    changes: view.report.changes,
    ...(view.contracts ? { contracts: view.contracts } : {}),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
