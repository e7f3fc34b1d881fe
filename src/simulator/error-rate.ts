import { seededRandom } from './seeded-random.js';
import type { ErrorRateSettings } from './simulator-options.js';

/** Fails a seeded random share of calls: the same seed fails the same calls on every run. */
export class ErrorRate {
  private readonly random: () => number;

  constructor(private readonly settings: ErrorRateSettings) {
    this.random = seededRandom(settings.seed);
  }

  /** The status this call fails with, or undefined when it goes through. */
  draw(): 500 | 429 | undefined {
    return this.random() < this.settings.probability ? (this.settings.status ?? 500) : undefined;
  }
}
