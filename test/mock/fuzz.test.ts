// The seeded fuzz suite against the Prism mock, at a modest count (`npm run fuzz` runs ≥ 5,000).
// The mock is stateless, so the state check is the simulator's alone; here: no exit, no hang, no 5xx
// that `Prefer` did not ask for, every error AWS-shaped.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startPrismMock, type RunningMock } from '../../src/mock/index.js';
import { describeReport, fuzzServer } from '../support/fuzz/fuzz-server.js';
import { hostileRequests } from '../support/fuzz/hostile-requests.js';
import { isProcessRunning } from './process-state.js';

let mock: RunningMock;
beforeAll(async () => {
  mock = await startPrismMock({ port: 0 });
}, 60_000);
afterAll(() => mock.close());

it('hostile requests: no exit, no hang, no unrequested 5xx, every error AWS-shaped', async () => {
  const report = await fuzzServer({ name: 'mock', url: mock.url, alive: () => isProcessRunning(mock.prismPid) }, hostileRequests(20261203, 240));
  expect(report.failures, describeReport(report)).toEqual([]);
  expect(report.answers).toBeGreaterThan(180);
  const response = await fetch(`${mock.url}/2021-07-20/functions/my-function/runtime-management-config`);
  expect(response.status).toBe(200);
}, 180_000);
