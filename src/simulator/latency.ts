import type { LatencySettings } from './simulator-options.js';

export type Sleep = (ms: number) => Promise<unknown>;

/** ms ± jitterMs, uniform over the interval, never below 0; `random` is in [0, 1). */
export function latencyDelay(latency: LatencySettings, random: () => number = Math.random): number {
  const jitter = latency.jitterMs ?? 0;
  return Math.max(0, latency.ms + (jitter === 0 ? 0 : (random() * 2 - 1) * jitter));
}
