// The pull-request comment / job summary format: a verdict line, a table of changes, the contracts,
// yielded a line at a time (each but the first after its line break) so the CLI writes it as it goes.
import type { Level } from '../diff-report.js';
import { markdownCell as cell, markdownCode as code } from '../../spec/report-markup.js';
import { gateFails, operationText, plural, type ReportView } from './report-view.js';

const levelBadge: Record<Level, string> = { ERR: '🔴 ERR', WARN: '🟠 WARN', INFO: '🔵 INFO' };

export function formatMarkdown(view: ReportView): string {
  return [...markdownChunks(view)].join('');
}

export function* markdownChunks(view: ReportView): Generator<string> {
  const { report } = view;
  const { ERR, WARN, INFO } = report.summary;
  const title = gateFails(view)
    ? `## ❌ Spec diff: ${plural(ERR, 'breaking change')}${view.contracts?.impacted.length ? `, ${plural(view.contracts.impacted.length, 'broken contract')}` : ''}`
    : '## ✅ Spec diff: no breaking change';
  yield title;
  const line = (text: string) => `\n${text}`;
  yield line('');
  yield line(`${code(view.base.label)} → ${code(view.head.label)} · **${ERR} ERR** · ${WARN} WARN · ${INFO} INFO · the gate fails on ${view.failOn} and above`);
  yield line('');
  if (report.changes.length === 0) yield line('No changes a consumer could notice.') + line('');
  else {
    yield line('| Level | Rule | Operation | Change |') + line('|---|---|---|---|');
    for (const change of report.changes) {
      const where = change.head?.line === undefined ? '' : ` (${code(`${view.head.file}:${change.head.line}`)})`;
      yield line(`| ${levelBadge[change.level]} | ${code(change.id)} | ${code(operationText(change))} | ${cell(change.message)}${where} |`);
    }
    yield line('');
  }
  if (view.contracts) {
    const { impacted, checked, directory } = view.contracts;
    yield line(`### Contracts (${code(directory)})`) + line('');
    if (impacted.length === 0) yield line(`All ${plural(checked, 'interaction')} are still accepted by the head spec.`) + line('');
    else {
      yield line(`${impacted.length} of ${plural(checked, 'interaction')} are no longer accepted by the head spec:`) + line('');
      yield line('| Pact file | Interaction | Why |') + line('|---|---|---|');
      for (const interaction of impacted) {
        const file = interaction.line === undefined ? interaction.file : `${interaction.file}:${interaction.line}`;
        yield line(`| ${code(file)} | ${cell(interaction.description)} | ${cell(interaction.problems.join('; '))} |`);
      }
      yield line('');
    }
  }
}
