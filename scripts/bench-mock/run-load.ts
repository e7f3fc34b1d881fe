import autocannon, { type AutocannonRequest } from 'autocannon';
import type { ServerProcess } from './server-process.js';

export interface LoadResult {
  requestsPerSecond: number;
  total: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  timeouts: number;
  statusCounts: Record<string, number>;
  /** RSS samples of the server, one per second, in bytes. */
  rssSamples: number[];
  peakRssBytes: number;
  /** Server CPU time per answered request, in microseconds: what the server spent, whatever else ran. */
  cpuMicrosPerRequest: number;
}

/** Runs autocannon against `server` for `durationSeconds`, sampling the server's RSS every second. */
export async function runLoad(
  server: ServerProcess,
  requests: AutocannonRequest[],
  options: { connections: number; durationSeconds: number },
): Promise<LoadResult> {
  const rssSamples: number[] = [];
  const sampler = setInterval(() => rssSamples.push(server.rssBytes()), 1000);
  const cpuBefore = server.cpuMicros();
  try {
    const result = await autocannon({ url: server.url, connections: options.connections, duration: options.durationSeconds, requests, timeout: 10 });
    return {
      requestsPerSecond: result.requests.average,
      total: result.requests.total,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      errors: result.errors,
      timeouts: result.timeouts,
      statusCounts: Object.fromEntries(Object.entries(result.statusCodeStats).map(([status, { count }]) => [status, Number(count)])),
      rssSamples,
      peakRssBytes: server.peakRssBytes(),
      cpuMicrosPerRequest: (server.cpuMicros() - cpuBefore) / Math.max(1, result.requests.total),
    };
  } finally {
    clearInterval(sampler);
  }
}

export const megabytes = (bytes: number) => bytes / 1024 / 1024;
