// The one mapping from a thrown failure to what lambda-rmc prints and exits with (cli/main.ts):
// every kind of bad input is one line naming the command, file, field and problem, exit 2;
// anything else is exit 1 with its first line.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliUsageError } from '../../src/cli/cli-command.js';
import { commandFailure, type CommandFailure } from '../../src/cli/main.js';
import { PactFileError } from '../../src/pacts/index.js';
import { AwsModelError } from '../../src/drift/index.js';
import { MockStartError } from '../../src/mock/index.js';
import { MissingPeerDependencyError } from '../../src/peers/index.js';
import { SimulatorConfigError } from '../../src/simulator/index.js';
import { InputError, SpecLoadError } from '../../src/spec/index.js';
import { runCli } from '../support/run-cli.js';

describe('commandFailure: each kind of failure, its line and its exit code', () => {
  it.each<[string, { given: { command: string; error: unknown }; want: CommandFailure }]>([
    [
      'a usage mistake',
      {
        given: { command: 'verify', error: new CliUsageError("--fail-on must be ERR or WARN, got 'INFO'") },
        want: { line: "lambda-rmc verify: --fail-on must be ERR or WARN, got 'INFO'\n", exitCode: 2 },
      },
    ],
    [
      'a spec that is not OpenAPI',
      {
        given: { command: 'diff', error: new SpecLoadError('old.yaml', 'invalid YAML: bad indentation') },
        want: { line: 'lambda-rmc diff: old.yaml: invalid YAML: bad indentation\n', exitCode: 2 },
      },
    ],
    [
      'an AWS model that is not one',
      {
        given: { command: 'drift', error: new AwsModelError('m.json', 'invalid JSON: Unexpected end') },
        want: { line: 'lambda-rmc drift: m.json: invalid JSON: Unexpected end\n', exitCode: 2 },
      },
    ],
    [
      'a pact verify or coverage cannot read',
      {
        given: { command: 'coverage', error: new PactFileError('pacts', 'no such file') },
        want: { line: 'lambda-rmc coverage: pacts: no such file\n', exitCode: 2 },
      },
    ],
    [
      'a pact diff --contracts cannot read',
      {
        given: { command: 'diff', error: new PactFileError('pacts/a.json', 'invalid JSON') },
        want: { line: 'lambda-rmc diff: pacts/a.json: invalid JSON\n', exitCode: 2 },
      },
    ],
    [
      'a simulator fixture naming its field',
      {
        given: {
          command: 'simulate',
          error: new SimulatorConfigError('/tmp/f.json', 'functions[0].aliases.live', "points to version '3', which does not exist"),
        },
        want: { line: "lambda-rmc simulate: /tmp/f.json: functions[0].aliases.live: points to version '3', which does not exist\n", exitCode: 2 },
      },
    ],
    [
      'a simulator setting without a field',
      {
        given: { command: 'simulate', error: new SimulatorConfigError('options', '', 'port must be 0..65535') },
        want: { line: 'lambda-rmc simulate: options: port must be 0..65535\n', exitCode: 2 },
      },
    ],
    [
      'an optional peer not installed',
      {
        given: { command: 'mock', error: new MissingPeerDependencyError('@stoplight/prism-cli') },
        want: {
          line: 'lambda-rmc mock: @stoplight/prism-cli (^5.14.2) is needed by lambda-rmc mock and lambda-rmc/mock but is not installed; install it with: npm i -D @stoplight/prism-cli\n',
          exitCode: 2,
        },
      },
    ],
    [
      'Prism failing to start: not bad input',
      {
        given: { command: 'mock', error: new MockStartError('prism-exited', 'Prism exited before answering', 'cannot read spec') },
        want: { line: 'lambda-rmc mock: Prism exited before answering: cannot read spec\n', exitCode: 1 },
      },
    ],
    [
      'a bug: its first line only',
      {
        given: { command: 'diff', error: new TypeError('x is undefined\n    at f (a.js:1:1)') },
        want: { line: 'lambda-rmc diff: x is undefined\n', exitCode: 1 },
      },
    ],
    ['something thrown that is not an Error', { given: { command: 'verify', error: 'boom' }, want: { line: 'lambda-rmc verify: boom\n', exitCode: 1 } }],
    [
      'a file name with a line break stays on one line',
      {
        given: { command: 'diff', error: new SpecLoadError('a\n::error::b.yaml', 'no such file') },
        want: { line: 'lambda-rmc diff: a\\n::error::b.yaml: no such file\n', exitCode: 2 },
      },
    ],
    [
      'an input error thrown with a line break in its problem',
      {
        given: { command: 'drift', error: new AwsModelError('m.json', 'bad\r\nthing') },
        want: { line: 'lambda-rmc drift: m.json: bad\\r\\nthing\n', exitCode: 2 },
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(commandFailure(given.command, given.error)).toEqual(want);
  });

  it.each([CliUsageError, SpecLoadError, AwsModelError, PactFileError, SimulatorConfigError].map((kind) => [kind.name, kind] as const))(
    '%s is an InputError, so it reaches the mapping as bad input',
    (_name, kind) => {
      expect(kind.prototype).toBeInstanceOf(InputError);
    },
  );
});

describe('every command reports bad input through the one mapping (exit 2, one line)', () => {
  it.each<[string, { given: string[]; want: RegExp }]>([
    ['coverage: a missing pact file', { given: ['coverage', 'no-such.json'], want: /^lambda-rmc coverage: no-such\.json: no such file( or directory)?\n$/ }],
    ['verify: a missing pact file', { given: ['verify', 'no-such.json'], want: /^lambda-rmc verify: no-such\.json: no such file( or directory)?\n$/ }],
    [
      'diff: a missing spec',
      { given: ['diff', 'no-such.yaml', 'spec/lambda-runtime-management.openapi.yaml'], want: /^lambda-rmc diff: no-such\.yaml: no such file\n$/ },
    ],
    ['drift: a missing model', { given: ['drift', '--model', 'no-such.json'], want: /^lambda-rmc drift: no-such\.json: no such file( or directory)?\n$/ }],
    [
      'simulate: a missing fixture file',
      { given: ['simulate', '--functions', 'no-such.json'], want: /^lambda-rmc simulate: \S*no-such\.json: no such file( or directory)?\n$/ },
    ],
    ['mock: a bad port', { given: ['mock', '--port', 'x'], want: /^lambda-rmc mock: --port must be a port number from 0 to 65535, got 'x'\n$/ }],
  ])('%s', async (_name, { given, want }) => {
    const result = await runCli(given);
    expect(result.stderr).toMatch(want);
    expect(result.code).toBe(2);
  });

  const scratch = mkdtempSync(join(tmpdir(), 'lambda-rmc-failure-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const specPath = resolve('spec/lambda-runtime-management.openapi.yaml');

  it.each<[string, { given: (spec: string) => string; contracts: boolean; want: RegExp }]>([
    [
      'diff: a $ref that points to nothing, named by the side as typed',
      {
        given: (spec) => spec.replace('$ref: "#/components/schemas/PutRuntimeManagementConfigResponse"', '$ref: "#/components/schemas/Missing"'),
        contracts: false,
        want: /^lambda-rmc diff: head\.yaml: \$ref '#\/components\/schemas\/Missing' points to nothing\n$/,
      },
    ],
    [
      'diff --contracts: a schema AJV cannot compile, named by the side as typed',
      {
        given: (spec) => spec.replace(/^(\s+)pattern: .*$/m, "$1pattern: '(['"),
        contracts: true,
        want: /^lambda-rmc diff: head\.yaml: schema at \/\S+ does not compile: Invalid regular expression.*\n$/,
      },
    ],
  ])('%s', async (_name, { given, contracts, want }) => {
    const spec = readFileSync(specPath, 'utf8');
    const head = given(spec);
    expect(head).not.toBe(spec);
    writeFileSync(join(scratch, 'head.yaml'), head);
    const result = await runCli(['diff', specPath, 'head.yaml', ...(contracts ? ['--contracts', resolve('contracts')] : [])], { cwd: scratch });
    expect(result.stderr).toMatch(want);
    expect(result.code).toBe(2);
  });
});

describe('commands leave exit code 2 to main', () => {
  const folder = 'src/cli/commands';
  it.each(readdirSync(folder).map((file) => [file] as const))('%s returns no 2 of its own: it throws the input error', (file) => {
    expect(readFileSync(join(folder, file), 'utf8')).not.toMatch(/return 2\b|badInput|exitCode = 2/);
  });
});
