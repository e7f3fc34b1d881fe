import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';

export interface ServerProcess {
  pid: number;
  url: string;
  /** Milliseconds from spawn to the first 200 answer to `probePath`. */
  startupMs: number;
  /** Resident set size now, in bytes. */
  rssBytes(): number;
  /** The highest resident set size so far (VmHWM), in bytes. */
  peakRssBytes(): number;
  /** CPU time the process has used so far (user + system), in microseconds. */
  cpuMicros(): number;
  /** The lines the server printed so far (stdout and stderr). */
  output(): string[];
  stop(): Promise<void>;
}

const started = new Set<number>();
// However the benchmark ends, the servers it started end with it.
process.once('exit', () => {
  for (const pid of started) killGroup(pid, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

/** Starts `node <args>` (with `{port}` replaced), in its own process group, and waits for its first 200. */
export async function startServer(args: string[], probePath: string, timeoutMs = 30_000): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, args.map((arg) => arg.replace('{port}', String(port))), {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', PACT_DO_NOT_TRACK: 'true', SCARF_ANALYTICS: 'false' },
  });
  const pid = child.pid ?? -1;
  started.add(pid);
  const lines: string[] = [];
  let partial = '';
  const keep = (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
    if (lines.length > 10_000) lines.splice(0, lines.length - 10_000); // a chatty server must not grow the benchmark
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));

  while ((await probe(url + probePath)) !== 200) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}) before answering: ${lines.at(-1) ?? partial}`);
    if (performance.now() - spawnedAt > timeoutMs) throw new Error(`no 200 from ${url}${probePath} within ${timeoutMs} ms`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 5));
  }
  const startupMs = performance.now() - spawnedAt;

  return {
    pid,
    url,
    startupMs,
    rssBytes: () => procStatusKb(pid, 'VmRSS') * 1024,
    peakRssBytes: () => procStatusKb(pid, 'VmHWM') * 1024,
    cpuMicros: () => procCpuMicros(pid),
    output: () => [...lines],
    async stop() {
      killGroup(pid, 'SIGTERM');
      const forced = setTimeout(() => killGroup(pid, 'SIGKILL'), 5000);
      await exited;
      clearTimeout(forced);
      started.delete(pid);
    },
  };
}

function killGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function probe(url: string): Promise<number> {
  return new Promise((resolveStatus) => {
    const request = get(url, { agent: false }, (response) => {
      response.resume();
      resolveStatus(response.statusCode ?? 0);
    });
    request.on('error', () => resolveStatus(0));
  });
}

function procStatusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!match) throw new Error(`/proc/${pid}/status has no ${field}`);
  return Number(match[1]);
}

const ticksPerSecond = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/** utime + stime from /proc/<pid>/stat (fields 14 and 15, after the parenthesised command name). */
function procCpuMicros(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) / ticksPerSecond) * 1e6;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
