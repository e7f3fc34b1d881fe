// `npm run pact:publish`: publishes contracts/ to a Pact Broker with the `pact-broker` CLI that
// @pact-foundation/pact-cli installs. The broker's URL and credentials come from the environment,
// the consumer version and branch from git (GIT_COMMIT / GIT_BRANCH override, e.g. on a detached CI checkout).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Environment = Record<string, string | undefined>;

export interface GitFacts {
  commit(): string | undefined;
  branch(): string | undefined;
}

export interface PublishCommand {
  command: string;
  /** Paths in them are relative to `cwd`, the project root. */
  args: string[];
  cwd: string;
}

/** What to run, or the one problem that stops it. */
export type PublishPlan = { ok: true; publish: PublishCommand } | { ok: false; problem: string };

const projectRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

/**
 * Builds the `pact-broker publish` command. The token or password is not put on the command line
 * (where `ps` shows it): the CLI reads PACT_BROKER_TOKEN / PACT_BROKER_USERNAME / PACT_BROKER_PASSWORD
 * from the environment it inherits.
 */
export function planPublish(env: Environment, git: GitFacts, contractsDir = 'contracts'): PublishPlan {
  const baseUrl = env['PACT_BROKER_BASE_URL'];
  if (!baseUrl) return { ok: false, problem: 'PACT_BROKER_BASE_URL is not set (the Pact Broker to publish to)' };
  if (!/^https?:\/\/\S+$/.test(baseUrl)) return { ok: false, problem: `PACT_BROKER_BASE_URL must be an http(s) URL, got '${baseUrl}'` };
  const hasToken = Boolean(env['PACT_BROKER_TOKEN']);
  const hasBasicAuth = Boolean(env['PACT_BROKER_USERNAME'] && env['PACT_BROKER_PASSWORD']);
  if (!hasToken && !hasBasicAuth) return { ok: false, problem: 'PACT_BROKER_TOKEN is not set (nor PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD)' };

  const version = env['GIT_COMMIT'] || git.commit();
  if (!version) return { ok: false, problem: 'cannot tell the consumer version: no git commit (set GIT_COMMIT)' };
  const branch = env['GIT_BRANCH'] || git.branch();
  if (!branch || branch === 'HEAD') return { ok: false, problem: 'cannot tell the branch: git HEAD is detached (set GIT_BRANCH)' };

  const dir = resolve(projectRoot, contractsDir);
  if (!existsSync(dir) || !readdirSync(dir).some((name) => name.endsWith('.json'))) {
    return { ok: false, problem: `${contractsDir} holds no pact files (run npm test first)` };
  }
  return {
    ok: true,
    publish: {
      command: resolve(projectRoot, 'node_modules/.bin/pact-broker'),
      args: ['publish', contractsDir, '--broker-base-url', baseUrl, '--consumer-app-version', version, '--branch', branch],
      cwd: projectRoot,
    },
  };
}

export const gitInWorkingTree: GitFacts = {
  commit: () => git(['rev-parse', 'HEAD']),
  branch: () => git(['rev-parse', '--abbrev-ref', 'HEAD']),
};

function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function main(): number {
  const plan = planPublish(process.env, gitInWorkingTree);
  if (!plan.ok) {
    process.stderr.write(`pact:publish: ${plan.problem}\n`);
    return 1;
  }
  process.stdout.write(`pact-broker ${plan.publish.args.join(' ')}\n`);
  const result = spawnSync(plan.publish.command, plan.publish.args, { cwd: plan.publish.cwd, stdio: 'inherit' });
  if (result.error) {
    process.stderr.write(`pact:publish: cannot run pact-broker: ${result.error.message}\n`);
    return 1;
  }
  return result.status ?? 1;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
