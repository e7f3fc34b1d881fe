import { formatRegistry } from '../../reports/index.js';
import { formatCoverageHtml } from './coverage-format-html.js';
import { formatCoverageJson } from './coverage-format-json.js';
import { formatCoverageMarkdown } from './coverage-format-markdown.js';
import { formatCoverageText } from './coverage-format-text.js';
import type { CoverageReport } from '../coverage-report.js';

/** Terminal, job summary, machines, and a matrix of shapes x consumers for a browser. */
export const coverageFormatRegistry = formatRegistry<'text' | 'markdown' | 'json' | 'html', (report: CoverageReport) => string>({
  text: formatCoverageText,
  markdown: formatCoverageMarkdown,
  json: formatCoverageJson,
  html: formatCoverageHtml,
});
export const coverageFormats = coverageFormatRegistry.names;
export type CoverageFormat = (typeof coverageFormats)[number];
export const isCoverageFormat = coverageFormatRegistry.has;

export function formatCoverage(report: CoverageReport, format: CoverageFormat): string {
  return coverageFormatRegistry.formatter(format)(report);
}
