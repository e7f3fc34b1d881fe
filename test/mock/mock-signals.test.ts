// `lambda-rmc mock` as a real process: the first SIGTERM/SIGINT drains, a second one exits at
// once, and Prism never outlives it — also when it is SIGKILLed, or started through npx / npm run
// and the wrapper is the one signalled.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cliSandbox } from '../cli/support/cli-process.js';
import { isProcessRunning } from './process-state.js';
import { liveDescendants } from './process-tree.js';

const configPath = '/2021-07-20/functions/my-function/runtime-management-config';
const cliFromSource = fileURLToPath(new URL('./fixtures/run-cli.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

interface Started {
  child: ChildProcess;
  url: string;
  prismPid: number;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stdout: () => string;
}

/** Spawns a command that runs `lambda-rmc mock --port 0` and waits for its URL and its Prism. */
async function startMockProcess(command: string, args: string[], cwd = repoRoot): Promise<Started> {
  const child = spawn(command, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1', npm_config_update_notifier: 'false' },
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) =>
    child.once('exit', (code, signal) => resolveExit({ code, signal })),
  );
  const url = await vi.waitFor(
    () => {
      const match = /Mock \(Prism\) listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (!match) throw new Error(`not listening yet (stdout: ${out}, stderr: ${err})`);
      return match[1]!;
    },
    { timeout: 60_000, interval: 50 },
  );
  const prism = liveDescendants(child.pid!).find((process) => process.commandLine.includes('prism-cli'));
  expect(prism).toBeDefined();
  return { child, url, prismPid: prism!.pid, exit, stdout: () => out };
}

async function refused(url: string): Promise<boolean> {
  try {
    await fetch(`${url}${configPath}`);
    return false;
  } catch {
    return true;
  }
}

/** Whether some file under src/ is newer than dist/cli/main.js (or dist is missing). */
function distIsStale(): boolean {
  let built: number;
  try {
    built = statSync(join(repoRoot, 'dist/cli/main.js')).mtimeMs;
  } catch {
    return true;
  }
  const newest = (dir: string): number =>
    Math.max(
      0,
      ...readdirSync(dir, { withFileTypes: true }).map((entry) =>
        entry.isDirectory() ? newest(join(dir, entry.name)) : statSync(join(dir, entry.name)).mtimeMs,
      ),
    );
  return newest(join(repoRoot, 'src')) > built;
}

/** A PUT whose body is half sent: in flight until `finish()`. */
async function halfSentPut(url: string) {
  const body = '{"UpdateRuntimeOn":"Auto"}';
  const socket = connect(Number(new URL(url).port), '127.0.0.1');
  let text = '';
  socket.on('data', (chunk) => (text += chunk.toString('latin1')));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolveClosed) => socket.once('close', () => resolveClosed()));
  await new Promise<void>((resolveConnect) => socket.once('connect', () => resolveConnect()));
  socket.write(`PUT ${configPath} HTTP/1.1\r\nHost: x\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`);
  await new Promise((wake) => setTimeout(wake, 100)); // the head has reached the front
  return { finish: () => socket.write(body.slice(5)), closed, received: () => text };
}

describe('lambda-rmc mock as a process', () => {
  it('a first signal stops accepting and drains; a second exits at once (128 + signal), and Prism goes too', async () => {
    const mock = await startMockProcess(process.execPath, ['--import', 'tsx', cliFromSource, 'mock', '--port', '0']);
    const answered = await halfSentPut(mock.url);
    const stalled = await halfSentPut(mock.url); // never finished: the drain would wait its full 5 s for it
    mock.child.kill('SIGINT');
    await vi.waitFor(async () => expect(await refused(mock.url)).toBe(true), { timeout: 5_000, interval: 20 });
    answered.finish();
    await answered.closed;
    expect(answered.received()).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(mock.child.exitCode).toBe(null); // still draining the stalled request
    mock.child.kill('SIGTERM');
    expect(await mock.exit).toEqual({ code: 143, signal: null });
    await stalled.closed;
    expect(stalled.received()).toBe('');
    await vi.waitFor(() => expect(isProcessRunning(mock.prismPid)).toBe(false), { timeout: 5_000, interval: 50 });
  });
});

describe('started through npm', () => {
  // npx and `npm run` run bin/lambda-rmc.js, which loads dist/: rebuilt when a source is newer (npm ci builds it in a fresh clone).
  beforeAll(() => {
    if (!distIsStale()) return;
    const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: repoRoot, stdio: 'pipe' });
    expect(build.status, build.stderr.toString()).toBe(0);
  }, 120_000);

  // npx as a consumer runs it: the bin in the project's node_modules/.bin (run from this checkout's
  // root, npx would resolve the package through its own cache, whose state varies from machine to machine).
  const sandbox = cliSandbox();
  afterAll(() => sandbox.remove());

  it.each<[string, { given: string[]; inConsumerProject: boolean }]>([
    ['npx lambda-rmc mock', { given: ['npx', '--offline', 'lambda-rmc', 'mock', '--port', '0'], inConsumerProject: true }],
    ['npm run mock', { given: ['npm', 'run', 'mock', '--', '--port', '0'], inConsumerProject: false }],
  ])(
    "%s: SIGTERM to the wrapper's pid stops the mock and its Prism",
    async (_name, { given, inConsumerProject }) => {
      const [command, ...args] = given as [string, ...string[]];
      const mock = await startMockProcess(command, args, inConsumerProject ? sandbox.consumerProject() : repoRoot);
      const tree = liveDescendants(mock.child.pid!).map((process) => process.pid);
      try {
        mock.child.kill('SIGTERM');
        await mock.exit;
        await vi.waitFor(
          async () => {
            expect(await refused(mock.url)).toBe(true);
            expect(tree.filter(isProcessRunning)).toEqual([]);
          },
          { timeout: 10_000, interval: 50 },
        );
      } finally {
        for (const pid of tree.filter(isProcessRunning)) process.kill(pid, 'SIGKILL'); // a failed run leaves nothing behind
      }
    },
    60_000,
  );
});
