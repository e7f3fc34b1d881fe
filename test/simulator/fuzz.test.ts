// The seeded fuzz suite against the simulator, at a modest count (`npm run fuzz` runs ≥ 5,000 per server).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { describeReport, fuzzServer } from '../support/fuzz/fuzz-server.js';
import { hostileRequests } from '../support/fuzz/hostile-requests.js';
import { sendRaw } from '../support/raw-http.js';

let simulator: RunningSimulator;
beforeAll(async () => {
  simulator = await startSimulator({ controlEndpoint: true });
});
afterAll(() => simulator.close());

it('hostile requests: no exit, no hang, no unrequested 5xx, every error AWS-shaped, no state changed by a refusal', async () => {
  const report = await fuzzServer(
    { name: 'simulator', url: simulator.url, snapshot: () => simulator.state.snapshot(), reset: () => simulator.reset() },
    hostileRequests(20261203, 400),
  );
  expect(report.failures, describeReport(report)).toEqual([]);
  expect(report.answers).toBeGreaterThan(300);
  expect(Object.keys(report.statuses).length).toBeGreaterThan(4); // refusals of many kinds, and successes
  expect((await sendRaw(simulator.url, { method: 'GET', target: '/2021-07-20/functions/my-function/runtime-management-config' })).status).toBe(200);
}, 120_000);
