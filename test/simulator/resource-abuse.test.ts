// Regressions from a hostile-client sweep (state, in-process transport, wrapper): each test was a
// defect found by attacking the simulator, kept so it stays fixed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProcessRunning } from '../mock/process-state.js';
import { afterAll, describe, expect, it } from 'vitest';
import { answerInProcess, createSimulator, startSimulator, type FunctionFixture } from '../../src/simulator/index.js';
import { cliSandbox, spawnCli, stopAll } from '../cli/support/cli-process.js';

const path = (name: string) => `/2021-07-20/functions/${name}/runtime-management-config`;
const signedBy = (accessKeyId: string) => `AWS4-HMAC-SHA256 Credential=${accessKeyId}/20240101/us-east-1/lambda/aws4_request, SignedHeaders=host, Signature=00`;

describe('the in-process transport of a started simulator around close()', () => {
  // start-simulator.ts close(): server.close() drains sockets only, then stopped.abort() rejects every
  // pending latency sleep; handleRequest's promise rejects and answerInProcess answers 500 ServiceException.
  // After close the same happens at once (the sleep's signal is already aborted). Over HTTP, the same
  // request in flight is drained and answered 200.
  it('a Put in flight in process while close() runs is answered as over HTTP (200), not 500 ServiceException', async () => {
    const simulator = await startSimulator({ latency: { ms: 200 } });
    const inFlight = answerInProcess(simulator, {
      method: 'PUT',
      target: path('my-function'),
      headers: { 'content-type': 'application/json' },
      body: Buffer.from(JSON.stringify({ UpdateRuntimeOn: 'FunctionUpdate' })),
    });
    await simulator.close();
    const answer = await inFlight;
    expect([answer.status, answer.headers['x-amzn-errortype']]).toEqual([200, undefined]);
  });

  it('a Get in process after close() gets no unrequested 5xx', async () => {
    const simulator = await startSimulator({ latency: { ms: 10 } });
    await simulator.close();
    const answer = await answerInProcess(simulator, { method: 'GET', target: path('my-function'), headers: {}, body: Buffer.alloc(0) });
    expect(answer.status).toBeLessThan(500);
  });
});

describe('accounts are bounded in memory, not only in number', () => {
  // tenants.ts Tenants.get(): every new account builds a FunctionStore holding a full copy of every
  // starting fixture. maxAccounts (1,000) × maxFunctions (10,000) is the only bound: with a 10,000-function
  // fixture file each new 12-digit access key id costs ~7 MB and ~100 ms of event loop, and ~420 of them
  // (GETs from one client) run `lambda-rmc simulate` out of heap (FATAL ERROR: Reached heap limit).
  it('150 callers with distinct access key ids over a 1,000-function fixture do not retain ~1 MB each', async () => {
    const functions: FunctionFixture[] = Array.from({ length: 1_000 }, (_, index) => ({
      name: `f${index}`,
      versions: ['1', '2', '3'],
      aliases: { live: '1' },
    }));
    const simulator = createSimulator({ functions });
    const heapBefore = process.memoryUsage().heapUsed;
    for (let caller = 0; caller < 150; caller += 1) {
      const answer = await answerInProcess(simulator, {
        method: 'GET',
        target: path('f1'),
        headers: { authorization: signedBy(String(100_000_000_000 + caller)) },
        body: Buffer.alloc(0),
      });
      expect(answer.status).toBe(200);
    }
    const retainedMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
    expect(simulator.accounts()).toHaveLength(150);
    expect(retainedMb).toBeLessThan(40);
  });
});

describe('simulate -- COMMAND stops what COMMAND started', () => {
  const sandbox = cliSandbox();
  afterAll(() => {
    stopAll();
    sandbox.remove();
  });

  // wrapped-command.ts forwards SIGTERM with child.kill(signal): only COMMAND's own process gets it. A
  // COMMAND that is a shell (`sh -c`, npm scripts) dies and leaves its children running, reparented.
  // GNU timeout and npm's own script runner signal the whole process group.
  it('SIGTERM to the wrapper ends the grandchildren of a shell COMMAND too', async () => {
    const pidFile = join(sandbox.folder, 'grandchild.pid');
    const cli = spawnCli(process.execPath, [...sandbox.nodeArgs, 'simulate', '--', 'sh', '-c', `sleep 60 & echo $! > ${pidFile}; wait`], {
      cwd: sandbox.folder,
    });
    await cli.waitFor(/listening on/);
    // The shell creates the file before it writes the pid: wait for the whole line.
    const writtenPid = () => (existsSync(pidFile) ? /^(\d+)\n/.exec(readFileSync(pidFile, 'utf8'))?.[1] : undefined);
    for (let waited = 0; waited < 5_000 && writtenPid() === undefined; waited += 25) await new Promise((resolveTick) => setTimeout(resolveTick, 25));
    const grandchild = Number(writtenPid());
    expect(grandchild).toBeGreaterThan(1);
    cli.child.kill('SIGTERM');
    await cli.exited;
    // The signal reaches the grandchild at once, but on a loaded machine it may take a while to run and
    // die: wait up to 5 s for that (a zombie, killed but not yet reaped after reparenting, counts as gone).
    let alive = isProcessRunning(grandchild);
    for (let waited = 0; alive && waited < 5_000; waited += 50) {
      await new Promise((resolveTick) => setTimeout(resolveTick, 50));
      alive = isProcessRunning(grandchild);
    }
    if (alive) process.kill(grandchild, 'SIGKILL'); // leave nothing behind
    expect(alive).toBe(false);
  });
});
