// `lambda-rmc mock` as a real process: SIGTERM/SIGINT drain and exit 0, a second signal exits at
// once, and Prism never outlives it — also when it is SIGKILLed, or started through npx / npm run
// and the wrapper is the one signalled.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
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
async function startMockProcess(command: string, args: string[]): Promise<Started> {
  const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_UPDATE_NOTIFIER: '1', npm_config_update_notifier: 'false' } });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) => child.once('exit', (code, signal) => resolveExit({ code, signal })));
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
  it.each<NodeJS.Signals>(['SIGTERM'])('%s: answers the request in flight, stops Prism, exits 0', async (signal) => {
    const mock = await startMockProcess(process.execPath, ['--import', 'tsx', cliFromSource, 'mock', '--port', '0']);
    const inFlight = await halfSentPut(mock.url);
    mock.child.kill(signal);
    await vi.waitFor(async () => expect(await refused(mock.url)).toBe(true), { timeout: 5_000, interval: 20 });
    inFlight.finish();
    await inFlight.closed;
    expect(inFlight.received()).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(await mock.exit).toEqual({ code: 0, signal: null });
    expect(mock.stdout()).toContain(`Mock stopped (${signal})`);
    expect(isProcessRunning(mock.prismPid)).toBe(false);
  });

  it('a second signal exits at once, without waiting for the drain; Prism goes too (SIGINT first)', async () => {
    const mock = await startMockProcess(process.execPath, ['--import', 'tsx', cliFromSource, 'mock', '--port', '0']);
    const stalled = await halfSentPut(mock.url); // never finished: the drain would wait its full 5 s
    mock.child.kill('SIGINT');
    await vi.waitFor(async () => expect(await refused(mock.url)).toBe(true), { timeout: 5_000, interval: 20 });
    mock.child.kill('SIGTERM');
    expect(await mock.exit).toEqual({ code: 143, signal: null });
    await stalled.closed;
    await vi.waitFor(() => expect(isProcessRunning(mock.prismPid)).toBe(false), { timeout: 5_000, interval: 50 });
  });
});

describe('started through npm', () => {
  // npx and `npm run` run bin/lambda-rmc.js, which loads dist/: build it from the sources under test.
  beforeAll(() => {
    const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: repoRoot, stdio: 'pipe' });
    expect(build.status, build.stderr.toString()).toBe(0);
  }, 120_000);

  it.each<[string, { given: string[] }]>([
    ['npx lambda-rmc mock', { given: ['npx', '--offline', 'lambda-rmc', 'mock', '--port', '0'] }],
    ['npm run mock', { given: ['npm', 'run', 'mock', '--', '--port', '0'] }],
  ])("%s: SIGTERM to the wrapper's pid stops the mock and its Prism", async (_name, { given }) => {
    const [command, ...args] = given as [string, ...string[]];
    const mock = await startMockProcess(command, args);
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
  }, 60_000);
});
