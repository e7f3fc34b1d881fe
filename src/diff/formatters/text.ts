// The terminal format: one block per change, most severe first, then the contracts and a summary.
// Colour only when asked (the CLI asks when stdout is a TTY and NO_COLOR is unset); styleText is told
// not to second-guess that from process.stdout, which is not where a test's output goes.
import { styleText } from 'node:util';
import type { Level } from '../diff-report.js';
import { gateFails, operationText, plural, type ReportView } from './report-view.js';

type Style = Parameters<typeof styleText>[0];
const levelStyle: Record<Level, Style> = { ERR: ['red', 'bold'], WARN: 'yellow', INFO: 'cyan' };

export function formatText(view: ReportView, colour: boolean): string {
  const paint = (style: Style, text: string) => (colour ? styleText(style, text, { validateStream: false }) : text);
  const { report } = view;
  const lines = [`lambda-rmc diff: ${view.base.label} -> ${view.head.label}`, ''];
  if (report.changes.length === 0) lines.push('No changes a consumer could notice.', '');
  for (const change of report.changes) {
    const where = change.head?.line !== undefined ? ` (${view.head.file}:${change.head.line})` : change.base?.line !== undefined ? ` (${view.base.file}:${change.base.line}, base)` : '';
    lines.push(`${paint(levelStyle[change.level], change.level.padEnd(4))} ${paint('bold', change.id)}  ${operationText(change)}`);
    lines.push(`     ${change.message}${paint('dim', where)}`);
  }
  if (view.contracts) {
    const { impacted, checked, directory } = view.contracts;
    if (report.changes.length > 0) lines.push('');
    lines.push(`Contracts in ${directory}: ${impacted.length} of ${plural(checked, 'interaction')} no longer accepted by the head spec.`);
    for (const interaction of impacted) {
      lines.push(`${paint(levelStyle.ERR, 'ERR ')} ${interaction.file}${interaction.line === undefined ? '' : `:${interaction.line}`} "${interaction.description}"`);
      for (const problem of interaction.problems) lines.push(`     ${problem}`);
    }
  }
  const { ERR, WARN, INFO } = report.summary;
  const verdict = gateFails(view) ? paint(levelStyle.ERR, `fails the gate (--fail-on ${view.failOn})`) : `passes the gate (--fail-on ${view.failOn})`;
  lines.push('', `${plural(report.changes.length, 'change')}: ${ERR} ERR, ${WARN} WARN, ${INFO} INFO; ${verdict}`);
  return `${lines.join('\n')}\n`;
}
