// Parallel vitest workers sharing one globalSetup simulator keep their state apart when each signs
// with its own 12-digit access key id (test/fixtures/parallel-workers: 4 files × 5 tests, each test
// Puts and reads back modes with pauses that let the other workers interleave).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'lambda-rmc-workers-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function runNestedVitest(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  // The outer run's VITEST_* variables would make the nested vitest think it is a worker.
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
  const child = spawn(
    process.execPath,
    [
      join(root, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--config',
      join(root, 'test/fixtures/parallel-workers/vitest.config.ts'),
      '--maxWorkers=4',
      '--reporter=json',
      `--outputFile=${join(folder, 'report.json')}`,
    ],
    { cwd: root, env: { ...clean, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, output })));
}

it('4 parallel workers against one globalSetup simulator: every test passes, each worker in its own account', async () => {
  const accountsFile = join(folder, 'accounts.json');
  const { code, output } = await runNestedVitest({ ACCOUNTS_REPORT: accountsFile });
  const report = JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8')) as { numPassedTests: number; numFailedTests: number };
  expect({ code, passed: report.numPassedTests, failed: report.numFailedTests }, output).toEqual({ code: 0, passed: 20, failed: 0 });
  const accounts = JSON.parse(readFileSync(accountsFile, 'utf8')) as string[];
  // One account per worker that ran (VITEST_POOL_ID 1…4), never the default one.
  expect(accounts.length).toBeGreaterThanOrEqual(2);
  for (const account of accounts) expect(account).toMatch(/^1000000000(0[1-4])$/);
}, 60_000);
