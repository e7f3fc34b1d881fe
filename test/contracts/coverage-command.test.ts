// `lambda-rmc coverage`, run in-process through the CLI's main() with buffered output.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { runCli } from '../support/run-cli.js';

const emptyDir = mkdtempSync(join(tmpdir(), 'lambda-rmc-coverage-'));
afterAll(() => rmSync(emptyDir, { recursive: true, force: true }));

const run = (args: string[], cwd = process.cwd()) => runCli(['coverage', ...args], { cwd });

const legacy = 'test/fixtures/contracts/legacy-v2.json';

describe('lambda-rmc coverage', () => {
  const cases: Array<[string, { given: string[]; want: { code: number; stdout?: RegExp; stderr: RegExp | '' } }]> = [
    ['our contracts reach 100%', { given: ['contracts'], want: { code: 0, stdout: /^Contract coverage: 34\/34 documented shapes \(100%\) from 2 pact files/, stderr: '' } }],
    ['markdown on request', { given: ['contracts', '--format', 'markdown'], want: { code: 0, stdout: /^\*\*Contract coverage: 34\/34/, stderr: '' } }],
    ['json on request', { given: ['contracts', '--format', 'json'], want: { code: 0, stdout: /^\{\n {2}"files": \[\n {4}"contracts\/lambda-rmc-aws-sdk-consumer-lambda-runtime-management.json"/, stderr: '' } }],
    ['an html matrix on request', { given: ['contracts', '--format=html'], want: { code: 0, stdout: /^<!doctype html>/, stderr: '' } }],
    [
      'below --min: the report, then one line on stderr, exit 1',
      { given: [legacy], want: { code: 1, stdout: /^Contract coverage: 8\/34/, stderr: /^lambda-rmc coverage: 23\.5% of the documented shapes are exercised, below --min 100; 1 interaction fails lambda-rmc verify and counts toward no shape\n$/ } },
    ],
    ['at or above --min but an interaction fails verify: listed, exit 1', { given: [legacy, '--min', '20'], want: { code: 1, stdout: /^Contract coverage: 8\/34[^]*Not counted: these interactions fail lambda-rmc verify:\n {2}test\/fixtures\/contracts\/legacy-v2\.json "a call to another API": request: GET \/2015-03-31\/functions\/my-function is no operation of the spec/, stderr: /^lambda-rmc coverage: 1 interaction fails lambda-rmc verify and counts toward no shape\n$/ } }],
    ['at or above --min: exit 0', { given: ['contracts', '--min', '20'], want: { code: 0, stdout: /^Contract coverage: 34\/34/, stderr: '' } }],
    ['a missing path', { given: ['no-such-dir'], want: { code: 2, stdout: /^$/, stderr: /^lambda-rmc coverage: no-such-dir: no such file or directory\n$/ } }],
    [
      'a file that is not JSON',
      { given: ['test/fixtures/contracts/not-json.json'], want: { code: 2, stdout: /^$/, stderr: /^lambda-rmc coverage: test\/fixtures\/contracts\/not-json\.json: invalid JSON: [^\n]+\n$/ } },
    ],
    [
      'JSON that is not a pact',
      {
        given: ['test/fixtures/contracts/not-a-pact.json'],
        want: { code: 2, stdout: /^$/, stderr: /^lambda-rmc coverage: test\/fixtures\/contracts\/not-a-pact\.json: not a Pact file: field 'interactions' is missing or not an array\n$/ },
      },
    ],
    ['a directory without pact files', { given: [emptyDir], want: { code: 2, stdout: /^$/, stderr: /: directory holds no \*\.json pact files\n$/ } }],
    [
      '--operation scopes the counted shapes to the operations named',
      { given: [legacy, '--operation', 'PutRuntimeManagementConfig'], want: { code: 1, stdout: /^Contract coverage: \d+\/\d+ documented shapes/, stderr: /below --min 100; 1 interaction fails lambda-rmc verify and counts toward no shape\n$/ } },
    ],
    ['an unknown --operation', { given: ['contracts', '--operation', 'Put'], want: { code: 2, stdout: /^$/, stderr: /^lambda-rmc coverage: --operation must be one of GetRuntimeManagementConfig, PutRuntimeManagementConfig, got 'Put'\n$/ } }],
    ['an unknown format', { given: ['--format', 'xml'], want: { code: 2, stdout: /^$/, stderr: /^lambda-rmc coverage: --format must be one of text, markdown, json, html, got 'xml'\n$/ } }],
    ['a --min that is no percentage', { given: ['--min', 'all'], want: { code: 2, stdout: /^$/, stderr: /^lambda-rmc coverage: --min must be a percentage from 0 to 100, got 'all'\n$/ } }],
    ['an unknown option', { given: ['--minimum', '90'], want: { code: 2, stdout: /^$/, stderr: /^lambda-rmc coverage: Unknown option '--minimum'/ } }],
  ];

  it.each(cases)('%s', async (_name, { given, want }) => {
    const result = await run(given);
    expect(result.code).toBe(want.code);
    if (want.stdout) expect(result.stdout).toMatch(want.stdout);
    if (want.stderr === '') expect(result.stderr).toBe('');
    else expect(result.stderr).toMatch(want.stderr);
    expect(result.stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(1);
  });

  it('reads pacts/ when no path is given, as a consumer project has them, and says so', async () => {
    const project = mkdtempSync(join(tmpdir(), 'lambda-rmc-coverage-project-'));
    try {
      mkdirSync(join(project, 'pacts'));
      cpSync('contracts/lambda-rmc-aws-sdk-consumer-lambda-runtime-management.json', join(project, 'pacts', 'consumer.json'));
      const result = await run([], project);
      expect(result).toMatchObject({ code: 0, stderr: 'lambda-rmc coverage: reading pacts/ (the default; name pact files or directories to read others)\n' });
      expect(result.stdout).toMatch(/^Contract coverage: 34\/34 documented shapes \(100%\) from 1 pact file \(consumers: lambda-rmc-aws-sdk-consumer\)/);
      const none = await run([], emptyDir);
      expect(none.code).toBe(2);
      expect(none.stderr).toMatch(/^lambda-rmc coverage: reading pacts\/ [^\n]+\nlambda-rmc coverage: pacts: no such file or directory\n$/);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('scopes --operation to exactly the shapes of the operations named, --min applying to them', async () => {
    const put = await run(['contracts', '--operation', 'PutRuntimeManagementConfig', '--format', 'json']);
    const both = await run(['contracts', '--operation', 'GetRuntimeManagementConfig', '--operation', 'PutRuntimeManagementConfig', '--format', 'json']);
    const all = await run(['contracts', '--format', 'json']);
    const rows = (output: string) => (JSON.parse(output) as { rows: Array<{ operation: string; id: string }> }).rows;
    expect(new Set(rows(put.stdout).map((row) => row.operation))).toEqual(new Set(['PutRuntimeManagementConfig']));
    expect(rows(put.stdout)).toEqual(rows(all.stdout).filter((row) => row.operation === 'PutRuntimeManagementConfig'));
    expect(rows(both.stdout)).toEqual(rows(all.stdout));
  });

  it('is listed by lambda-rmc --help', async () => {
    let stdout = '';
    await main(['--help'], { stdout: (text) => void (stdout += text), stderr: () => undefined, isTty: false, cwd: process.cwd(), stopSignal: new Promise(() => undefined) });
    expect(stdout).toMatch(/^ {2}coverage +Which documented shapes the pacts exercise/m);
  });
});
