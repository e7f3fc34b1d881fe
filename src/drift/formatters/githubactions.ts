// GitHub Actions workflow commands: one ::error per difference on the spec's line, then the verdict.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import type { DriftReport } from '../drift-report.js';
import { verdictText } from './summary-line.js';

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(kind: 'error' | 'notice', properties: Record<string, string | number | undefined>, message: string): string {
  const list = Object.entries(properties)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${kind}${list === '' ? '' : ` ${list}`}::${escapeData(message)}`;
}

export function formatGithubActions(report: DriftReport): string {
  const lines = report.differences.map((difference) =>
    annotation(
      'error',
      { file: difference.spec.line === undefined ? undefined : report.spec.file, line: difference.spec.line, title: `AWS model drift: ${difference.kind}` },
      `${difference.message} (model ${report.model.file} ${difference.model.path}; affects ${difference.subjects.join(', ')})`,
    ),
  );
  lines.push(
    annotation(
      report.differences.length === 0 ? 'notice' : 'error',
      { title: 'AWS model drift' },
      `${report.model.file} (${report.model.format}) against ${report.spec.file}: ${verdictText(report)}`,
    ),
  );
  return `${lines.join('\n')}\n`;
}
