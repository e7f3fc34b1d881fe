import { formatGithubActions } from './githubactions.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatText } from './text.js';
import type { ReportView } from './report-view.js';

export const reportFormats = ['text', 'markdown', 'json', 'githubactions'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export function formatReport(format: ReportFormat, view: ReportView, options: { colour: boolean } = { colour: false }): string {
  switch (format) {
    case 'text':
      return formatText(view, options.colour);
    case 'markdown':
      return formatMarkdown(view);
    case 'json':
      return formatJson(view);
    case 'githubactions':
      return formatGithubActions(view);
  }
}

export { gateFails, type ReportView, type SideLabel } from './report-view.js';
export { diffReportJsonSchema } from './json-report-schema.js';
