import { get } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { MockStartError } from './mock-start-error.js';
import type { PrismExit, PrismProcess } from './prism-process.js';

const pollIntervalMs = 100;
const probeTimeoutMs = 2_000;

export interface ReadinessWait {
  baseUrl: string;
  /** GET path expected to answer 200; undefined: any answer will do. */
  probePath: string | undefined;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
}

/**
 * Polls Prism until its probe GET answers 200 (any answer at all when the spec offers no probe).
 * Fails as soon as Prism exits or the signal aborts, or after `timeoutMs`, quoting Prism's last diagnostic.
 */
export async function waitUntilReady(prism: PrismProcess, { baseUrl, probePath, timeoutMs, signal }: ReadinessWait): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const aborted = new Promise<void>((resolveAbort) => signal?.addEventListener('abort', () => resolveAbort(), { once: true }));
  let lastAnswer = '';
  for (;;) {
    if (signal?.aborted) throw new MockStartError('aborted', 'start-up was cancelled');
    const status = prism.hasExited() ? undefined : await probe(`${baseUrl}${probePath ?? '/'}`);
    if (prism.hasExited()) {
      const exit = await prism.exited;
      throw new MockStartError('prism-exited', `Prism exited (${describeExit(exit)}) before answering`, prism.lastDiagnostic());
    }
    if (status !== undefined && (probePath === undefined || status === 200)) return;
    if (status !== undefined) lastAnswer = ` (GET ${probePath} answered ${status})`;
    if (Date.now() >= deadline) {
      throw new MockStartError('prism-timeout', `Prism did not answer within ${timeoutMs} ms${lastAnswer}`, prism.lastDiagnostic());
    }
    await Promise.race([delay(pollIntervalMs), prism.exited, aborted]);
  }
}

/** The status of one GET, or undefined when nothing answered. */
function probe(url: string): Promise<number | undefined> {
  return new Promise((resolveStatus) => {
    // agent: false, so no kept-alive probe connection outlives the wait.
    const request = get(url, { agent: false, timeout: probeTimeoutMs }, (response) => {
      response.resume();
      resolveStatus(response.statusCode);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolveStatus(undefined));
  });
}

function describeExit(exit: PrismExit): string {
  return exit.signal !== null ? `signal ${exit.signal}` : exit.code !== null ? `code ${exit.code}` : 'could not start';
}
