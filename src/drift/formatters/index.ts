import { formatRegistry, type FormatOptions } from '../../reports/index.js';
import type { DriftReport } from '../drift-report.js';
import { formatGithubActions } from './githubactions.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatText } from './text.js';

/** The diff gate's four formats, for the same uses: terminal, job summary, machines, annotations. */
export const driftFormatRegistry = formatRegistry<'text' | 'markdown' | 'json' | 'githubactions', (report: DriftReport, options: FormatOptions) => string>({
  text: (report, options) => formatText(report, options.colour),
  markdown: formatMarkdown,
  json: formatJson,
  githubactions: formatGithubActions,
});
export const driftFormats = driftFormatRegistry.names;
export type DriftFormat = (typeof driftFormats)[number];

export function formatDriftReport(format: DriftFormat, report: DriftReport, options: FormatOptions = { colour: false }): string {
  return driftFormatRegistry.formatter(format)(report, options);
}

export { driftReportJsonSchema } from './json-report-schema.js';
