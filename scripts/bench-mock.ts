// `npm run bench:mock`: the bare node:http ceiling, the simulator and Prism, each in its own process,
// under the same autocannon request mix. Prints req/s, p50/p99 latency, start-up time to the first
// 200, peak RSS, and the ratios against the targets of issue 3. Not a test: it measures this machine.
//   --duration S      seconds of measured load per server (default 8, at least 8)
//   --warmup S        seconds of unmeasured load first (default 2)
//   --connections N   concurrent connections (default 10)
//   --startups N      start-ups timed per server, median reported (default 3)
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { fixed, markdownTable } from './bench-mock/format-table.js';
import { measureInProcess } from './bench-mock/in-process.js';
import { benchMix } from './bench-mock/request-mix.js';
import { megabytes, runLoad, type LoadResult } from './bench-mock/run-load.js';
import { startServer } from './bench-mock/server-process.js';
import { bareTarget, ensureBuilt, prismTarget, simulatorCliTarget, simulatorTarget, type Target } from './bench-mock/targets.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '8' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    startups: { type: 'string', default: '3' },
  },
});
const durationSeconds = Math.max(8, Number(values.duration));
const warmupSeconds = Number(values.warmup);
const connections = Number(values.connections);
const startups = Math.max(1, Number(values.startups));
const probePath = '/2021-07-20/functions/my-function/runtime-management-config';
const requests = benchMix.map((entry) => entry.request);

interface Measured {
  target: Target;
  startupMs: number;
  load: LoadResult;
}

async function measure(target: Target): Promise<Measured> {
  const startupTimes: number[] = [];
  for (let run = 1; run < startups; run += 1) {
    const server = await startServer(target.args, probePath);
    startupTimes.push(server.startupMs);
    await server.stop();
  }
  const server = await startServer(target.args, probePath);
  startupTimes.push(server.startupMs);
  try {
    console.error(
      `  ${target.name}: started in ${fixed(server.startupMs)} ms; ${warmupSeconds} s warm-up, ${durationSeconds} s measured, ${connections} connections`,
    );
    if (warmupSeconds > 0) await runLoad(server, requests, { connections, durationSeconds: warmupSeconds });
    const load = await runLoad(server, requests, { connections, durationSeconds });
    return { target, startupMs: median(startupTimes), load };
  } finally {
    await server.stop();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

ensureBuilt((line) => console.error(line));
console.error(
  `bench:mock — load average ${loadavg()
    .map((value) => value.toFixed(1))
    .join(
      ' ',
    )}; ${benchMix.length}-request mix (${benchMix.filter((entry) => entry.kind === 'valid').length} valid Get/Put, ${benchMix.filter((entry) => entry.kind !== 'valid').length} invalid), node ${process.version}`,
);
const bare = await measure(bareTarget);
const simulator = await measure(simulatorTarget);
const simulatorCli = await measure(simulatorCliTarget);
const prism = await measure(prismTarget());
console.error(`  in-process transport: ${warmupSeconds} s warm-up, ${Math.min(durationSeconds, 5)} s measured per row, 10 concurrent calls`);
const inProcess = await measureInProcess(fileURLToPath(new URL('..', import.meta.url)), benchMix, Math.min(durationSeconds, 5), warmupSeconds);

const rows = [bare, simulator, simulatorCli, prism].map(({ target, startupMs, load }) => [
  target.name,
  fixed(load.requestsPerSecond),
  fixed(load.p50Ms, 1),
  fixed(load.p99Ms, 1),
  fixed(startupMs),
  fixed(megabytes(load.peakRssBytes), 1),
  fixed(load.cpuMicrosPerRequest),
  Object.entries(load.statusCounts)
    .map(([status, count]) => `${status}:${count}`)
    .join(' ') + (load.errors > 0 ? ` errors:${load.errors}` : ''),
]);
console.log(`\n${markdownTable(['server', 'req/s', 'p50 ms', 'p99 ms', 'start-up ms (first 200)', 'peak RSS MB', 'server CPU µs/req', 'answers'], rows)}\n`);

const ratio = (name: string, value: number, target: string, met: (value: number) => boolean): string[] => [
  name,
  fixed(value, 2),
  target,
  met(value) ? 'yes' : 'NO',
];
const atLeast = (limit: number) => (value: number) => value >= limit;
console.log(
  markdownTable(
    ['ratio (issue 3 targets)', 'measured', 'target', 'met'],
    [
      ratio('simulator / Prism throughput', simulator.load.requestsPerSecond / prism.load.requestsPerSecond, '>= 10', atLeast(10)),
      ratio('simulator / bare ceiling throughput', simulator.load.requestsPerSecond / bare.load.requestsPerSecond, '>= 0.7', atLeast(0.7)),
      ratio('Prism / simulator start-up time', prism.startupMs / simulator.startupMs, '>= 5', atLeast(5)),
      ratio('Prism / `lambda-rmc simulate` start-up time', prism.startupMs / simulatorCli.startupMs, '>= 5', atLeast(5)),
      ratio('simulator peak RSS under load (MB)', megabytes(simulator.load.peakRssBytes), '< 150', (value) => value < 150),
      ratio('`lambda-rmc simulate` peak RSS under load (MB)', megabytes(simulatorCli.load.peakRssBytes), '< 150', (value) => value < 150),
      // Req/s depends on what else the cores run (autocannon shares them); CPU time per request does not.
      ratio('simulator / Prism capacity (CPU time per request)', prism.load.cpuMicrosPerRequest / simulator.load.cpuMicrosPerRequest, '>= 10', atLeast(10)),
      ratio('simulator / bare capacity (CPU time per request)', bare.load.cpuMicrosPerRequest / simulator.load.cpuMicrosPerRequest, '>= 0.7', atLeast(0.7)),
    ],
  ),
);
console.log(
  `\n${markdownTable(
    ['in-process (same run)', 'calls/s', 'calls', 'answers', 'vs HTTP simulator req/s'],
    inProcess.map(({ name, callsPerSecond, calls, outcomes }) => [
      name,
      fixed(callsPerSecond),
      fixed(calls),
      Object.entries(outcomes)
        .map(([outcome, count]) => `${outcome}:${count}`)
        .join(' '),
      `${fixed(callsPerSecond / simulator.load.requestsPerSecond, 2)}×`,
    ]),
  )}`,
);
// Other processes compete for the same cores; the load average says how much.
console.log(
  `\nload average after the run: ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')} (${availableParallelism()} cores)`,
);
