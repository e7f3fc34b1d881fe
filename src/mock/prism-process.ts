import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { prismBinPath } from './prism-bin.js';

export type PrismLogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';

export interface PrismExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface PrismProcessOptions {
  specPath: string;
  host: string;
  port: number;
  logLevel: PrismLogLevel;
  /** Each non-empty line Prism prints (stdout and stderr), without colour codes. */
  onOutput?: (line: string) => void;
}

export interface PrismProcess {
  readonly pid: number;
  /** Settles when Prism has exited and its output is read to the end. */
  readonly exited: Promise<PrismExit>;
  hasExited(): boolean;
  /** Prism's own explanation of a failure: its last fatal log line, else its last stderr line. */
  lastDiagnostic(): string | undefined;
  /** Ends Prism's whole process group; resolves once it has exited. */
  stop(): Promise<PrismExit>;
}

// Preloaded into Prism: when our process goes away, however it goes (even SIGKILL), the IPC channel
// closes and Prism exits instead of living on as an orphan (without an IPC channel it does nothing).
const exitWithParent = 'process.on("disconnect", () => process.exit(0));';
const killGraceMs = 5_000;

/**
 * The `node` arguments that run `prism mock` as the mock runs it: Prism's own entry script (no npx),
 * request validation on, one process. spawnPrism starts them; bench:mock times the same command.
 */
export function prismMockArguments(options: Pick<PrismProcessOptions, 'specPath' | 'host' | 'port' | 'logLevel'>): string[] {
  return [
    '--import',
    `data:text/javascript,${encodeURIComponent(exitWithParent)}`,
    prismBinPath(),
    'mock',
    options.specPath,
    '--host',
    options.host,
    '--port',
    String(options.port),
    // Violations of the response schema must not replace the spec's examples with Prism errors.
    '--errors=false',
    // A forked worker would be a second process to track; one process also logs less.
    '--multiprocess=false',
    '--verboseLevel',
    options.logLevel,
  ];
}

/** Starts `prism mock` on the spec, request validation on, in its own process group. */
export function spawnPrism(options: PrismProcessOptions): PrismProcess {
  const child = spawn(process.execPath, prismMockArguments(options), {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });

  let lastFatal: string | undefined;
  let lastStderr: string | undefined;
  let spawnFailure: string | undefined;
  let done = false;

  const readLines = (stream: Readable | null, onLine: (line: string) => void) => {
    if (stream)
      createInterface({ input: stream, crlfDelay: Infinity }).on('line', (raw) => {
        const line = stripVTControlCharacters(raw).trimEnd();
        if (line.trim() === '') return;
        options.onOutput?.(line);
        onLine(line);
      });
  };
  readLines(child.stdout, (line) => {
    const fatal = /\bfatal\s+(.*)$/.exec(line);
    if (fatal?.[1]) lastFatal = fatal[1].trim();
  });
  readLines(child.stderr, (line) => {
    lastStderr = line.trim();
  });

  const exited = new Promise<PrismExit>((resolveExit) => {
    child.once('error', (error) => {
      spawnFailure = error.message;
      if (child.pid === undefined) {
        done = true;
        resolveExit({ code: null, signal: null });
      }
    });
    child.once('close', (code, signal) => {
      done = true;
      resolveExit({ code, signal });
    });
  });

  const signalGroup = (signal: NodeJS.Signals) => {
    if (done || child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal); // the whole group: Prism and anything it started
    } catch {
      child.kill(signal); // the group is gone already; the process itself may still be exiting
    }
  };

  return {
    pid: child.pid ?? -1,
    exited,
    hasExited: () => done,
    lastDiagnostic: () => lastFatal ?? lastStderr ?? spawnFailure,
    async stop() {
      signalGroup('SIGTERM');
      const forceKill = setTimeout(() => signalGroup('SIGKILL'), killGraceMs);
      try {
        return await exited;
      } finally {
        clearTimeout(forceKill);
      }
    },
  };
}
