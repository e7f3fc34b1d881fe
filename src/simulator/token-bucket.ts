/** Milliseconds from a monotonic clock; injectable so tests need not wait. */
export type Clock = () => number;

export type TokenDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * A token bucket: holds up to `burst` tokens, refills `ratePerSecond` per second, and each request
 * takes one. A refused request learns how many whole seconds until a token is back (Retry-After).
 */
export class TokenBucket {
  private tokens: number;
  private refilledAt: number;

  constructor(
    readonly ratePerSecond: number,
    readonly burst: number = Math.max(1, Math.ceil(ratePerSecond)),
    private readonly clock: Clock = () => performance.now(),
  ) {
    this.tokens = burst;
    this.refilledAt = clock();
  }

  take(): TokenDecision {
    const now = this.clock();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.refilledAt) / 1000) * this.ratePerSecond);
    this.refilledAt = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.ceil((1 - this.tokens) / this.ratePerSecond) };
  }
}
