// `lambda-rmc verify`, run in-process through the CLI's main() with buffered output.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyReportJsonSchema } from '../../src/coverage/formatters/verify-report-json-schema.js';
import { committedInteraction, mutatedPact, mutations } from './support/pact-mutations.js';
import { runCli } from '../support/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'lambda-rmc-verify-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (command: string, args: string[], cwd = process.cwd()) => runCli([command, ...args], { cwd });

function writePact(name: string, pact: object): string {
  const file = join(work, name);
  writeFileSync(file, JSON.stringify(pact, null, 2));
  return file; // outside the working directory, so shown as given
}

const mutated = writePact('mutated.json', mutatedPact());
const failing = mutations.filter(([, mutation]) => mutation.want.some((problem) => problem.level === 'ERR')).length;
const warnOnly = (() => {
  const interaction = committedInteraction('Get: a version in mode Auto by function name');
  interaction.response.matchingRules!.body!['$.FunctionArn'] = { combine: 'AND', matchers: [{ match: 'regex', regex: '^arn:.+$' }] };
  return writePact('warn-only.json', { consumer: { name: 'warned' }, provider: { name: 'lambda-runtime-management' }, interactions: [interaction] });
})();
// The example: a request Lambda refuses, expecting an answer Lambda never gives.
const sometimes = writePact('sometimes.json', {
  consumer: { name: 'new-user' },
  provider: { name: 'lambda-runtime-management' },
  interactions: [
    {
      description: 'a Put with a mode Lambda does not know',
      request: { method: 'PUT', path: '/2021-07-20/functions/my-function/runtime-management-config', headers: { 'Content-Type': 'application/json' }, body: { UpdateRuntimeOn: 'Sometimes' } },
      response: { status: 200, headers: { 'Content-Type': 'application/json' }, body: { UpdateRuntimeOn: 'Never', FunctionArn: 'nope' } },
    },
  ],
  metadata: { pactSpecification: { version: '2.0.0' } },
});

describe('lambda-rmc verify: exit codes and input', () => {
  const noPacts = mkdtempSync(join(work, 'empty-'));
  const withPacts = mkdtempSync(join(work, 'project-'));
  cpSync('contracts', join(withPacts, 'pacts'), { recursive: true });
  mkdirSync(join(noPacts, 'src'));

  const cases: Array<[string, { given: string[]; cwd?: string; want: { code: number; stdout?: RegExp; stderr: RegExp | '' } }]> = [
    ['the committed pacts verify: exit 0', { given: ['contracts'], want: { code: 0, stdout: /^lambda-rmc verify: 50 interactions: 50 verified, 0 failed; passes \(--fail-on ERR, 2 pact files\)\n$/, stderr: '' } }],
    ['pacts/ is the default path', { given: [], cwd: withPacts, want: { code: 0, stdout: /50 verified, 0 failed/, stderr: '' } }],
    [
      'no path and no pacts/: exit 2, one line saying so',
      { given: [], cwd: noPacts, want: { code: 2, stdout: /^$/, stderr: /^lambda-rmc verify: pacts: no such file or directory \(pacts\/ is the default; name the pact files or directories to verify, e\.g\. lambda-rmc verify contracts\/\)\n$/ } },
    ],
    ['a failing interaction: exit 1', { given: [mutated], want: { code: 1, stdout: new RegExp(`${mutations.length} interactions: ${mutations.length - failing} verified \\(${mutations.length - failing} with warnings\\), ${failing} failed; fails`), stderr: '' } }],
    ['the issue example: exit 1', { given: [sometimes], want: { code: 1, stdout: /^ERR {2}\S+sometimes\.json:\d+ "a Put with a mode Lambda does not know": response\.status: is 200, but Lambda refuses this request \(request\.body\.UpdateRuntimeOn\) with 400 ValidationException/, stderr: '' } }],
    ['a warning passes by default', { given: [warnOnly], want: { code: 0, stdout: /^WARN \S+warn-only\.json:\d+ "Get: a version in mode Auto by function name": response\.matchingRules\.body \$\.FunctionArn: regex/, stderr: '' } }],
    ['a warning fails with --fail-on WARN', { given: [warnOnly, '--fail-on', 'WARN'], want: { code: 1, stdout: /1 verified \(1 with warnings\), 0 failed; fails \(--fail-on WARN/, stderr: '' } }],
    ['a file that is not JSON: exit 2', { given: ['test/fixtures/contracts/not-json.json'], want: { code: 2, stdout: /^$/, stderr: /^lambda-rmc verify: test\/fixtures\/contracts\/not-json\.json: invalid JSON: [^\n]+\n$/ } }],
    ['JSON that is not a pact: exit 2', { given: ['test/fixtures/contracts/not-a-pact.json'], want: { code: 2, stdout: /^$/, stderr: /not a Pact file: field 'interactions' is missing or not an array\n$/ } }],
    ['a missing path: exit 2', { given: ['no-such-dir'], want: { code: 2, stdout: /^$/, stderr: /^lambda-rmc verify: no-such-dir: no such file or directory\n$/ } }],
    ['an unknown format: exit 2', { given: ['--format', 'xml'], want: { code: 2, stdout: /^$/, stderr: /^lambda-rmc verify: --format must be one of text, markdown, json, githubactions, got 'xml'\n$/ } }],
    ['an unknown --fail-on: exit 2', { given: ['--fail-on', 'INFO'], want: { code: 2, stdout: /^$/, stderr: /^lambda-rmc verify: --fail-on must be ERR or WARN, got 'INFO'\n$/ } }],
  ];

  it.each(cases)('%s', async (_name, { given, cwd, want }) => {
    const result = await run('verify', given, cwd);
    expect(result.code).toBe(want.code);
    if (want.stdout) expect(result.stdout).toMatch(want.stdout);
    if (want.stderr === '') expect(result.stderr).toBe('');
    else expect(result.stderr).toMatch(want.stderr);
  });

  it('is listed by lambda-rmc --help', async () => {
    const result = await run('--help', []);
    expect(result.stdout).toMatch(/^ {2}verify +Prove every interaction in the pacts is one Lambda allows/m);
  });
});

describe('lambda-rmc verify: formats', () => {
  it('text: one line per problem naming file:line, interaction, field and problem', async () => {
    const { stdout } = await run('verify', [mutated]);
    const lines = stdout.split('\n').filter((line) => /^(ERR |WARN)/.test(line));
    expect(lines).toHaveLength(mutations.reduce((sum, [, mutation]) => sum + mutation.want.length, 0));
    for (const [name, mutation] of mutations) {
      for (const problem of mutation.want) {
        expect(lines.some((line) => line.startsWith(`${problem.level.padEnd(4)} ${mutated}:`) && line.includes(` "${name}": ${problem.field}: `))).toBe(true);
      }
    }
  });

  it('json: the documented schema accepts it', async () => {
    const { stdout, code } = await run('verify', [mutated, '--format', 'json']);
    const document = JSON.parse(stdout);
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(verifyReportJsonSchema);
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(code).toBe(1);
    expect(document).toMatchObject({ version: 1, failOn: 'ERR', failed: true, files: [mutated], summary: { checked: mutations.length, failed: failing } });
  });

  it('markdown: a verdict title and a table row per problem', async () => {
    const { stdout } = await run('verify', [mutated, '--format', 'markdown']);
    expect(stdout).toMatch(/^## ❌ Contract verify: Lambda would not honour every interaction\n/);
    expect(stdout).toContain('| Level | Pact file | Interaction | Field | Problem |');
    expect(stdout).toMatch(/\| 🔴 ERR \| `[^`]+mutated\.json:\d+` \| a 429 without Retry-After \| `response\.header Retry-After` \| is missing \|/);
    expect((await run('verify', ['contracts', '--format', 'markdown'])).stdout).toMatch(/^## ✅ Contract verify: every interaction is one Lambda allows\n\n50 interactions: 50 verified, 0 failed/);
  });

  it('githubactions: an annotation per problem on the interaction line, then a notice', async () => {
    const { stdout } = await run('verify', [mutated, '--format', 'githubactions']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^::notice title=contract verify::\d+ interactions: .* failed; fails \(--fail-on ERR\)$/);
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=[^,]+mutated\.json,line=\d+,title=verify ERR%3A a 429 without Retry-After::response\.header Retry-After: is missing$/));
    expect(lines).toContainEqual(expect.stringMatching(/^::warning file=[^,]+mutated\.json,line=\d+,title=verify WARN%3A a regex matcher wider than the spec \(FunctionArn\)::/));
  });
});

describe('lambda-rmc coverage counts only what verifies', () => {
  it('the issue example counts toward nothing, is listed, and fails coverage even at --min 0', async () => {
    const result = await run('coverage', [sometimes, '--min', '0', '--format', 'json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { covered: number; rows: Array<{ exercisedBy: unknown[] }>; unverified: Array<{ description: string; problems: string[] }> };
    expect(report.covered).toBe(0);
    expect(report.rows.every((row) => row.exercisedBy.length === 0)).toBe(true);
    expect(report.unverified).toEqual([{ file: sometimes, consumer: 'new-user', description: 'a Put with a mode Lambda does not know', problems: [expect.stringMatching(/^response\.status: is 200, but Lambda refuses/)] }]);
    expect(result.stderr).toBe('lambda-rmc coverage: 1 interaction fails lambda-rmc verify and counts toward no shape\n');
  });

  it('a mutated pact: the failing interactions are listed in the markdown report', async () => {
    const result = await run('coverage', [mutated, '--min', '0', '--format', 'markdown']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/### Not counted: these interactions fail lambda-rmc verify\n\n- \S+mutated\.json "an invalid enum in the request, expecting 200": response\.status: /);
  });
});
