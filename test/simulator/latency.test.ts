import { describe, expect, it } from 'vitest';
import { latencyDelay } from '../../src/simulator/latency.js';
import { startSimulatorWith } from '../../src/simulator/start-simulator.js';
import { sendRaw } from '../support/raw-http.js';

describe('latencyDelay', () => {
  it.each([
    ['no jitter: exactly ms', { given: { ms: 50, jitterMs: 0, random: 0.9 }, want: 50 }],
    ['lowest draw: ms - jitter', { given: { ms: 50, jitterMs: 20, random: 0 }, want: 30 }],
    ['middle draw: ms', { given: { ms: 50, jitterMs: 20, random: 0.5 }, want: 50 }],
    ['high draw: towards ms + jitter', { given: { ms: 50, jitterMs: 20, random: 0.75 }, want: 60 }],
    ['never below 0', { given: { ms: 5, jitterMs: 20, random: 0 }, want: 0 }],
  ])('%s', (_name, { given, want }) => {
    expect(latencyDelay({ ms: given.ms, jitterMs: given.jitterMs }, () => given.random)).toBe(want);
  });
});

describe('a simulator with latency', () => {
  it('waits the drawn delay before every answer (observed through the sleep hook, not the clock)', async () => {
    const delays: number[] = [];
    const draws = [0, 1 - Number.EPSILON, 0.5];
    const simulator = await startSimulatorWith(
      { latency: { ms: 100, jitterMs: 40 } },
      { sleep: async (ms) => void delays.push(ms), random: () => draws.shift() ?? 0.5 },
    );
    try {
      const statuses: number[] = [];
      for (const target of [
        '/2021-07-20/functions/my-function/runtime-management-config',
        '/2021-07-20/functions/nobody/runtime-management-config',
        '/unknown',
      ]) {
        statuses.push((await sendRaw(simulator.url, { method: 'GET', target })).status);
      }
      expect(statuses).toEqual([200, 404, 404]);
      expect(delays.map(Math.round)).toEqual([60, 140, 100]);
    } finally {
      await simulator.close();
    }
  });
});
