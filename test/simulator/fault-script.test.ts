import { describe, expect, it } from 'vitest';
import { ErrorRate } from '../../src/simulator/error-rate.js';
import { FaultScript } from '../../src/simulator/fault-script.js';
import { seededRandom } from '../../src/simulator/seeded-random.js';
import type { FaultOutcome } from '../../src/simulator/simulator-options.js';
import type { OperationId } from '../../src/validation/index.js';

const put: OperationId = 'PutRuntimeManagementConfig';
const get: OperationId = 'GetRuntimeManagementConfig';

describe('FaultScript', () => {
  it.each([
    ['an outcome answers the next call of either operation', { given: { queue: [{ status: 500 }], calls: [get, put] }, want: [500, undefined] }],
    ['count repeats it', { given: { queue: [{ status: 429, count: 2 }], calls: [put, get, put] }, want: [429, 429, undefined] }],
    ['an operation-bound outcome waits for its operation', { given: { queue: [{ operation: put, status: 500 }], calls: [get, put] }, want: [undefined, 500] }],
    ['a 409 without operation waits for a Put (Get has no 409)', { given: { queue: [{ status: 409 }], calls: [get, put] }, want: [undefined, 409] }],
    ['first in, first out', { given: { queue: [{ status: 500 }, { status: 429 }], calls: [put, put, put] }, want: [500, 429, undefined] }],
    [
      'a Get skips a Put-only outcome to reach a later one',
      { given: { queue: [{ operation: put, status: 409 }, { status: 500 }], calls: [get, put] }, want: [500, 409] },
    ],
  ] satisfies Array<[string, { given: { queue: FaultOutcome[]; calls: OperationId[] }; want: Array<number | undefined> }]>)('%s', (_name, { given, want }) => {
    const script = new FaultScript();
    for (const outcome of given.queue) script.enqueue(outcome);
    expect(given.calls.map((operation) => script.take(operation)?.status)).toEqual(want);
  });

  it('keeps retryAfterSeconds, reports what is pending, and clears', () => {
    const script = new FaultScript();
    script.enqueue({ operation: put, status: 429, count: 2, retryAfterSeconds: 4 });
    expect(script.take(put)).toEqual({ status: 429, retryAfterSeconds: 4 });
    expect(script.pending()).toEqual([{ operation: put, status: 429, count: 1, retryAfterSeconds: 4 }]);
    script.clear();
    expect(script.take(put)).toBeUndefined();
  });
});

describe('seededRandom and ErrorRate', () => {
  it('the same seed gives the same sequence, another seed another one', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw(42).every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it.each([
    ['probability 0 never fails', { given: { probability: 0, status: undefined }, want: { min: 0, max: 0, status: undefined } }],
    ['probability 1 always fails, 500 by default', { given: { probability: 1, status: undefined }, want: { min: 1000, max: 1000, status: 500 } }],
    ['probability 0.25 fails about a quarter', { given: { probability: 0.25, status: 429 as const }, want: { min: 200, max: 300, status: 429 } }],
  ])('%s', (_name, { given, want }) => {
    const rate = new ErrorRate({ probability: given.probability, seed: 9, ...(given.status && { status: given.status }) });
    const failures = Array.from({ length: 1000 }, () => rate.draw()).filter((status) => status !== undefined);
    expect(failures.length).toBeGreaterThanOrEqual(want.min);
    expect(failures.length).toBeLessThanOrEqual(want.max);
    expect(new Set(failures)).toEqual(new Set(want.status === undefined ? [] : [want.status]));
  });

  it('two error rates with one seed fail the same calls', () => {
    const pattern = () => {
      const rate = new ErrorRate({ probability: 0.5, seed: 3 });
      return Array.from({ length: 50 }, () => rate.draw() ?? 0);
    };
    expect(pattern()).toEqual(pattern());
  });
});
