import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { verifyReportJsonSchema } from '../../src/coverage/formatters/verify-report-json-schema.js';
import { diffReportJsonSchema } from '../../src/diff/formatters/index.js';
import { driftReportJsonSchema } from '../../src/drift/formatters/index.js';
import { reportJsonSchema } from '../../src/reports/index.js';

describe('reportJsonSchema: the frame every report schema shares', () => {
  const schema = reportJsonSchema('example', ['count'], { count: { type: 'integer' } });

  it.each([
    ['a report of its version', { given: { version: 1, count: 2 }, want: true }],
    ['another version', { given: { version: 2, count: 2 }, want: false }],
    ['no version', { given: { count: 2 }, want: false }],
    ['a member it does not document', { given: { version: 1, count: 2, extra: true }, want: false }],
    ['a missing member', { given: { version: 1 }, want: false }],
  ])('judges %s', (_name, { given, want }) => {
    expect(new Ajv2020({ strict: true }).compile(schema)(given)).toBe(want);
  });

  it.each([
    ['diff', diffReportJsonSchema],
    ['drift', driftReportJsonSchema],
    ['verify', verifyReportJsonSchema],
  ] as const)('names the %s report in its id and title, version first', (report, given) => {
    expect(given).toMatchObject({
      $id: `https://github.com/lambda-rmc/lambda-rmc/${report}-report.v1.json`,
      title: `lambda-rmc ${report} report, version 1`,
      required: expect.arrayContaining(['version']),
    });
    expect(Object.keys(given.properties)[0]).toBe('version');
    expect(given.required[0]).toBe('version');
  });
});
