import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/command-registry.js';
import { runCli } from '../support/run-cli.js';

const run = (argv: string[]) => runCli(argv);

describe('lambda-rmc', () => {
  it.each<[string, { given: string[]; want: { code: number; stdout?: RegExp; stderr?: RegExp } }]>([
    ['no command prints usage and exits 2', { given: [], want: { code: 2, stdout: /^Usage: lambda-rmc <command>/ } }],
    ['--help lists every command', { given: ['--help'], want: { code: 0, stdout: /mock .*\n.*simulate .*\n.*diff .*\n.*coverage .*\n.*drift .*\n.*verify / } }],
    [
      'an unknown command is one line, exit 2',
      { given: ['serve'], want: { code: 2, stderr: /^lambda-rmc: unknown command 'serve' \(commands: mock, simulate, diff, coverage, drift, verify\)\n$/ } },
    ],
  ])('%s', async (_name, { given, want }) => {
    const result = await run(given);
    expect(result.code).toBe(want.code);
    if (want.stdout) expect(result.stdout).toMatch(want.stdout);
    if (want.stderr) expect(result.stderr).toMatch(want.stderr);
  });

  it.each(commands.map((entry) => [entry.name] as const))('%s --help prints its usage and exits 0', async (name) => {
    const result = await run([name, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`lambda-rmc ${name}`));
    expect(result.stderr).toBe('');
  });

  it.each(commands.map((entry) => [entry.name] as const))('%s answers an unknown flag with one line and exit 2', async (name) => {
    const result = await run([name, '--no-such-flag']);
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('--no-such-flag');
  });
});
