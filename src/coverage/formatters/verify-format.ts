import { formatRegistry, type FormatOptions } from '../../reports/index.js';
import { formatVerifyGithubActions } from './verify-format-githubactions.js';
import { formatVerifyJson } from './verify-format-json.js';
import { formatVerifyMarkdown } from './verify-format-markdown.js';
import { formatVerifyText } from './verify-format-text.js';
import type { VerifyLevel, VerifyReport } from '../verify-report.js';

/** Verify's four formats, for the diff gate's uses: terminal, job summary, machines, annotations. */
export const verifyFormatRegistry = formatRegistry<'text' | 'markdown' | 'json' | 'githubactions', (report: VerifyReport, failOn: VerifyLevel, options: FormatOptions) => string>({
  text: (report, failOn, options) => formatVerifyText(report, failOn, options.colour),
  markdown: formatVerifyMarkdown,
  json: formatVerifyJson,
  githubactions: formatVerifyGithubActions,
});
export const verifyFormats = verifyFormatRegistry.names;
export type VerifyFormat = (typeof verifyFormats)[number];
export const isVerifyFormat = verifyFormatRegistry.has;

export function formatVerify(report: VerifyReport, format: VerifyFormat, failOn: VerifyLevel, options: FormatOptions = { colour: false }): string {
  return verifyFormatRegistry.formatter(format)(report, failOn, options);
}
