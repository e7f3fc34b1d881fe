// `lambda-rmc simulate` as a real process: it stops on SIGTERM/SIGINT after answering what is in
// flight, within its drain bound, at once on a second signal, and when it was started through
// `npx` or `npm run` and the wrapper's pid is the one signalled (npm forwards the signal only to its
// `sh -c` child, which dies without passing it on).
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { isProcessRunning, liveChildren } from '../mock/process-state.js';
import { sendRaw } from '../support/raw-http.js';
import { cliSandbox, spawnCli, stopAll } from './support/cli-process.js';

const sandbox = cliSandbox();
afterAll(() => sandbox.remove());
afterEach(() => stopAll());

/** Spawns `command` and waits for the simulator's URL line. */
async function start(command: string, args: string[], cwd: string) {
  const started = spawnCli(command, args, { cwd });
  const url = (await started.waitFor(/listening on (\S+)/))[1]!;
  return { ...started, url };
}

const target = '/2021-07-20/functions/my-function/runtime-management-config';
const elapsedSince = (start: number) => performance.now() - start;

async function serverGone(url: string): Promise<boolean> {
  for (let tries = 0; tries < 60; tries += 1) {
    try {
      await sendRaw(url, { method: 'GET', target, headers: { connection: 'close' } });
    } catch {
      return true;
    }
    await new Promise((resolveTick) => setTimeout(resolveTick, 100));
  }
  return false;
}

describe('lambda-rmc simulate stops when told', () => {
  it('SIGTERM: the request in flight is answered, then exit 0', async () => {
    const simulator = await start(process.execPath, [...sandbox.nodeArgs, 'simulate', '--port', '0', '--latency', '800'], sandbox.folder);
    const answer = sendRaw(simulator.url, { method: 'GET', target, headers: { connection: 'close' } });
    await new Promise((resolveTick) => setTimeout(resolveTick, 200));
    simulator.child.kill('SIGTERM');
    expect((await answer).status).toBe(200);
    expect(await simulator.exited).toEqual({ code: 0, signal: null });
    expect(simulator.output()).toContain('Simulator stopped (SIGTERM)');
  });

  it('latency longer than --drain: the process exits 0 once the drain bound is reached, not when the latency ends', async () => {
    const simulator = await start(process.execPath, [...sandbox.nodeArgs, 'simulate', '--port', '0', '--latency', '20000', '--drain', '300'], sandbox.folder);
    void sendRaw(simulator.url, { method: 'GET', target }).catch(() => undefined);
    await new Promise((resolveTick) => setTimeout(resolveTick, 200));
    const stopAt = performance.now();
    simulator.child.kill('SIGINT');
    expect(await simulator.exited).toEqual({ code: 0, signal: null });
    expect(elapsedSince(stopAt)).toBeLessThan(10_000);
  });

  it('a second signal ends the process at once, drain or not, with 128 + its number', async () => {
    const simulator = await start(process.execPath, [...sandbox.nodeArgs, 'simulate', '--port', '0', '--latency', '20000', '--drain', '60000'], sandbox.folder);
    void sendRaw(simulator.url, { method: 'GET', target }).catch(() => undefined);
    await new Promise((resolveTick) => setTimeout(resolveTick, 200));
    simulator.child.kill('SIGTERM');
    await new Promise((resolveTick) => setTimeout(resolveTick, 200));
    simulator.child.kill('SIGTERM');
    expect(await simulator.exited).toEqual({ code: 143, signal: null });
  });

  it.each([
    ['npx lambda-rmc simulate', ['npx', ['lambda-rmc', 'simulate', '--port', '0']]],
    ['npm run simulate', ['npm', ['run', 'simulate', '--', '--port', '0']]],
  ] as const)('%s: SIGTERM to the wrapper stops the server; nothing is left running', async (_name, [command, args]) => {
    const project = sandbox.consumerProject();
    const wrapper = await start(command, [...args], project);
    const serverPids = () =>
      liveChildren(wrapper.child.pid!, 'sh')
        .flatMap((shell) => liveChildren(shell, 'run-cli'))
        .concat(liveChildren(wrapper.child.pid!, 'run-cli'));
    const servers = serverPids();
    expect(servers, 'the server process under the wrapper').toHaveLength(1);
    expect((await sendRaw(wrapper.url, { method: 'GET', target, headers: { connection: 'close' } })).status).toBe(200);
    wrapper.child.kill('SIGTERM');
    await wrapper.exited;
    expect(await serverGone(wrapper.url)).toBe(true);
    for (let tries = 0; tries < 100 && isProcessRunning(servers[0]!); tries += 1) await new Promise((resolveTick) => setTimeout(resolveTick, 50));
    expect(isProcessRunning(servers[0]!), `server process ${servers[0]}`).toBe(false);
  });
});
