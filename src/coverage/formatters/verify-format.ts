import { formatVerifyGithubActions } from './verify-format-githubactions.js';
import { formatVerifyJson } from './verify-format-json.js';
import { formatVerifyMarkdown } from './verify-format-markdown.js';
import { formatVerifyText } from './verify-format-text.js';
import type { VerifyLevel, VerifyReport } from '../verify-report.js';

/** The diff gate's four formats. */
export const verifyFormats = ['text', 'markdown', 'json', 'githubactions'] as const;
export type VerifyFormat = (typeof verifyFormats)[number];

export function isVerifyFormat(value: unknown): value is VerifyFormat {
  return typeof value === 'string' && (verifyFormats as readonly string[]).includes(value);
}

export function formatVerify(report: VerifyReport, format: VerifyFormat, failOn: VerifyLevel, options: { colour: boolean } = { colour: false }): string {
  switch (format) {
    case 'text':
      return formatVerifyText(report, failOn, options.colour);
    case 'markdown':
      return formatVerifyMarkdown(report, failOn);
    case 'json':
      return formatVerifyJson(report, failOn);
    case 'githubactions':
      return formatVerifyGithubActions(report, failOn);
  }
}
