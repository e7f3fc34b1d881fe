import { describe, expect, it } from 'vitest';
import { formatReport, reportFormats, writeReport, type ReportView } from '../../src/diff/index.js';
import type { Change } from '../../src/diff/diff-report.js';

function viewWith(count: number, contracts: boolean): ReportView {
  const changes: Change[] = Array.from({ length: count }, (_, index) => ({
    id: 'request-parameter-removed',
    level: index % 2 === 0 ? 'ERR' : 'INFO',
    direction: 'request',
    operation: { method: 'PUT', path: `/items/${index}` },
    message: `query parameter 'p${index}' removed "quoted"\nsecond line`,
    head: { pointer: '/paths', line: index + 1 },
    from: { nested: [index, { deeper: true }] },
    to: null,
  }));
  const view: ReportView = {
    report: { changes, summary: { ERR: Math.ceil(count / 2), WARN: 0, INFO: Math.floor(count / 2) } },
    base: { label: 'base.yaml', file: 'base.yaml' },
    head: { label: 'head.yaml', file: 'head.yaml' },
    failOn: 'ERR',
  };
  if (contracts) view.contracts = { directory: 'pacts', checked: 2, impacted: [{ file: 'a.json', line: 4, description: 'put', problems: ['gone'] }] };
  return view;
}

describe('the report is written as it is formatted', () => {
  it.each(reportFormats)('%s: in several writes for a large report, the same bytes as formatReport', (format) => {
    const view = viewWith(3000, true);
    const writes: string[] = [];
    writeReport(format, view, (text) => void writes.push(text));
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.every((text) => text.length < 2 * 64 * 1024)).toBe(true);
    expect(writes.join('')).toBe(formatReport(format, view));
  });

  it.each([0, 1, 3])('json with %i changes is the document JSON.stringify writes', (count) => {
    for (const contracts of [false, true]) {
      const view = viewWith(count, contracts);
      const document = JSON.parse(formatReport('json', view)) as object;
      expect(formatReport('json', view)).toBe(`${JSON.stringify(document, null, 2)}\n`);
      expect(document).toMatchObject({ version: 1, failed: count > 0 || contracts, changes: view.report.changes });
    }
  });
});
