import { setTimeout as delay } from 'node:timers/promises';

/** How the client retries a 429: a bounded number of times, each after the `Retry-After` the service asked for. */
export interface RetryPolicy {
  /** Retries after the first attempt; default 2 (so at most 3 requests). 0 turns retrying off. */
  maxRetries: number;
  /** A 429 asking for a longer wait is returned at once instead of retried; default 20 s. */
  maxRetryAfterSeconds: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxRetries: 2, maxRetryAfterSeconds: 20 };

/** Waits `ms` milliseconds; tests inject one that records the wait and returns at once. */
export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => delay(ms);

/** The wait before the next attempt, or undefined when this outcome is not retried. */
export function retryDelayMs(policy: RetryPolicy, attempts: number, error: { name: string; retryAfterSeconds?: number } | undefined): number | undefined {
  if (error?.name !== 'TooManyRequestsException' || attempts > policy.maxRetries) return undefined;
  const seconds = error.retryAfterSeconds;
  if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0 || seconds > policy.maxRetryAfterSeconds) return undefined;
  return seconds * 1000;
}
