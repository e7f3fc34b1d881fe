// The pull-request comment / job summary format: a verdict line, a table of changes, the contracts.
import type { Level } from '../diff-report.js';
import { markdownCell as cell, markdownCode as code } from '../../spec/report-markup.js';
import { gateFails, operationText, plural, type ReportView } from './report-view.js';

const levelBadge: Record<Level, string> = { ERR: '🔴 ERR', WARN: '🟠 WARN', INFO: '🔵 INFO' };

export function formatMarkdown(view: ReportView): string {
  const { report } = view;
  const { ERR, WARN, INFO } = report.summary;
  const title = gateFails(view)
    ? `## ❌ Spec diff: ${plural(ERR, 'breaking change')}${view.contracts?.impacted.length ? `, ${plural(view.contracts.impacted.length, 'broken contract')}` : ''}`
    : '## ✅ Spec diff: no breaking change';
  const lines = [
    title,
    '',
    `${code(view.base.label)} → ${code(view.head.label)} · **${ERR} ERR** · ${WARN} WARN · ${INFO} INFO · the gate fails on ${view.failOn} and above`,
    '',
  ];
  if (report.changes.length === 0) lines.push('No changes a consumer could notice.', '');
  else {
    lines.push('| Level | Rule | Operation | Change |', '|---|---|---|---|');
    for (const change of report.changes) {
      const line = change.head?.line === undefined ? '' : ` (${code(`${view.head.file}:${change.head.line}`)})`;
      lines.push(`| ${levelBadge[change.level]} | ${code(change.id)} | ${code(operationText(change))} | ${cell(change.message)}${line} |`);
    }
    lines.push('');
  }
  if (view.contracts) {
    const { impacted, checked, directory } = view.contracts;
    lines.push(`### Contracts (${code(directory)})`, '');
    if (impacted.length === 0) lines.push(`All ${plural(checked, 'interaction')} are still accepted by the head spec.`, '');
    else {
      lines.push(`${impacted.length} of ${plural(checked, 'interaction')} are no longer accepted by the head spec:`, '');
      lines.push('| Pact file | Interaction | Why |', '|---|---|---|');
      for (const interaction of impacted) {
        const file = interaction.line === undefined ? interaction.file : `${interaction.file}:${interaction.line}`;
        lines.push(`| ${code(file)} | ${cell(interaction.description)} | ${cell(interaction.problems.join('; '))} |`);
      }
      lines.push('');
    }
  }
  return `${lines.join('\n')}`;
}
