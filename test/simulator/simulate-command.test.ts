// `lambda-rmc simulate`, run in-process through the CLI's main with captured output and a stop
// signal the test fires. (It sits beside the simulator's tests: the CLI folder's tests belong to others.)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-command.js';
import { main } from '../../src/cli/main.js';
import { sendRaw } from '../support/raw-http.js';

const folder = mkdtempSync(join(tmpdir(), 'lambda-rmc-simulate-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function fakeIo() {
  let stop: (signal: string) => void = () => undefined;
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    isTty: false,
    cwd: folder,
    stopSignal: new Promise((resolveStop) => (stop = resolveStop)),
  };
  return { io, out, err, stop: (signal = 'SIGTERM') => stop(signal) };
}

/** Starts `simulate` with `args`, waits for the URL line, and hands back the URL and a stopper. */
async function serve(args: string[]) {
  const fake = fakeIo();
  const exit = main(['simulate', '--port', '0', ...args], fake.io);
  for (let tries = 0; tries < 200 && !fake.out.join('').includes('listening on'); tries += 1) await new Promise((resolveTick) => setImmediate(resolveTick));
  const url = /listening on (\S+)/.exec(fake.out.join(''))?.[1];
  if (!url) throw new Error(`no URL printed: ${fake.out.join('')}${fake.err.join('')} ${await Promise.race([exit, Promise.resolve('running')])}`);
  return { url, ...fake, exit };
}

const target = (name: string, query = '') => `/2021-07-20/functions/${name}/runtime-management-config${query}`;

describe('lambda-rmc simulate', () => {
  it('--help describes every option', async () => {
    const { io, out } = fakeIo();
    expect(await main(['simulate', '--help'], io)).toBe(0);
    for (const flag of ['--port', '--host', '--functions', '--config', '--rate', '--burst', '--latency', '--jitter', '--error-rate', '--seed', '--control']) {
      expect(out.join('')).toContain(flag);
    }
  });

  it('serves the default fixture, prints the URL, and stops on the stop signal', async () => {
    const running = await serve([]);
    expect(running.out.join('')).toMatch(
      /^Simulator listening on http:\/\/127\.0\.0\.1:\d+\nFunctions: my-function, pinned-function, busy-function, image-function, eu-function\n/,
    );
    expect((await sendRaw(running.url, { method: 'GET', target: target('my-function', '?Qualifier=1') })).status).toBe(200);
    running.stop('SIGINT');
    expect(await running.exit).toBe(0);
    expect(running.out.join('')).toContain('Simulator stopped (SIGINT)');
    await expect(sendRaw(running.url, { method: 'GET', target: target('my-function') })).rejects.toThrow();
  });

  it.each([
    ['loopback: no warning', { given: ['--host', '127.0.0.1'], want: undefined }],
    [
      'beyond loopback: a warning',
      { given: ['--host', '0.0.0.0'], want: /^lambda-rmc simulate: warning: listening on 0\.0\.0\.0, beyond loopback: the simulator checks no credentials/ },
    ],
    [
      'beyond loopback with --control: a stronger warning',
      {
        given: ['--host', '0.0.0.0', '--control'],
        want: /^lambda-rmc simulate: WARNING: listening on 0\.0\.0\.0 with --control: anyone who can reach this address can reset the simulator/,
      },
    ],
  ] as const)('%s', async (_name, { given, want }) => {
    const running = await serve([...given]);
    running.stop();
    expect(await running.exit).toBe(0);
    if (want === undefined) expect(running.err.join('')).toBe('');
    else expect(running.err.join('')).toMatch(want);
  });

  it('--functions, --config and flags together; flags override the file', async () => {
    const functions = join(folder, 'functions.json');
    const added = 'arn:aws:lambda:us-east-1::runtime:5555555555555555555555555555555555555555555555555555555555555555';
    // The file adds a runtime version; its function pins it.
    writeFileSync(
      functions,
      JSON.stringify({
        functions: [{ name: 'orders', versions: ['1'], runtime: 'java21', configs: { '1': { UpdateRuntimeOn: 'Manual', RuntimeVersionArn: added } } }],
        runtimeVersions: [{ runtime: 'java21', arn: added }],
      }),
    );
    const config = join(folder, 'config.json');
    writeFileSync(config, JSON.stringify({ throttle: { ratePerSecond: 1000, burst: 1000 }, faults: [{ status: 500 }] }));
    const running = await serve(['--functions', 'functions.json', '--config', 'config.json', '--rate', '0.001', '--burst', '1', '--control']);
    try {
      expect(running.out.join('')).toContain('Functions: orders\n');
      expect(running.out.join('')).toContain('/_simulator/state');
      const first = await sendRaw(running.url, { method: 'GET', target: target('orders') });
      const second = await sendRaw(running.url, { method: 'GET', target: target('orders') });
      expect([first.status, second.status, second.headers['retry-after']]).toEqual([500, 429, '1000']);
      expect((await sendRaw(running.url, { method: 'GET', target: '/_simulator/settings' })).json).toEqual({ throttle: { ratePerSecond: 0.001, burst: 1 } });
      const state = (await sendRaw(running.url, { method: 'GET', target: '/_simulator/state' })).json as {
        functions: Array<{ runtime: string; runtimeVersionArn: string; configs: object }>;
      };
      expect(state.functions[0]).toMatchObject({
        runtime: 'java21',
        runtimeVersionArn: added,
        configs: { '1': { UpdateRuntimeOn: 'Manual', RuntimeVersionArn: added } },
      });
    } finally {
      running.stop();
      await running.exit;
    }
  });

  it('--error-rate with --seed fails the same calls on every run', async () => {
    const statuses = async () => {
      const running = await serve(['--error-rate', '0.5', '--seed', '11']);
      const seen: number[] = [];
      for (let index = 0; index < 12; index += 1) seen.push((await sendRaw(running.url, { method: 'GET', target: target('my-function') })).status);
      running.stop();
      await running.exit;
      return seen;
    };
    const first = await statuses();
    expect(first).toContain(500);
    expect(first).toContain(200);
    expect(await statuses()).toEqual(first);
  });

  it.each([
    ['an unknown flag', { given: ['--nope'], want: /^lambda-rmc simulate: Unknown option '--nope'/ }],
    ['a bad port', { given: ['--port', '99999'], want: /^lambda-rmc simulate: --port must be a port number from 0 to 65535, got '99999'$/ }],
    ['a rate of 0', { given: ['--rate', '0'], want: /^lambda-rmc simulate: --rate must be a number above 0, got '0'$/ }],
    ['a fractional burst', { given: ['--rate', '1', '--burst', '1.5'], want: /^lambda-rmc simulate: --burst must be an integer of at least 1, got '1.5'$/ }],
    ['--burst without --rate', { given: ['--burst', '2'], want: /^lambda-rmc simulate: --burst needs --rate/ }],
    ['--jitter without --latency', { given: ['--jitter', '2'], want: /^lambda-rmc simulate: --jitter needs --latency/ }],
    ['an error rate above 1', { given: ['--error-rate', '1.5'], want: /^lambda-rmc simulate: --error-rate must be a number from 0 to 1, got '1.5'$/ }],
    ['--seed without --error-rate', { given: ['--seed', '3'], want: /^lambda-rmc simulate: --seed needs --error-rate/ }],
    [
      'an error status of 404',
      { given: ['--error-rate', '0.1', '--error-status', '404'], want: /^lambda-rmc simulate: --error-status must be 500 or 429, got '404'$/ },
    ],
    [
      'a latency that is not a number',
      { given: ['--latency', 'fast'], want: /^lambda-rmc simulate: --latency must be a number from 0 to 600000, got 'fast'$/ },
    ],
    ['a missing functions file', { given: ['--functions', 'missing.json'], want: /^lambda-rmc simulate: \S+missing\.json: no such file$/ }],
  ])('refuses %s: one line on stderr, exit 2', async (_name, { given, want }) => {
    const { io, err, out } = fakeIo();
    expect(await main(['simulate', '--port', '0', ...given], io)).toBe(2);
    expect(err.join('').trimEnd()).toMatch(want);
    expect(err.join('').trimEnd().split('\n')).toHaveLength(1);
    expect(out.join('')).toBe('');
  });

  it('a bad fixture file: one line naming the file and the field', async () => {
    const file = join(folder, 'bad.json');
    writeFileSync(file, JSON.stringify({ functions: [{ name: 'orders', versions: ['1'], configs: { '1': { UpdateRuntimeOn: 'Manual' } } }] }));
    const { io, err } = fakeIo();
    expect(await main(['simulate', '--functions', 'bad.json'], io)).toBe(2);
    expect(err.join('')).toBe(`lambda-rmc simulate: ${file}: functions[0].configs.1: RuntimeVersionArn is required when UpdateRuntimeOn is Manual.\n`);
  });

  it('a port in use: one line, exit 1', async () => {
    const running = await serve([]);
    const { io, err } = fakeIo();
    expect(await main(['simulate', '--port', new URL(running.url).port], io)).toBe(1);
    expect(err.join('')).toMatch(/^lambda-rmc simulate: listen EADDRINUSE[^\n]*\n$/);
    running.stop();
    await running.exit;
  });
});
