// The machine format; its shape is verifyReportJsonSchema (verify-report-json-schema.ts), version 1.
import { verifyFails, type VerifyLevel, type VerifyReport } from '../verify-report.js';

export function formatVerifyJson(report: VerifyReport, failOn: VerifyLevel): string {
  const document = {
    version: 1,
    failOn,
    failed: verifyFails(report, failOn),
    files: report.files,
    summary: { checked: report.checked, verified: report.verified, failed: report.failed, warned: report.warned },
    interactions: report.interactions,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
