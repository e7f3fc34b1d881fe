// `npm run bench:mock-front`: what the mock's AWS front costs. Prism answered directly, then
// through the front (valid requests: checked, rebuilt, forwarded, translated), then requests the
// front refuses itself (Prism never sees them). autocannon runs as its own process, so the front
// has this process to itself. Prints req/s, p50/p99 and the ratios against Prism direct, same run.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startPrismMock } from '../src/mock/index.js';

const durationSeconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const connections = 10;
const configPath = '/2021-07-20/functions/my-function/runtime-management-config';

interface Load {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** autocannon in its own process, awaited without blocking this one (the front runs here). */
async function load(url: string): Promise<Load> {
  const run = await promisify(execFile)('node_modules/.bin/autocannon', ['-j', '-c', String(connections), '-d', String(durationSeconds), url], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const result = JSON.parse(run.stdout) as { requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number };
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

const mock = await startPrismMock({ port: 0 });
try {
  await load(`${mock.url}${configPath}`); // warm-up, discarded
  const rows: Array<[string, Load]> = [
    ['Prism direct, valid GET', await load(`${mock.prismUrl}${configPath}`)],
    ['through the front, valid GET', await load(`${mock.url}${configPath}`)],
    ['through the front, refused GET (%)', await load(`${mock.url}/2021-07-20/functions/%E2%82/runtime-management-config`)],
  ];
  const reference = rows[0]![1].requestsPerSecond;
  console.log(`bench:mock-front — ${connections} connections, ${durationSeconds} s each, Node ${process.version}`);
  for (const [name, result] of rows) {
    console.log(
      `${name.padEnd(38)} ${result.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms  ${(result.requestsPerSecond / reference).toFixed(2)}× Prism direct  (non-2xx ${result.non2xx}, errors ${result.errors})`,
    );
  }
} finally {
  await mock.close();
}
