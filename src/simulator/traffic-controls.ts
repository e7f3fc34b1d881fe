import { ErrorRate } from './error-rate.js';
import type { ErrorRateSettings, LatencySettings, ThrottleSettings, TrafficSettings } from './simulator-options.js';
import { TokenBucket, type Clock } from './token-bucket.js';

/** A change of traffic settings: a member replaces the current one, null switches it off, absent keeps it. */
export type TrafficChange = { [K in keyof TrafficSettings]?: TrafficSettings[K] | null };

/** The throttle, latency and error rate in force: the starting ones until changed at run time. */
export class TrafficControls {
  bucket: TokenBucket | undefined;
  latency: LatencySettings | undefined;
  errorRate: ErrorRate | undefined;
  private settings: TrafficSettings = {};

  constructor(
    private readonly starting: TrafficSettings,
    private readonly clock?: Clock,
  ) {
    this.reset();
  }

  reset(): void {
    this.settings = {};
    this.change({ throttle: this.starting.throttle ?? null, latency: this.starting.latency ?? null, errorRate: this.starting.errorRate ?? null });
  }

  change(change: TrafficChange): void {
    if (change.throttle !== undefined) this.setThrottle(change.throttle ?? undefined);
    if (change.latency !== undefined) this.setLatency(change.latency ?? undefined);
    if (change.errorRate !== undefined) this.setErrorRate(change.errorRate ?? undefined);
  }

  current(): TrafficSettings {
    return structuredClone(this.settings);
  }

  private setThrottle(throttle: ThrottleSettings | undefined) {
    this.settings.throttle = throttle;
    this.bucket = throttle && new TokenBucket(throttle.ratePerSecond, throttle.burst, this.clock);
  }

  private setLatency(latency: LatencySettings | undefined) {
    this.settings.latency = latency;
    this.latency = latency;
  }

  private setErrorRate(errorRate: ErrorRateSettings | undefined) {
    this.settings.errorRate = errorRate;
    this.errorRate = errorRate && new ErrorRate(errorRate);
  }
}
