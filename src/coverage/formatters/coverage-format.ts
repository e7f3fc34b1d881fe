import { formatCoverageHtml } from './coverage-format-html.js';
import { formatCoverageJson } from './coverage-format-json.js';
import { formatCoverageMarkdown } from './coverage-format-markdown.js';
import { formatCoverageText } from './coverage-format-text.js';
import type { CoverageReport } from '../coverage-report.js';

export const coverageFormatters = {
  text: formatCoverageText,
  markdown: formatCoverageMarkdown,
  json: formatCoverageJson,
  html: formatCoverageHtml,
} as const satisfies Record<string, (report: CoverageReport) => string>;

export type CoverageFormat = keyof typeof coverageFormatters;

export const coverageFormats = Object.keys(coverageFormatters) as CoverageFormat[];

export function isCoverageFormat(value: unknown): value is CoverageFormat {
  return typeof value === 'string' && Object.hasOwn(coverageFormatters, value);
}

export function formatCoverage(report: CoverageReport, format: CoverageFormat): string {
  return coverageFormatters[format](report);
}
