// `npm run bench:diff`: times one in-process diffSpecs() of the full spec, several runs, and prints
// the median against the 300 ms target (issue 5). Parsing is not timed; every run starts with empty
// caches (they live in the call), so each run does the whole comparison, pattern sampling included.
import { diffSpecs } from '../src/diff/index.js';
import { historicalSpecPath, loadSpecFile, specPath } from '../src/spec/index.js';

const runs = 15;
const targetMs = 300;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const current = loadSpecFile(specPath);
const history = loadSpecFile(historicalSpecPath);
const currentCopy = structuredClone(current);
const cases: Array<[string, () => unknown]> = [
  ['history -> current (8 changes, 4 pattern comparisons)', () => diffSpecs(history, current)],
  ['current -> current (no change)', () => diffSpecs(current, currentCopy)],
];

let overTarget = false;
for (const [name, run] of cases) {
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  const middle = median(times);
  overTarget ||= middle >= targetMs;
  console.log(
    `${name}: median ${middle.toFixed(1)} ms, min ${Math.min(...times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms ` +
      `over ${runs} runs (first run, cold: ${(times[0] ?? 0).toFixed(1)} ms); target < ${targetMs} ms: ${middle < targetMs ? 'met' : 'MISSED'}`,
  );
}
process.exitCode = overTarget ? 1 : 0;
