// The terminal format: one block per difference (kind, message, model path, spec line, what it affects), then the verdict.
import { styleText } from 'node:util';
import { oneLine } from '../../spec/index.js';
import type { DriftReport } from '../drift-report.js';
import { specPlace, verdictText } from './summary-line.js';

export function formatText(report: DriftReport, colour: boolean): string {
  const paint = (style: Parameters<typeof styleText>[0], text: string) => (colour ? styleText(style, text, { validateStream: false }) : text);
  // Names from the model file are kept on their line (oneLine): one holding a line break must not start a line of its own.
  const lines = [`lambda-rmc drift: ${oneLine(report.model.file)} (${report.model.format}) against ${oneLine(report.spec.file)}`, ''];
  for (const difference of report.differences) {
    lines.push(`${paint(['red', 'bold'], 'DRIFT')} ${paint('bold', difference.kind)}  ${oneLine(difference.message)}`);
    lines.push(`      model: ${oneLine(difference.model.path)}`);
    lines.push(`      spec:  ${oneLine(specPlace(report, difference.spec))}`);
    lines.push(`      affects: ${oneLine(difference.subjects.join(', '))}`);
  }
  if (report.differences.length > 0) lines.push('');
  lines.push(report.differences.length === 0 ? verdictText(report) : paint(['red', 'bold'], verdictText(report)));
  return `${lines.join('\n')}\n`;
}
