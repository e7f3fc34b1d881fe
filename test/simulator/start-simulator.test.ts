import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SimulatorConfigError, startSimulator, type RunningSimulator, type SimulatorOptions } from '../../src/simulator/index.js';
import { startSimulatorWith } from '../../src/simulator/start-simulator.js';
import { sendRaw } from '../support/raw-http.js';

const running: RunningSimulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((simulator) => simulator.close()));
});
async function started(options: SimulatorOptions = {}, hooks = {}) {
  const simulator = await startSimulatorWith(options, hooks);
  running.push(simulator);
  return simulator;
}
const getMy = (simulator: RunningSimulator, name = 'my-function') =>
  sendRaw(simulator.url, { method: 'GET', target: `/2021-07-20/functions/${name}/runtime-management-config` });

describe('startSimulator options', () => {
  it('listens on a free port of 127.0.0.1 by default, with the default fixture', async () => {
    const simulator = await started();
    expect(simulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(simulator.state.snapshot().functions.map((fn) => fn.name)).toEqual([
      'busy-function',
      'eu-function',
      'image-function',
      'my-function',
      'pinned-function',
    ]);
    expect(simulator.state.getConfig('my-function', '1')).toEqual({ UpdateRuntimeOn: 'Auto' });
  });

  it.each([
    ['a port out of range', { given: { port: 70000 }, want: 'startSimulator options: port: must be an integer from 0 to 65535, got 70000' }],
    ['a zero body limit', { given: { maxBodyBytes: 0 }, want: 'startSimulator options: maxBodyBytes: must be a positive integer, got 0' }],
    [
      'a bad fixture',
      {
        given: { functions: [{ name: 'f', aliases: { live: '2' } }] },
        want: "startSimulator options: functions[0].aliases.live: points to version '2', which is not in versions",
      },
    ],
    ['a bad throttle', { given: { throttle: { ratePerSecond: -1 } }, want: 'startSimulator options: throttle.ratePerSecond: must be > 0' }],
    ['a bad latency', { given: { latency: { ms: 10, jitterMs: -1 } }, want: 'startSimulator options: latency.jitterMs: must be >= 0' }],
    ['a bad error rate', { given: { errorRate: { probability: 1.5, seed: 1 } }, want: 'startSimulator options: errorRate.probability: must be <= 1' }],
    [
      'a 409 fault for Get',
      {
        given: { faults: [{ operation: 'GetRuntimeManagementConfig' as const, status: 409 as const }] },
        want: /^startSimulator options: faults\[0\]\.status: GetRuntimeManagementConfig never answers 409/,
      },
    ],
  ])('refuses %s with a SimulatorConfigError naming the field', async (_name, { given, want }) => {
    const error = await startSimulator(given as SimulatorOptions).then(
      (simulator) => (running.push(simulator), undefined),
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(SimulatorConfigError);
    if (typeof want === 'string') expect((error as Error).message).toBe(want);
    else expect((error as Error).message).toMatch(want);
  });

  it('a port already in use rejects instead of crashing', async () => {
    const first = await started();
    const port = Number(new URL(first.url).port);
    await expect(startSimulator({ port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});

describe('the in-process state API', () => {
  it('upsertFunction, getConfig (through aliases and $LATEST.PUBLISHED), setUpdateInProgress, deleteFunction', async () => {
    const simulator = await started({ functions: [] });
    expect((await getMy(simulator, 'orders')).status).toBe(404);
    simulator.state.upsertFunction({ name: 'orders', versions: ['1', '2'], aliases: { live: '1' }, configs: { '2': { UpdateRuntimeOn: 'FunctionUpdate' } } });
    expect((await getMy(simulator, 'orders')).status).toBe(200);
    expect(simulator.state.getConfig('orders', 'live')).toEqual({ UpdateRuntimeOn: 'Auto' });
    expect(simulator.state.getConfig('orders', '$LATEST.PUBLISHED')).toEqual({ UpdateRuntimeOn: 'FunctionUpdate' });
    expect(simulator.state.getConfig('orders', '9')).toBeUndefined();
    expect(simulator.state.getConfig('nobody')).toBeUndefined();

    simulator.state.setUpdateInProgress('orders', true);
    const conflict = await sendRaw(simulator.url, {
      method: 'PUT',
      target: '/2021-07-20/functions/orders/runtime-management-config',
      headers: { 'content-type': 'application/json' },
      body: '{"UpdateRuntimeOn":"Auto"}',
    });
    expect(conflict.status).toBe(409);

    simulator.state.deleteFunction('orders');
    expect((await getMy(simulator, 'orders')).status).toBe(404);
  });

  it('refuses bad input with SimulatorConfigError', async () => {
    const simulator = await started();
    expect(() => simulator.state.upsertFunction({ name: 'bad name' })).toThrow(/^RunningSimulator: name: must match/);
    expect(() => simulator.state.setUpdateInProgress('nobody', true)).toThrow("RunningSimulator: name: no function named 'nobody'");
    expect(() => simulator.faults.enqueue({ status: 404 as never })).toThrow('RunningSimulator: status: must be one of: 409, 429, 500');
  });

  it('getConfig returns a copy: changing it changes nothing', async () => {
    const simulator = await started();
    const config = simulator.state.getConfig('my-function')!;
    config.UpdateRuntimeOn = 'Manual';
    expect(simulator.state.getConfig('my-function')).toEqual({ UpdateRuntimeOn: 'Auto' });
  });

  it('reset brings back the starting fixture and settings and clears faults', async () => {
    const simulator = await started({ throttle: { ratePerSecond: 1, burst: 1 } }, { clock: () => 0 });
    expect((await getMy(simulator)).status).toBe(200);
    expect((await getMy(simulator)).status).toBe(429);
    simulator.state.upsertFunction({ name: 'extra' });
    simulator.state.deleteFunction('my-function');
    simulator.faults.enqueue({ status: 500, count: 3 });
    simulator.reset();
    expect(simulator.state.snapshot().functions.map((fn) => fn.name)).toContain('my-function');
    expect(simulator.state.snapshot().functions.map((fn) => fn.name)).not.toContain('extra');
    expect((await getMy(simulator)).status).toBe(200); // a full bucket again (the clock stood still), no fault left
  });
});

describe('throttling on a hand-moved clock', () => {
  it('burst, then 429 with Retry-After, then a refill lets requests through', async () => {
    let now = 0;
    const simulator = await started({ throttle: { ratePerSecond: 1, burst: 2 } }, { clock: () => now });
    const statuses = [];
    for (let index = 0; index < 3; index += 1) statuses.push((await getMy(simulator)).status);
    const throttled = await getMy(simulator);
    expect(statuses).toEqual([200, 200, 429]);
    expect(throttled.headers['retry-after']).toBe('1');
    expect(throttled.json).toEqual({ Reason: 'CallerRateLimitExceeded', Type: 'User', message: 'Rate Exceeded.' });
    now += 1000;
    expect((await getMy(simulator)).status).toBe(200);
  });
});

describe('close', () => {
  it('stops listening and drops kept-alive connections', async () => {
    const simulator = await startSimulator();
    expect((await getMy(simulator)).status).toBe(200);
    await simulator.close();
    const url = new URL(simulator.url);
    const refused = await new Promise((resolveConnect) => {
      const socket = connect(Number(url.port), url.hostname, () => {
        socket.destroy();
        resolveConnect('connected');
      });
      socket.on('error', (error: NodeJS.ErrnoException) => resolveConnect(error.code));
    });
    expect(refused).toBe('ECONNREFUSED');
  });
});
