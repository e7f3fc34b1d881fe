import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../../src/simulator/token-bucket.js';

/** A bucket on a clock the test moves by hand. */
function bucketAt(ratePerSecond: number, burst?: number) {
  let now = 0;
  const bucket = new TokenBucket(ratePerSecond, burst, () => now);
  return { bucket, advance: (ms: number) => void (now += ms) };
}

describe('TokenBucket', () => {
  it.each([
    ['burst tokens go at once, then 429 until refilled', { given: { rate: 2, burst: 3, steps: [0, 0, 0, 0] }, want: [true, true, true, 1] }],
    ['default burst is the rate rounded up', { given: { rate: 2.5, burst: undefined, steps: [0, 0, 0, 0] }, want: [true, true, true, 1] }],
    ['a slow rate asks for a long wait, in whole seconds', { given: { rate: 0.1, burst: 1, steps: [0, 0] }, want: [true, 10] }],
    ['half a token back: still refused, wait rounds up', { given: { rate: 1, burst: 1, steps: [0, 500] }, want: [true, 1] }],
    ['refills with time', { given: { rate: 1, burst: 1, steps: [0, 1000, 0] }, want: [true, true, 1] }],
    ['never holds more than burst', { given: { rate: 10, burst: 2, steps: [60_000, 0, 0] }, want: [true, true, 1] }],
  ])('%s', (_name, { given, want }) => {
    const { bucket, advance } = bucketAt(given.rate, given.burst);
    const outcomes = given.steps.map((ms) => {
      advance(ms);
      const decision = bucket.take();
      return decision.allowed ? true : decision.retryAfterSeconds;
    });
    expect(outcomes).toEqual(want);
  });
});
