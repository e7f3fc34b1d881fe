// GitHub Actions workflow commands: one annotation per change (error/warning/notice by level) on the
// head spec's line, one error per pact interaction the head spec no longer accepts.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import type { Level } from '../diff-report.js';
import { annotation } from '../../spec/report-markup.js';
import { gateFails, operationText, type ReportView } from './report-view.js';

const command: Record<Level, 'error' | 'warning' | 'notice'> = { ERR: 'error', WARN: 'warning', INFO: 'notice' };

export function formatGithubActions(view: ReportView): string {
  return [...githubActionsChunks(view)].join('');
}

/** One annotation (and its newline) at a time. */
export function* githubActionsChunks(view: ReportView): Generator<string> {
  for (const change of view.report.changes) {
    const operation = operationText(change);
    const located = change.head?.line !== undefined;
    yield `${annotation(
      command[change.level],
      { file: located ? view.head.file : undefined, line: change.head?.line, title: `${change.level} ${change.id}` },
      `${operation === '' ? '' : `${operation}: `}${change.message}`,
    )}\n`;
  }
  for (const interaction of view.contracts?.impacted ?? []) {
    yield `${annotation(
      'error',
      { file: interaction.file, line: interaction.line, title: 'contract no longer accepted' },
      `"${interaction.description}": ${interaction.problems.join('; ')}`,
    )}\n`;
  }
  const { ERR, WARN, INFO } = view.report.summary;
  const verdict = gateFails(view) ? `fails the gate (--fail-on ${view.failOn})` : `passes the gate (--fail-on ${view.failOn})`;
  yield `${annotation('notice', { title: 'spec diff' }, `${view.base.label} -> ${view.head.label}: ${ERR} ERR, ${WARN} WARN, ${INFO} INFO; ${verdict}`)}\n`;
}
