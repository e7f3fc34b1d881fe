// The machine format; its shape is diffReportJsonSchema (json-report-schema.ts), version 1. One
// document, written member by member and change by change: the same bytes as JSON.stringify(document,
// null, 2) without holding the whole text.
import { gateFails, type ReportView } from './report-view.js';

export const jsonReportVersion = 1;

export function formatJson(view: ReportView): string {
  return [...jsonChunks(view)].join('');
}

/** `value` as JSON.stringify(value, null, 2) writes it `depth` levels deep. */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);
}

export function* jsonChunks(view: ReportView): Generator<string> {
  const head: Array<[string, unknown]> = [
    ['version', jsonReportVersion],
    ['base', view.base],
    ['head', view.head],
    ['failOn', view.failOn],
    ['failed', gateFails(view)],
    ['summary', view.report.summary],
  ];
  yield `{\n${head.map(([key, value]) => `  ${JSON.stringify(key)}: ${nested(value, 1)},\n`).join('')}`;
  const { changes } = view.report;
  if (changes.length === 0) yield '  "changes": []';
  else {
    yield '  "changes": [';
    for (const [index, change] of changes.entries()) yield `${index === 0 ? '' : ','}\n    ${nested(change, 2)}`;
    yield '\n  ]';
  }
  if (view.contracts) yield `,\n  "contracts": ${nested(view.contracts, 1)}`;
  yield '\n}\n';
}
