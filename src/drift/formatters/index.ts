import type { DriftReport } from '../drift-report.js';
import { formatGithubActions } from './githubactions.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatText } from './text.js';

/** The diff gate's four formats, for the same uses: terminal, job summary, machines, annotations. */
export const driftFormats = ['text', 'markdown', 'json', 'githubactions'] as const;
export type DriftFormat = (typeof driftFormats)[number];

export function formatDriftReport(format: DriftFormat, report: DriftReport, options: { colour: boolean } = { colour: false }): string {
  switch (format) {
    case 'text':
      return formatText(report, options.colour);
    case 'markdown':
      return formatMarkdown(report);
    case 'json':
      return formatJson(report);
    case 'githubactions':
      return formatGithubActions(report);
  }
}

export { driftReportJsonSchema } from './json-report-schema.js';
