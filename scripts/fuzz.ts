// `npm run fuzz [-- --count 5000 --seed 1 --target simulator|mock|both]`: the fuzz suite of
// test/*/fuzz.test.ts at full size, against the simulator (in process, state checked) and the mock
// (`lambda-rmc mock` as a process of its own, liveness checked). Exit 1 on any failure.
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { startSimulator } from '../src/simulator/index.js';
import { describeReport, fuzzServer, type FuzzReport } from '../test/support/fuzz/fuzz-server.js';
import { hostileRequests } from '../test/support/fuzz/hostile-requests.js';
import { startServer } from './bench-mock/server-process.js';
import { ensureBuilt } from './bench-mock/targets.js';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '5000' }, seed: { type: 'string', default: '1' }, target: { type: 'string', default: 'both' } },
});
const count = Number(values.count);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) throw new Error('--count and --seed take whole numbers');
const cases = hostileRequests(seed, count);
const reports: FuzzReport[] = [];

if (values.target === 'simulator' || values.target === 'both') {
  const simulator = await startSimulator({ controlEndpoint: true });
  const started = performance.now();
  reports.push(await fuzzServer({ name: 'simulator', url: simulator.url, snapshot: () => simulator.state.snapshot(), reset: () => simulator.reset() }, cases));
  console.log(`${describeReport(reports.at(-1)!)} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  await simulator.close();
}

if (values.target === 'mock' || values.target === 'both') {
  ensureBuilt((line) => console.log(line));
  const mock = await startServer(
    [join(resolve('.'), 'bin/lambda-rmc.js'), 'mock', '--port', '{port}'],
    '/2021-07-20/functions/my-function/runtime-management-config',
    60_000,
  );
  const alive = () => {
    try {
      process.kill(mock.pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const started = performance.now();
  reports.push(await fuzzServer({ name: 'mock (lambda-rmc mock)', url: mock.url, alive }, cases));
  console.log(`${describeReport(reports.at(-1)!)} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  await mock.stop();
}

for (const report of reports) for (const failure of report.failures) console.log(`  ${report.target}: ${failure}`);
const failed = reports.reduce((sum, report) => sum + report.failures.length, 0);
console.log(`\n${reports.reduce((sum, report) => sum + report.cases, 0) - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
