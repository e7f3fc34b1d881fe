import { operationsDocumenting, type OperationId } from '../validation/index.js';
import type { FaultOutcome } from './simulator-options.js';

interface QueuedFault {
  operation: OperationId | undefined;
  status: FaultOutcome['status'];
  remaining: number;
  retryAfterSeconds: number | undefined;
}

/**
 * Scripted outcomes, first in first out: each entry answers the next `count` calls of its
 * operation. An entry without an operation whose status only one operation documents (409: Put)
 * waits for that operation.
 */
export class FaultScript {
  /** Entries one account may queue: each answers the whole queue back, so it stays small. */
  static readonly maxQueued = 1_000;
  private queue: QueuedFault[] = [];

  get size(): number {
    return this.queue.length;
  }

  enqueue(outcome: FaultOutcome): void {
    const documenting = operationsDocumenting(outcome.status);
    this.queue.push({
      operation: outcome.operation ?? (documenting.length === 1 ? documenting[0] : undefined),
      status: outcome.status,
      remaining: outcome.count ?? 1,
      retryAfterSeconds: outcome.retryAfterSeconds,
    });
  }

  clear(): void {
    this.queue = [];
  }

  /** The outcome for this call, consumed; undefined when no entry waits for `operation`. */
  take(operation: OperationId): Pick<FaultOutcome, 'status' | 'retryAfterSeconds'> | undefined {
    if (this.queue.length === 0) return undefined;
    const index = this.queue.findIndex((fault) => fault.operation === undefined || fault.operation === operation);
    if (index === -1) return undefined;
    const fault = this.queue[index]!;
    fault.remaining -= 1;
    if (fault.remaining === 0) this.queue.splice(index, 1);
    return { status: fault.status, retryAfterSeconds: fault.retryAfterSeconds };
  }

  pending(): FaultOutcome[] {
    return this.queue.map((fault) => ({
      ...(fault.operation && { operation: fault.operation }),
      status: fault.status,
      count: fault.remaining,
      ...(fault.retryAfterSeconds !== undefined && { retryAfterSeconds: fault.retryAfterSeconds }),
    }));
  }
}
