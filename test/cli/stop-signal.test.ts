// `lambda-rmc simulate` as a real process: it stops on SIGTERM/SIGINT after answering what is in
// flight, within its drain bound, at once on a second signal, and when it was started through
// `npx` or `npm run` and the wrapper's pid is the one signalled (npm forwards the signal only to its
// `sh -c` child, which dies without passing it on).
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { isProcessRunning, liveChildren } from '../mock/process-state.js';
import { sendRaw } from '../simulator/support/raw-http.js';

const projectRoot = resolve('.');
const folder = mkdtempSync(join(tmpdir(), 'lambda-rmc-stop-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// The CLI from source, so the test needs no build: the shim execs node as the packaged bin would.
const cliEntry = join(folder, 'run-cli.mts');
writeFileSync(cliEntry, `import { main } from ${JSON.stringify(pathToFileURL(join(projectRoot, 'src/cli/main.ts')).href)};\nprocess.exitCode = await main(process.argv.slice(2));\n`);
const tsxLoader = pathToFileURL(join(projectRoot, 'node_modules/tsx/dist/loader.mjs')).href;

/** A consumer project whose node_modules/.bin/lambda-rmc runs this checkout's CLI. */
function consumerProject(): string {
  const project = mkdtempSync(join(folder, 'consumer-'));
  mkdirSync(join(project, 'node_modules/.bin'), { recursive: true });
  const bin = join(project, 'node_modules/.bin/lambda-rmc');
  writeFileSync(bin, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} --import ${tsxLoader} ${JSON.stringify(cliEntry)} "$@"\n`);
  chmodSync(bin, 0o755);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, scripts: { simulate: 'lambda-rmc simulate' } }));
  return project;
}

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** Spawns `command`, waits for the simulator's URL line. */
async function start(command: string, args: string[], cwd: string): Promise<Started> {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false' } });
  started.push(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) => child.on('exit', (code, signal) => resolveExit({ code, signal })));
  for (let waited = 0; !/listening on (\S+)/.test(output); waited += 50) {
    if (waited > 15_000 || child.exitCode !== null) throw new Error(`no URL printed: ${output}`);
    await new Promise((resolveTick) => setTimeout(resolveTick, 50));
  }
  return { child, url: /listening on (\S+)/.exec(output)![1]!, output: () => output, exited };
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
    const simulator = await start(process.execPath, ['--import', tsxLoader, cliEntry, 'simulate', '--port', '0', '--latency', '800'], folder);
    const answer = sendRaw(simulator.url, { method: 'GET', target, headers: { connection: 'close' } });
    await new Promise((resolveTick) => setTimeout(resolveTick, 200));
    simulator.child.kill('SIGTERM');
    expect((await answer).status).toBe(200);
    expect(await simulator.exited).toEqual({ code: 0, signal: null });
    expect(simulator.output()).toContain('Simulator stopped (SIGTERM)');
  });

  it('latency longer than --drain: the process exits 0 once the drain bound is reached, not when the latency ends', async () => {
    const simulator = await start(process.execPath, ['--import', tsxLoader, cliEntry, 'simulate', '--port', '0', '--latency', '20000', '--drain', '300'], folder);
    void sendRaw(simulator.url, { method: 'GET', target }).catch(() => undefined);
    await new Promise((resolveTick) => setTimeout(resolveTick, 200));
    const stopAt = performance.now();
    simulator.child.kill('SIGINT');
    expect(await simulator.exited).toEqual({ code: 0, signal: null });
    expect(elapsedSince(stopAt)).toBeLessThan(10_000);
  });

  it('a second signal ends the process at once, drain or not', async () => {
    const simulator = await start(process.execPath, ['--import', tsxLoader, cliEntry, 'simulate', '--port', '0', '--latency', '20000', '--drain', '60000'], folder);
    void sendRaw(simulator.url, { method: 'GET', target }).catch(() => undefined);
    await new Promise((resolveTick) => setTimeout(resolveTick, 200));
    simulator.child.kill('SIGTERM');
    await new Promise((resolveTick) => setTimeout(resolveTick, 200));
    simulator.child.kill('SIGTERM');
    expect((await simulator.exited).signal).toBe('SIGTERM');
  });

  it.each([
    ['npx lambda-rmc simulate', ['npx', ['lambda-rmc', 'simulate', '--port', '0']]],
    ['npm run simulate', ['npm', ['run', 'simulate', '--', '--port', '0']]],
  ] as const)('%s: SIGTERM to the wrapper stops the server; nothing is left running', async (_name, [command, args]) => {
    const project = consumerProject();
    const wrapper = await start(command, [...args], project);
    const serverPids = () => liveChildren(wrapper.child.pid!, 'sh').flatMap((shell) => liveChildren(shell, 'run-cli')).concat(liveChildren(wrapper.child.pid!, 'run-cli'));
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
