// GitHub Actions workflow commands: one annotation per change (error/warning/notice by level) on the
// head spec's line, one error per pact interaction the head spec no longer accepts.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import type { Level } from '../diff-report.js';
import { gateFails, operationText, type ReportView } from './report-view.js';

const command: Record<Level, string> = { ERR: 'error', WARN: 'warning', INFO: 'notice' };

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(kind: string, properties: Record<string, string | number | undefined>, message: string): string {
  const list = Object.entries(properties)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${kind}${list === '' ? '' : ` ${list}`}::${escapeData(message)}`;
}

export function formatGithubActions(view: ReportView): string {
  const lines = view.report.changes.map((change) => {
    const operation = operationText(change);
    const located = change.head?.line !== undefined;
    return annotation(
      command[change.level],
      { file: located ? view.head.file : undefined, line: change.head?.line, title: `${change.level} ${change.id}` },
      `${operation === '' ? '' : `${operation}: `}${change.message}`,
    );
  });
  for (const interaction of view.contracts?.impacted ?? []) {
    lines.push(
      annotation(
        'error',
        { file: interaction.file, line: interaction.line, title: 'contract no longer accepted' },
        `"${interaction.description}": ${interaction.problems.join('; ')}`,
      ),
    );
  }
  const { ERR, WARN, INFO } = view.report.summary;
  const verdict = gateFails(view) ? `fails the gate (--fail-on ${view.failOn})` : `passes the gate (--fail-on ${view.failOn})`;
  lines.push(annotation('notice', { title: 'spec diff' }, `${view.base.label} -> ${view.head.label}: ${ERR} ERR, ${WARN} WARN, ${INFO} INFO; ${verdict}`));
  return `${lines.join('\n')}\n`;
}
