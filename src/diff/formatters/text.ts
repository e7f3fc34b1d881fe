// The terminal format: one block per change, most severe first, then the contracts and a summary,
// yielded line by line so the CLI writes it as it goes.
// Colour only when asked (the CLI asks when stdout is a TTY and NO_COLOR is unset); styleText is told
// not to second-guess that from process.stdout, which is not where a test's output goes.
import { styleText } from 'node:util';
import { oneLine } from '../../spec/report-markup.js';
import type { Level } from '../diff-report.js';
import { gateFails, operationText, plural, type ReportView } from './report-view.js';

type Style = Parameters<typeof styleText>[0];
const levelStyle: Record<Level, Style> = { ERR: ['red', 'bold'], WARN: 'yellow', INFO: 'cyan' };

export function formatText(view: ReportView, colour: boolean): string {
  return [...textChunks(view, colour)].join('');
}

export function* textChunks(view: ReportView, colour: boolean): Generator<string> {
  const paint = (style: Style, text: string) => (colour ? styleText(style, text, { validateStream: false }) : text);
  const { report } = view;
  // Every value from a spec or pact is kept on its line (oneLine): a key or description holding a line
  // break must not start a line of its own, which a CI runner would read as a workflow command.
  yield `lambda-rmc diff: ${oneLine(view.base.label)} -> ${oneLine(view.head.label)}\n\n`;
  if (report.changes.length === 0) yield 'No changes a consumer could notice.\n\n';
  for (const change of report.changes) {
    const where =
      change.head?.line !== undefined
        ? ` (${oneLine(view.head.file)}:${change.head.line})`
        : change.base?.line !== undefined
          ? ` (${oneLine(view.base.file)}:${change.base.line}, base)`
          : '';
    yield `${paint(levelStyle[change.level], change.level.padEnd(4))} ${paint('bold', change.id)}  ${oneLine(operationText(change))}\n     ${oneLine(change.message)}${paint('dim', where)}\n`;
  }
  if (view.contracts) {
    const { impacted, checked, directory } = view.contracts;
    if (report.changes.length > 0) yield '\n';
    yield `Contracts in ${oneLine(directory)}: ${impacted.length} of ${plural(checked, 'interaction')} no longer accepted by the head spec.\n`;
    for (const interaction of impacted) {
      yield `${paint(levelStyle.ERR, 'ERR ')} ${oneLine(interaction.file)}${interaction.line === undefined ? '' : `:${interaction.line}`} "${oneLine(interaction.description)}"\n`;
      for (const problem of interaction.problems) yield `     ${oneLine(problem)}\n`;
    }
  }
  const { ERR, WARN, INFO } = report.summary;
  const verdict = gateFails(view) ? paint(levelStyle.ERR, `fails the gate (--fail-on ${view.failOn})`) : `passes the gate (--fail-on ${view.failOn})`;
  yield `\n${plural(report.changes.length, 'change')}: ${ERR} ERR, ${WARN} WARN, ${INFO} INFO; ${verdict}\n`;
}
