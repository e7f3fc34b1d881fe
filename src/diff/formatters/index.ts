import { githubActionsChunks } from './githubactions.js';
import { jsonChunks } from './json.js';
import { markdownChunks } from './markdown.js';
import { textChunks } from './text.js';
import type { ReportView } from './report-view.js';

export const reportFormats = ['text', 'markdown', 'json', 'githubactions'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/** The report in pieces, in order: a change (or a line) at a time. */
export function reportChunks(format: ReportFormat, view: ReportView, options: { colour: boolean } = { colour: false }): Iterable<string> {
  switch (format) {
    case 'text':
      return textChunks(view, options.colour);
    case 'markdown':
      return markdownChunks(view);
    case 'json':
      return jsonChunks(view);
    case 'githubactions':
      return githubActionsChunks(view);
  }
}

export function formatReport(format: ReportFormat, view: ReportView, options: { colour: boolean } = { colour: false }): string {
  return [...reportChunks(format, view, options)].join('');
}

const writeBatch = 64 * 1024;

/** Writes the report as it is formatted, in batches of about 64 KB: never the whole text at once. */
export function writeReport(format: ReportFormat, view: ReportView, write: (text: string) => void, options: { colour: boolean } = { colour: false }): void {
  let pending = '';
  for (const chunk of reportChunks(format, view, options)) {
    pending += chunk;
    if (pending.length >= writeBatch) {
      write(pending);
      pending = '';
    }
  }
  if (pending !== '') write(pending);
}

export { gateFails, type ReportView, type SideLabel } from './report-view.js';
export { diffReportJsonSchema } from './json-report-schema.js';
