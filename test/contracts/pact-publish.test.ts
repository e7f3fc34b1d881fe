// `npm run pact:publish` (scripts/pact-publish.ts): the command it builds, and how it refuses to run.
// No broker is contacted.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planPublish, type Environment, type GitFacts } from '../../scripts/pact-publish.js';

const pactBroker = resolve('node_modules/.bin/pact-broker');
const onMain: GitFacts = { commit: () => '0123456789abcdef0123456789abcdef01234567', branch: () => 'main' };
const detached: GitFacts = { commit: () => '0123456789abcdef0123456789abcdef01234567', branch: () => 'HEAD' };
const noGit: GitFacts = { commit: () => undefined, branch: () => undefined };
const broker = { PACT_BROKER_BASE_URL: 'https://broker.example.test', PACT_BROKER_TOKEN: 'secret-token' };
const emptyDir = mkdtempSync(join(tmpdir(), 'lambda-rmc-publish-'));
afterAll(() => rmSync(emptyDir, { recursive: true, force: true }));

describe('planPublish', () => {
  const cases: Array<[string, { given: { env: Environment; git: GitFacts; dir?: string }; want: unknown }]> = [
    [
      'publishes contracts/ with the git commit and branch',
      {
        given: { env: broker, git: onMain },
        want: {
          ok: true,
          publish: {
            command: pactBroker,
            args: [
              'publish',
              'contracts',
              '--broker-base-url',
              'https://broker.example.test',
              '--consumer-app-version',
              '0123456789abcdef0123456789abcdef01234567',
              '--branch',
              'main',
            ],
            cwd: process.cwd(),
          },
        },
      },
    ],
    [
      'GIT_COMMIT and GIT_BRANCH win over git (a detached CI checkout)',
      {
        given: { env: { ...broker, GIT_COMMIT: 'abc1234', GIT_BRANCH: 'feature/x' }, git: detached },
        want: {
          ok: true,
          publish: {
            command: pactBroker,
            args: ['publish', 'contracts', '--broker-base-url', 'https://broker.example.test', '--consumer-app-version', 'abc1234', '--branch', 'feature/x'],
          },
        },
      },
    ],
    [
      'basic auth instead of a token',
      {
        given: { env: { PACT_BROKER_BASE_URL: 'http://broker.internal:9292', PACT_BROKER_USERNAME: 'ci', PACT_BROKER_PASSWORD: 'pw' }, git: onMain },
        want: { ok: true },
      },
    ],
    [
      'no broker URL',
      {
        given: { env: { PACT_BROKER_TOKEN: 't' }, git: onMain },
        want: { ok: false, problem: 'PACT_BROKER_BASE_URL is not set (the Pact Broker to publish to)' },
      },
    ],
    [
      'a broker URL that is no URL',
      {
        given: { env: { ...broker, PACT_BROKER_BASE_URL: 'broker' }, git: onMain },
        want: { ok: false, problem: "PACT_BROKER_BASE_URL must be an http(s) URL, got 'broker'" },
      },
    ],
    [
      'no credentials',
      {
        given: { env: { PACT_BROKER_BASE_URL: 'https://broker.example.test' }, git: onMain },
        want: { ok: false, problem: 'PACT_BROKER_TOKEN is not set (nor PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD)' },
      },
    ],
    ['no commit yet', { given: { env: broker, git: noGit }, want: { ok: false, problem: 'cannot tell the consumer version: no git commit (set GIT_COMMIT)' } }],
    [
      'a detached HEAD without GIT_BRANCH',
      { given: { env: broker, git: detached }, want: { ok: false, problem: 'cannot tell the branch: git HEAD is detached (set GIT_BRANCH)' } },
    ],
    [
      'no pact files to publish',
      { given: { env: broker, git: onMain, dir: emptyDir }, want: { ok: false, problem: `${emptyDir} holds no pact files (run npm test first)` } },
    ],
    [
      'a contracts directory that does not exist',
      { given: { env: broker, git: onMain, dir: 'no-such-dir' }, want: { ok: false, problem: 'no-such-dir holds no pact files (run npm test first)' } },
    ],
  ];

  it.each(cases)('%s', (_name, { given, want }) => {
    expect(planPublish(given.env, given.git, given.dir)).toMatchObject(want as object);
  });

  it('keeps the token off the command line (the CLI reads it from the environment)', () => {
    const plan = planPublish(broker, onMain);
    expect(plan.ok && plan.publish.args.join(' ')).not.toContain('secret-token');
  });

  it('the pact-broker CLI it runs accepts those flags', () => {
    const help = spawnSync(pactBroker, ['publish', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    for (const flag of ['--broker-base-url', '--consumer-app-version', '--branch', 'PACT_BROKER_TOKEN']) expect(help.stdout).toContain(flag);
  });
});

describe('npm run pact:publish without a broker configured', () => {
  it('exits 1 with one line naming what is missing', () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('PACT_BROKER_')));
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/pact-publish.ts'], { encoding: 'utf8', env });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('pact:publish: PACT_BROKER_BASE_URL is not set (the Pact Broker to publish to)\n');
    expect(result.stdout).toBe('');
  });
});
