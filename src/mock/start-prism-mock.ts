import { resolve } from 'node:path';
import { loadSpecFile, SpecLoadError, SpecRefError, specPath as projectSpecPath } from '../spec/index.js';
import { errorTypeByBodyFromSpec, type ErrorTypeByBody } from './error-type-by-body.js';
import { checkPortFree, pickFreePort } from './free-port.js';
import { startMockFront, type MockFront } from './mock-front.js';
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
   * Put the AWS front before Prism (default true; see mock-front.ts): requests are checked by the
   * project's validator and refused with the simulator's errors before Prism sees them; Prism's
   * answers get a fresh `x-amzn-RequestId` and the `x-amzn-ErrorType` their body is. Off: clients
   * talk to Prism directly, with all of Prism's own behaviour.
   */
  errorTypeFront?: boolean;
  /** Largest Put body the front reads (default 65536 bytes, as the simulator); 413 past it. */
  maxBodyBytes?: number;
  /** On close(), how long requests already received may take to be answered; default 5000 ms. */
  drainMs?: number;
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
  /**
   * Stops accepting, answers the requests already received (at most `drainMs`), then stops Prism's
   * whole process group; resolves once Prism has exited. Idempotent.
   */
  close(): Promise<void>;
}

const defaults = { host: '127.0.0.1', port: 4010, logLevel: 'warn', startTimeoutMs: 30_000, maxBodyBytes: 65_536, drainMs: 5_000 } as const;

/** What the mock reads from the spec itself; a `$ref` it cannot follow is bad input in that file. */
function readMockFacts(specFile: string): { errorTypes: ErrorTypeByBody; probePath: string | undefined } {
  const spec = loadSpecFile(specFile);
  try {
    return { errorTypes: errorTypeByBodyFromSpec(spec), probePath: readinessProbePath(spec) };
  } catch (error) {
    if (error instanceof SpecRefError) throw new SpecLoadError(specFile, error.message);
    throw error;
  }
}

/**
 * Starts Prism 5 on the spec as a child process (request validation on) and resolves once it
 * answers a documented request. The mock's own port opens only then: a client never meets a
 * mock that cannot answer yet. Throws SpecLoadError for an unreadable spec and MockStartError
 * when the port is taken or Prism cannot start.
 */
export async function startPrismMock(options: PrismMockOptions = {}): Promise<RunningMock> {
  if (options.signal?.aborted) throw new MockStartError('aborted', 'start-up was cancelled');
  prismBinPath(); // a missing Prism (an optional peer) fails here, before anything listens
  const specFile = resolve(options.specPath ?? projectSpecPath);
  const { errorTypes, probePath } = readMockFacts(specFile);
  const host = options.host ?? defaults.host;
  const port = options.port ?? defaults.port;
  const withFront = options.errorTypeFront ?? true;

  const prismHost = withFront ? defaults.host : host;
  const prismPort = withFront || port === 0 ? await pickFreePort(prismHost) : port;
  // A taken port fails at once, not after Prism's ~2 s start; the front binds it for real once Prism answers.
  if (withFront && port !== 0) await checkPortFree(host, port).catch((error: unknown) => failListen(host, port, error));

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
  let front: MockFront | undefined;
  try {
    await waitUntilReady(prism, {
      baseUrl: prismUrl,
      probePath,
      timeoutMs: options.startTimeoutMs ?? defaults.startTimeoutMs,
      signal: options.signal,
    });
    if (withFront) {
      front = await startMockFront({
        host,
        port,
        upstream: { host: prismHost, port: prismPort },
        errorTypes,
        maxBodyBytes: options.maxBodyBytes ?? defaults.maxBodyBytes,
      }).catch((error: unknown) => failListen(host, port, error));
    }
  } catch (error) {
    await prism.stop();
    throw error;
  }
  serving = true;

  const drainMs = options.drainMs ?? defaults.drainMs;
  let closing: Promise<void> | undefined;
  return {
    url: front ? httpUrl(host, front.port) : prismUrl,
    prismUrl,
    prismPid: prism.pid,
    exited: prism.exited,
    // The front drains first: the requests it still answers need Prism.
    close: () =>
      (closing ??= (async () => {
        await front?.close(drainMs);
        await prism.stop();
      })()),
  };
}

function failListen(host: string, port: number, error: unknown): never {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  throw new MockStartError('listen-failed', `cannot listen on ${host}:${port}: ${code}`);
}

function httpUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}
