// The terminal format: one line per problem (level, file:line, interaction, field: problem), then a
// summary. Colour only when asked (a TTY without NO_COLOR), as the diff gate does.
import { styleText } from 'node:util';
import { oneLine, plural } from '../../spec/report-markup.js';
import { verifyFails, type VerifyLevel, type VerifyReport } from '../verify-report.js';
import { located, verdictLine } from './verify-format-view.js';

type Style = Parameters<typeof styleText>[0];
const levelStyle: Record<VerifyLevel, Style> = { ERR: ['red', 'bold'], WARN: 'yellow' };

export function formatVerifyText(report: VerifyReport, failOn: VerifyLevel, colour = false): string {
  const paint = (style: Style, text: string) => (colour ? styleText(style, text, { validateStream: false }) : text);
  const lines: string[] = [];
  for (const verdict of report.interactions) {
    for (const problem of verdict.problems) {
      // Every value from the pact kept on this one line: a description or path holding a line break must not start a line of its own.
      lines.push(`${paint(levelStyle[problem.level], problem.level.padEnd(4))} ${oneLine(located(verdict))} "${oneLine(verdict.description)}": ${oneLine(problem.field)}: ${oneLine(problem.problem)}`);
    }
  }
  if (lines.length > 0) lines.push('');
  const verdict = verifyFails(report, failOn) ? paint(levelStyle.ERR, 'fails') : 'passes';
  lines.push(`lambda-rmc verify: ${verdictLine(report)}; ${verdict} (--fail-on ${failOn}, ${plural(report.files.length, 'pact file')})`);
  return `${lines.join('\n')}\n`;
}
