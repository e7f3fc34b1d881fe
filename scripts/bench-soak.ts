// `npm run bench:soak`: a bounded soak of the simulator (default 60 s, 50 connections) with valid,
// invalid and not-found requests mixed; reports unexpected answers, connection errors and RSS growth.
// Exits 1 when any answer was unexpected or any connection failed. Not a test: it runs a minute.
//   --duration S      seconds of load (default 60)
//   --connections N   concurrent connections (default 50)
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { fixed, markdownTable } from './bench-mock/format-table.js';
import { soakMix } from './bench-mock/request-mix.js';
import { megabytes, runLoad } from './bench-mock/run-load.js';
import { startServer } from './bench-mock/server-process.js';
import { ensureBuilt, simulatorTarget } from './bench-mock/targets.js';

const { values } = parseArgs({ options: { duration: { type: 'string', default: '60' }, connections: { type: 'string', default: '50' } } });
const durationSeconds = Number(values.duration);
const connections = Number(values.connections);

const byKind = new Map<string, { answers: number; unexpected: number; examples: Set<string> }>();
const requests = soakMix.map((entry) => ({
  ...entry.request,
  onResponse: (status: number) => {
    const tally = byKind.get(entry.kind) ?? { answers: 0, unexpected: 0, examples: new Set<string>() };
    tally.answers += 1;
    if (status !== entry.expectedStatus) {
      tally.unexpected += 1;
      if (tally.examples.size < 3) tally.examples.add(`${entry.request.method} ${entry.request.path} → ${status}, expected ${entry.expectedStatus}`);
    }
    byKind.set(entry.kind, tally);
  },
}));

ensureBuilt((line) => console.error(line));
// --expose-gc: the server then reports its live heap after a full collection every second.
const server = await startServer(['--expose-gc', ...simulatorTarget.args], '/2021-07-20/functions/my-function/runtime-management-config');
console.error(
  `bench:soak — ${durationSeconds} s, ${connections} connections, ${soakMix.length}-request mix; load average ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')}`,
);
const startRss = server.rssBytes();
let load;
try {
  load = await runLoad(server, requests, { connections, durationSeconds });
} finally {
  await server.stop();
}

const samples = load.rssSamples.map(megabytes);
const heapSamples = server
  .output()
  .map((line) => /^heap-used (\d+)$/.exec(line)?.[1])
  .filter((value): value is string => value !== undefined)
  .map((value) => megabytes(Number(value)));
const window = Math.max(1, Math.min(10, Math.floor(samples.length / 4)));
const average = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
const early = average(samples.slice(0, window));
const late = average(samples.slice(-window));
const heapEarly = average(heapSamples.slice(0, window));
const heapLate = average(heapSamples.slice(-window));

console.log(
  `\n${markdownTable(
    ['request kind', 'requests in the mix', 'answers', 'unexpected answers'],
    [...byKind].map(([kind, tally]) => [kind, String(soakMix.filter((entry) => entry.kind === kind).length), fixed(tally.answers), fixed(tally.unexpected)]),
  )}\n`,
);
console.log(
  markdownTable(
    ['measure', 'value'],
    [
      ['throughput (req/s)', fixed(load.requestsPerSecond)],
      ['latency p50 / p99 (ms)', `${fixed(load.p50Ms, 1)} / ${fixed(load.p99Ms, 1)}`],
      [
        'answers by status',
        Object.entries(load.statusCounts)
          .map(([status, count]) => `${status}:${count}`)
          .join(' '),
      ],
      [
        '5xx answers',
        fixed(
          Object.entries(load.statusCounts)
            .filter(([status]) => status.startsWith('5'))
            .reduce((sum, [, count]) => sum + count, 0),
        ),
      ],
      ['connection errors / timeouts', `${load.errors} / ${load.timeouts}`],
      ['RSS before load (MB)', fixed(megabytes(startRss), 1)],
      [`RSS, first ${window} s of load (MB)`, fixed(early, 1)],
      [`RSS, last ${window} s of load (MB)`, fixed(late, 1)],
      ['RSS growth under load (MB)', fixed(late - early, 1)],
      ['peak RSS (MB)', fixed(megabytes(load.peakRssBytes), 1)],
      [`live heap after full GC, first / last ${window} s (MB)`, `${fixed(heapEarly, 1)} / ${fixed(heapLate, 1)}`],
      ['live heap growth (MB)', fixed(heapLate - heapEarly, 2)],
    ],
  ),
);
for (const [kind, tally] of byKind) for (const example of tally.examples) console.log(`unexpected ${kind}: ${example}`);
const unexpected = [...byKind.values()].reduce((sum, tally) => sum + tally.unexpected, 0);
process.exitCode = unexpected > 0 || load.errors > 0 ? 1 : 0;
