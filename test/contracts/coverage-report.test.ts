import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCoverage } from '../../src/contracts/coverage-format.js';
import { documentedItems } from '../../src/contracts/coverage-model.js';
import { coverageReport, type CoverageReport } from '../../src/contracts/coverage-report.js';
import { parsePact, readPactFile } from '../../src/contracts/pact-file.js';
import { committedPactFiles } from './support/committed-pacts.js';

const uncovered = (report: CoverageReport) => report.rows.filter((row) => row.exercisedBy.length === 0).map((row) => `${row.operation} ${row.id}`);

describe('documented shapes', () => {
  it('lists, per operation, each success variant, each error and each request variant the spec documents', () => {
    const ids = documentedItems().map((item) => `${item.operation} ${item.kind} ${item.id}`);
    const get = 'GetRuntimeManagementConfig';
    const put = 'PutRuntimeManagementConfig';
    const forms = ['FunctionName as name', 'FunctionName as full ARN', 'FunctionName as partial ARN', 'FunctionName as name with qualifier', 'Qualifier given', 'Qualifier absent'];
    expect(ids).toEqual([
      ...['200 Auto', '200 FunctionUpdate', '200 Manual', '200 LatestPublished'].map((id) => `${get} response ${id}`),
      ...['400 ValidationException', '400 InvalidParameterValueException', '404 ResourceNotFoundException', '429 TooManyRequestsException', '500 ServiceException'].map(
        (id) => `${get} response ${id}`,
      ),
      ...forms.map((id) => `${get} request ${id}`),
      ...['200 Auto', '200 FunctionUpdate', '200 Manual', '200 QualifiedVersion'].map((id) => `${put} response ${id}`),
      ...['400 ValidationException', '400 InvalidParameterValueException', '404 ResourceNotFoundException', '409 ResourceConflictException', '429 TooManyRequestsException', '500 ServiceException'].map(
        (id) => `${put} response ${id}`,
      ),
      ...forms.map((id) => `${put} request ${id}`),
      ...['UpdateRuntimeOn=Auto', 'UpdateRuntimeOn=Manual', 'UpdateRuntimeOn=FunctionUpdate'].map((id) => `${put} request ${id}`),
    ]);
  });
});

describe('coverageReport', () => {
  it('finds every documented shape exercised by the committed contracts', () => {
    const report = coverageReport(committedPactFiles().map(readPactFile));
    expect(uncovered(report)).toEqual([]);
    expect(report).toMatchObject({ covered: 34, total: 34, percent: 100, otherInteractions: 0 });
    expect(report.consumers).toEqual(['lambda-rmc-aws-sdk-consumer', 'lambda-rmc-client-consumer']);
  });

  // Each case drops the interactions of some catalog entries from one committed pact.
  const cases: Array<[string, { given: string[]; want: string[] }]> = [
    ['without the 409 interaction, Put lacks its ResourceConflictException', { given: ['Put: while an update of the function is in progress'], want: ['PutRuntimeManagementConfig 409 ResourceConflictException'] }],
    [
      'without the Qualifier interactions, the qualified success variants and "Qualifier given" go',
      {
        given: ['Get: with $LATEST.PUBLISHED as Qualifier', 'Get: with a Qualifier that breaks the pattern', 'Get: by name with a version suffix that differs from Qualifier'],
        want: [
          'GetRuntimeManagementConfig 200 LatestPublished',
          'GetRuntimeManagementConfig 400 ValidationException',
          'GetRuntimeManagementConfig 400 InvalidParameterValueException',
          'GetRuntimeManagementConfig FunctionName as name with qualifier',
          'GetRuntimeManagementConfig Qualifier given',
        ],
      },
    ],
    ['without the Manual Put, neither its mode nor its success variant is exercised', { given: ['Put: UpdateRuntimeOn Manual with a runtime version by function name'], want: ['PutRuntimeManagementConfig 200 Manual'] }],
  ];

  it.each(cases)('%s', (_name, { given, want }) => {
    const [file] = committedPactFiles();
    const document = JSON.parse(readFileSync(file!, 'utf8')) as { interactions: Array<{ description: string }> };
    document.interactions = document.interactions.filter((interaction) => !given.includes(interaction.description));
    expect(uncovered(coverageReport([parsePact(document, 'partial.json')]))).toEqual(want);
  });

  it('reads Pact specification 2 files, infers an error from its body, and leaves other APIs out', () => {
    const report = coverageReport([readPactFile(resolve('test/fixtures/contracts/legacy-v2.json'))]);
    const covered = report.rows.filter((row) => row.exercisedBy.length > 0).map((row) => `${row.operation} ${row.id}`);
    expect(covered).toEqual([
      'GetRuntimeManagementConfig 404 ResourceNotFoundException',
      'GetRuntimeManagementConfig FunctionName as name',
      'GetRuntimeManagementConfig Qualifier given',
      'GetRuntimeManagementConfig Qualifier absent',
      'PutRuntimeManagementConfig 200 FunctionUpdate',
      'PutRuntimeManagementConfig FunctionName as full ARN',
      'PutRuntimeManagementConfig Qualifier absent',
      'PutRuntimeManagementConfig UpdateRuntimeOn=FunctionUpdate',
    ]);
    // The Get answering Manual for version 1 is no documented Get example, so no success variant
    // counts it; the call to another API is left out altogether.
    expect(report.otherInteractions).toBe(1);
    expect(report.percent).toBe(23.5);
  });
});

describe('formatCoverage', () => {
  const report = coverageReport([readPactFile(resolve('test/fixtures/contracts/legacy-v2.json'))]);
  const cases: Array<[string, { given: Parameters<typeof formatCoverage>[1]; want: (output: string) => void }]> = [
    [
      'text marks each shape',
      {
        given: 'text',
        want: (output) => {
          expect(output).toMatch(/^Contract coverage: 8\/34 documented shapes \(23\.5%\) from 1 pact file \(consumers: legacy-consumer\)$/m);
          expect(output).toMatch(/^ {4}\[x\] 404 ResourceNotFoundException +error ResourceNotFoundException \(HTTP 404\) +\(1 interaction\)$/m);
          expect(output).toMatch(/^ {4}\[ \] 409 ResourceConflictException +/m);
        },
      },
    ],
    [
      'markdown has a table per operation',
      {
        given: 'markdown',
        want: (output) => {
          expect(output).toContain('### PutRuntimeManagementConfig (4/19)');
          expect(output).toContain('| ✅ | response | `200 FunctionUpdate` |');
          expect(output).toContain('| ❌ | response | `409 ResourceConflictException` |');
        },
      },
    ],
    [
      'json is the report itself',
      { given: 'json', want: (output) => expect(JSON.parse(output)).toEqual(JSON.parse(JSON.stringify(report))) },
    ],
    [
      'html is a self-contained matrix, text escaped',
      {
        given: 'html',
        want: (output) => {
          expect(output).toMatch(/^<!doctype html>/);
          expect(output).toContain('<th>legacy-consumer</th>');
          expect(output).toContain('<td class="miss">✗</td>');
          expect(output).not.toMatch(/<script|https?:\/\//);
        },
      },
    ],
  ];

  it.each(cases)('%s', (_name, { given, want }) => {
    want(formatCoverage(report, given));
  });
});
