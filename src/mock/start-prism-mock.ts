import { resolve } from 'node:path';
import { loadSpecFile, specPath as projectSpecPath } from '../spec/index.js';
import { errorTypeByBodyFromSpec } from './error-type-by-body.js';
import { startErrorTypeFront, type ErrorTypeFront } from './error-type-front.js';
import { pickFreePort } from './free-port.js';
import { MockStartError } from './mock-start-error.js';
import { prismBinPath } from './prism-bin.js';
import { spawnPrism, type PrismExit, type PrismLogLevel } from './prism-process.js';
import { readinessProbePath } from './readiness-probe.js';
import { waitUntilReady } from './wait-until-ready.js';

export interface PrismMockOptions {
  /** The OpenAPI document Prism serves; default: the project's spec. */
  specPath?: string;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /**
   * Put the error-type front before Prism (default true): it sets `x-amzn-ErrorType` from the
   * served body where the spec admits several error types for one status. Off: clients talk to
   * Prism directly and get the header's single example.
   */
  errorTypeFront?: boolean;
  /** Prism's log level; default `warn` (Prism's request logging at `info` halves its throughput). */
  logLevel?: PrismLogLevel;
  /** How long Prism may take to answer; default 30 s. */
  startTimeoutMs?: number;
  /**
   * Each line Prism prints once it serves, e.g. its request-validation warnings. Start-up output is
   * not passed on: a failed start is summarised in one MockStartError line instead.
   */
  onOutput?: (line: string) => void;
  /** Cancels start-up: Prism is stopped and the promise rejects with MockStartError 'aborted'. */
  signal?: AbortSignal;
}

export interface RunningMock {
  /** The URL clients use: the front's when there is one, else Prism's. */
  readonly url: string;
  /** Prism itself (on 127.0.0.1 behind the front). */
  readonly prismUrl: string;
  readonly prismPid: number;
  /** Settles when Prism exits, whether through close() or on its own. */
  readonly exited: Promise<PrismExit>;
  /** Stops the front and Prism's whole process group; resolves once Prism has exited. Idempotent. */
  close(): Promise<void>;
}

const defaults = { host: '127.0.0.1', port: 4010, logLevel: 'warn', startTimeoutMs: 30_000 } as const;

/**
 * Starts Prism 5 on the spec as a child process (request validation on) and resolves once it
 * answers. Throws SpecLoadError for an unreadable spec and MockStartError when Prism cannot start.
 */
export async function startPrismMock(options: PrismMockOptions = {}): Promise<RunningMock> {
  if (options.signal?.aborted) throw new MockStartError('aborted', 'start-up was cancelled');
  prismBinPath(); // a missing Prism (an optional peer) fails here, before anything listens
  const specFile = resolve(options.specPath ?? projectSpecPath);
  const spec = loadSpecFile(specFile);
  const host = options.host ?? defaults.host;
  const port = options.port ?? defaults.port;
  const errorTypes = errorTypeByBodyFromSpec(spec);
  const withFront = (options.errorTypeFront ?? true) && errorTypes.statuses.size > 0;

  const prismHost = withFront ? defaults.host : host;
  const prismPort = withFront || port === 0 ? await pickFreePort(prismHost) : port;
  let front: ErrorTypeFront | undefined;
  if (withFront) {
    try {
      front = await startErrorTypeFront({ host, port, upstream: { host: prismHost, port: prismPort }, errorTypes });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new MockStartError('listen-failed', `cannot listen on ${host}:${port}: ${code}`);
    }
  }

  let serving = false;
  const prism = spawnPrism({
    specPath: specFile,
    host: prismHost,
    port: prismPort,
    logLevel: options.logLevel ?? defaults.logLevel,
    onOutput: (line) => {
      if (serving) options.onOutput?.(line);
    },
  });
  const prismUrl = httpUrl(prismHost, prismPort);
  try {
    await waitUntilReady(prism, {
      baseUrl: prismUrl,
      probePath: readinessProbePath(spec),
      timeoutMs: options.startTimeoutMs ?? defaults.startTimeoutMs,
      signal: options.signal,
    });
  } catch (error) {
    await Promise.all([prism.stop(), front?.close()]);
    throw error;
  }
  serving = true;

  let closing: Promise<void> | undefined;
  return {
    url: front ? httpUrl(host, front.port) : prismUrl,
    prismUrl,
    prismPid: prism.pid,
    exited: prism.exited,
    close: () => (closing ??= Promise.all([front?.close(), prism.stop()]).then(() => undefined)),
  };
}

function httpUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}
