import { formatRegistry, type FormatOptions } from '../../reports/index.js';
import { githubActionsChunks } from './githubactions.js';
import { jsonChunks } from './json.js';
import { markdownChunks } from './markdown.js';
import { textChunks } from './text.js';
import type { ReportView } from './report-view.js';

/** The diff report's formats, each yielding the report in pieces, in order: a change (or a line) at a time. */
export const diffFormatRegistry = formatRegistry<
  'text' | 'markdown' | 'json' | 'githubactions',
  (view: ReportView, options: FormatOptions) => Iterable<string>
>({
  text: (view, options) => textChunks(view, options.colour),
  markdown: markdownChunks,
  json: jsonChunks,
  githubactions: githubActionsChunks,
});
export const reportFormats = diffFormatRegistry.names;
export type ReportFormat = (typeof reportFormats)[number];

export function reportChunks(format: ReportFormat, view: ReportView, options: FormatOptions = { colour: false }): Iterable<string> {
  return diffFormatRegistry.formatter(format)(view, options);
}

export function formatReport(format: ReportFormat, view: ReportView, options: FormatOptions = { colour: false }): string {
  return [...reportChunks(format, view, options)].join('');
}

const writeBatch = 64 * 1024;

/** Writes the report as it is formatted, in batches of about 64 KB: never the whole text at once. */
export function writeReport(format: ReportFormat, view: ReportView, write: (text: string) => void, options: FormatOptions = { colour: false }): void {
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
