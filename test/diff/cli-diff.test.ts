// `lambda-rmc diff` through the CLI entry point, with buffers for its output.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { diffReportJsonSchema, formatReport, type ReportView } from '../../src/diff/index.js';
import { historicalSpecPath, specPath } from '../../src/spec/index.js';
import { mutated, type Mutation } from './spec-mutation.js';
import { runCli } from '../support/run-cli.js';

const pacts = 'test/fixtures/diff/pacts';
let work: string;

function specFile(name: string, mutation: Mutation): string {
  const file = join(work, name);
  writeFileSync(file, stringify(mutated(mutation)));
  return file;
}

const run = (args: string[], options: { cwd?: string; isTty?: boolean } = {}) => runCli(['diff', ...args], options);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'lambda-rmc-diff-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('lambda-rmc diff: exit status', () => {
  it('exits 0 when nothing changed', async () => {
    const result = await run([specPath, specPath]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('No changes a consumer could notice.');
  });

  it('exits 1 on a breaking change (the 2023 spec to the current one)', async () => {
    const result = await run([historicalSpecPath, specPath]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('ERR  request-parameter-pattern-tightened');
    expect(result.stdout).toContain('fails the gate (--fail-on ERR)');
  });

  const warnOnly = (): string => specFile('warn-only.yaml', (s) => s.paths['/2021-07-20/functions/{FunctionName}/runtime-management-config'].parameters.pop());
  const infoOnly = (): string => specFile('info-only.yaml', (s) => (s.components.schemas.NamespacedFunctionName.maxLength = 300));

  it.each([
    ['a WARN change passes at the default --fail-on ERR', { given: () => [warnOnly()], want: 0 }],
    ['a WARN change fails at --fail-on WARN', { given: () => [warnOnly(), '--fail-on', 'WARN'], want: 1 }],
    ['an INFO change passes at --fail-on WARN', { given: () => [infoOnly(), '--fail-on', 'warn'], want: 0 }],
    ['an INFO change fails at --fail-on INFO', { given: () => [infoOnly(), '--fail-on', 'INFO'], want: 1 }],
  ])('%s', async (_name, { given, want }) => {
    const [head = '', ...options] = given();
    expect((await run([specPath, head, ...options])).code).toBe(want);
  });

  it.each([
    ['a missing file', { given: () => ['no-such-spec.yaml', specPath], want: 'no-such-spec.yaml: no such file' }],
    [
      'invalid YAML',
      {
        given: () => [(writeFileSync(join(work, 'broken.yaml'), 'openapi: [3.1.0\n'), join(work, 'broken.yaml')), specPath],
        want: 'broken.yaml: invalid YAML',
      },
    ],
    [
      'a document that is not OpenAPI',
      { given: () => ['package.json', specPath], want: "package.json: not an OpenAPI 3.x document: field 'openapi' is missing or not 3.x" },
    ],
    [
      'a Swagger 2.0 document',
      {
        given: () => [
          (writeFileSync(
            join(work, 'swagger.json'),
            JSON.stringify({ swagger: '2.0', paths: { '/a': { get: { responses: { '200': { schema: { $ref: '#/definitions/error' } } } } } } }),
          ),
          join(work, 'swagger.json')),
          specPath,
        ],
        want: "swagger.json: not an OpenAPI 3.x document: it is Swagger 2.0 (field 'swagger')",
      },
    ],
    [
      'JSON with a syntax error',
      {
        given: () => [(writeFileSync(join(work, 'broken.json'), '{"openapi": "3.1.0",'), join(work, 'broken.json')), specPath],
        want: 'broken.json: invalid YAML',
      },
    ],
    [
      'a git ref that does not exist',
      {
        given: () => ['no-such-ref-xyz:spec/lambda-runtime-management.openapi.yaml', specPath],
        want: 'no-such-ref-xyz:spec/lambda-runtime-management.openapi.yaml: cannot read from git',
      },
    ],
    [
      'a $ref that points to nothing',
      {
        given: () => [specPath, specFile('dangling.yaml', (s) => (s.components.parameters.FunctionName.schema.$ref = '#/components/schemas/Missing'))],
        want: "dangling.yaml: $ref '#/components/schemas/Missing' points to nothing",
      },
    ],
    ['a contracts directory that does not exist', { given: () => [specPath, specPath, '--contracts', 'no-such-dir'], want: 'no-such-dir: no such directory' }],
    [
      'a pact file that is not JSON',
      {
        given: () => {
          mkdirSync(join(work, 'bad-pacts'), { recursive: true });
          writeFileSync(join(work, 'bad-pacts', 'broken.json'), '{"interactions": [');
          return [specPath, specPath, '--contracts', join(work, 'bad-pacts')];
        },
        want: 'broken.json: invalid JSON',
      },
    ],
    [
      'an unknown --format',
      { given: () => [specPath, specPath, '--format', 'html'], want: "--format must be one of text, markdown, json, githubactions, got 'html'" },
    ],
    ['an unknown --fail-on', { given: () => [specPath, specPath, '--fail-on', 'FATAL'], want: "--fail-on must be one of ERR, WARN, INFO, got 'FATAL'" }],
    ['one side only', { given: () => [specPath], want: 'expected <base> <head>' }],
    ['an unknown option', { given: () => [specPath, specPath, '--colour'], want: "Unknown option '--colour'" }],
  ])('exits 2 on %s, with one line naming the problem', async (_name, { given, want }) => {
    const result = await run(given());
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(want);
  });
});

describe('lambda-rmc diff: output formats', () => {
  it('colours text on a terminal only', async () => {
    vi.stubEnv('NO_COLOR', '');
    try {
      expect((await run([historicalSpecPath, specPath], { isTty: true })).stdout).toContain('\u001b[31m');
      expect((await run([historicalSpecPath, specPath], { isTty: false })).stdout).not.toContain('\u001b[');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('writes JSON that its documented schema accepts, contracts included', async () => {
    const result = await run([specPath, historicalSpecPath, '--format', 'json', '--contracts', pacts]);
    const document = JSON.parse(result.stdout) as { failed: boolean; summary: { ERR: number }; contracts: { impacted: unknown[] } };
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(diffReportJsonSchema);
    expect(validate.errors ?? validate(document)).toBe(true);
    expect(document).toMatchObject({ failed: true, summary: { ERR: 6 } });
    expect(document.contracts.impacted).toHaveLength(2);
    expect(result.code).toBe(1);
  });

  it('writes markdown for a pull-request comment', async () => {
    const { stdout } = await run([historicalSpecPath, specPath, '--format', 'markdown']);
    expect(stdout).toMatch(/^## ❌ Spec diff: 1 breaking change\n/);
    expect(stdout).toContain('| Level | Rule | Operation | Change |');
    expect(stdout).toContain('| 🔴 ERR | `request-parameter-pattern-tightened` | `PUT /2021-07-20/functions/{FunctionName}/runtime-management-config` |');
  });

  it('writes GitHub Actions annotations at the changed line of the head spec', async () => {
    const { stdout, code } = await run([historicalSpecPath, specPath, '--format', 'githubactions']);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(9);
    const error = /^::error file=(?<file>[^,]+),line=(?<line>\d+),title=ERR request-parameter-pattern-tightened::PUT .+schema 'NamespacedFunctionName'/.exec(
      lines[0] ?? '',
    );
    expect(error?.groups?.['file']).toBe(relative(process.cwd(), specPath));
    const specLines = readFileSync(specPath, 'utf8').split('\n');
    expect(specLines[Number(error?.groups?.['line']) - 1]).toMatch(/^\s+pattern: '\^\(\?:\(arn:/);
    expect(lines.filter((line) => line.startsWith('::warning '))).toHaveLength(2);
    expect(lines.at(-1)).toBe(`::notice title=spec diff::${historicalSpecPath} -> ${specPath}: 1 ERR, 2 WARN, 5 INFO; fails the gate (--fail-on ERR)`);
  });

  it('escapes annotation data and properties as GitHub Actions requires', () => {
    const view: ReportView = {
      report: {
        changes: [{ id: 'request-parameter-removed', level: 'WARN', direction: 'request', message: '100% gone\nfor good', head: { pointer: '', line: 3 } }],
        summary: { ERR: 0, WARN: 1, INFO: 0 },
      },
      base: { label: 'a.yaml', file: 'a.yaml' },
      head: { label: 'dir,with:odd.yaml', file: 'dir,with:odd.yaml' },
      failOn: 'ERR',
    };
    expect(formatReport('githubactions', view).split('\n')[0]).toBe(
      '::warning file=dir%2Cwith%3Aodd.yaml,line=3,title=WARN request-parameter-removed::100%25 gone%0Afor good',
    );
  });
});

describe('lambda-rmc diff: --contracts', () => {
  it('finds every interaction still accepted by the spec they were recorded against', async () => {
    const { stdout, code } = await run([specPath, specPath, '--contracts', pacts]);
    expect(code).toBe(0);
    expect(stdout).toContain(`Contracts in ${pacts}: 0 of 5 interactions no longer accepted by the head spec.`);
  });

  it('lists the interactions a change breaks, with the pact file, the description and why', async () => {
    const head = specFile('no-auto.yaml', (s) => (s.components.schemas.UpdateRuntimeOn.enum = ['Manual', 'FunctionUpdate']));
    const { stdout, code } = await run([specPath, head, '--contracts', pacts, '--format', 'githubactions']);
    expect(code).toBe(1);
    const broken = stdout.split('\n').filter((line) => line.includes('title=contract no longer accepted'));
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatch(
      /^::error file=test\/fixtures\/diff\/pacts\/example-consumer-lambda-runtime-management\.json,line=\d+,title=contract no longer accepted::"a Put that follows runtime updates automatically": request body \/UpdateRuntimeOn must be equal to one of the allowed values \(Manual, FunctionUpdate\); response 200 body \/UpdateRuntimeOn must be equal to one of the allowed values/,
    );
  });

  it('lists a negative test whose refused request the head spec now accepts', async () => {
    const head = specFile(
      'spaces-allowed.yaml',
      (s) => (s.components.schemas.NumericLatestPublishedOrAliasQualifier.pattern = '^(?:\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$ ]+)$'),
    );
    const { stdout, code } = await run([specPath, head, '--contracts', pacts]);
    expect(code).toBe(1);
    expect(stdout).toContain('"a Put with a Qualifier that breaks the pattern"');
    expect(stdout).toContain("the head spec accepts the request, which the base refused (query parameter 'Qualifier' value 'x y' must match pattern");
    expect(stdout).toContain('so the 400 this interaction expects no longer follows');
  });

  it('fails the gate on a broken contract even when no change reaches --fail-on', async () => {
    // Dropping an error status is INFO (oasdiff's response-non-success-status-removed), yet a consumer recorded that 404.
    const head = specFile('no-get-404.yaml', (s) => delete s.paths['/2021-07-20/functions/{FunctionName}/runtime-management-config'].get.responses['404']);
    const { stdout, code } = await run([specPath, head, '--contracts', pacts, '--fail-on', 'ERR']);
    expect(code).toBe(1);
    expect(stdout).toContain('0 ERR, 0 WARN, 1 INFO; fails the gate');
    expect(stdout).toContain('"a Get of a function that does not exist"');
    expect(stdout).toContain('response status 404 is no longer declared');
  });
});

describe('lambda-rmc diff --base <git-ref>', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync(
      'git',
      ['-c', 'user.name=lambda-rmc test', '-c', 'user.email=test@example.invalid', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args],
      {
        cwd,
        stdio: 'ignore',
        env: { PATH: process.env['PATH'] ?? '', HOME: cwd },
      },
    );

  it('compares the spec committed at the ref with the working tree', async () => {
    const repo = join(work, 'repo');
    mkdirSync(join(repo, 'spec'), { recursive: true });
    const spec = join(repo, 'spec', 'lambda-runtime-management.openapi.yaml');
    copyFileSync(specPath, spec);
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'spec');
    expect((await run(['--base', 'HEAD'], { cwd: repo })).code).toBe(0);

    writeFileSync(spec, readFileSync(spec, 'utf8').replace('maxLength: 256', 'maxLength: 128'));
    const result = await run(['--base', 'HEAD', '--format', 'githubactions'], { cwd: repo });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error file=spec\/lambda-runtime-management\.openapi\.yaml,line=\d+,title=ERR request-parameter-max-length-decreased::/);

    const sides = await run(['HEAD:spec/lambda-runtime-management.openapi.yaml', 'spec/lambda-runtime-management.openapi.yaml'], { cwd: repo });
    expect(sides.code).toBe(1);
    expect(sides.stdout).toContain('maxLength decreased from 256 to 128');
  });
});
