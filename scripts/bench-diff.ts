// `npm run bench:diff`: the diff gate at real sizes and through the CLI.
// 1. Generated Stripe-like descriptions (scripts/bench-diff-spec-generator.ts) of about 1, 4, 16 and
//    40 MB, each diffed against a mutated copy (200 edits) in a child process: parse + diff time and
//    peak RSS. Targets for ~4 MB: < 5 s and < 1 GB. Growth: time per MB at each size against 1 MB.
//    The ~4 MB pair once more as YAML: the fast YAML path's figures, against the reference parser.
//    Then a real pair: two releases of Twilio's api_v2010 description (1.5 MB of YAML each, committed).
// 2. The project spec through the CLI (2023 → current, text format): median wall time of a whole
//    `node bin/lambda-rmc.js diff` run against `node -e ''` measured in the same run; target < 300 ms.
// The machine is shared: times are medians, and ratios against a reference of the same run matter more
// than absolute figures. `--quick` skips the 40 MB size.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { historicalSpecPath, specPath } from '../src/spec/index.js';

interface Run {
  megabytes: number;
  parseMs: number;
  diffMs: number;
  totalMs: number;
  changes: number;
  maxRssMb: number;
  referenceParseMs?: number;
}

const quick = process.argv.includes('--quick');
const sizes = quick ? [1, 4, 16] : [1, 4, 16, 40];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function measure(megabytes: number, mode: 'mutated' | 'self' | 'twilio', format: 'json' | 'yaml' = 'json'): Run {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--max-old-space-size=4096', 'scripts/bench-diff-run.ts', String(megabytes), mode, format],
    {
      encoding: 'utf8',
      maxBuffer: 1024 * 1024,
    },
  );
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as Run;
}

let missed = false;
console.log('Generated Stripe-like specs, each diffed against a copy with 200 edits (parse both sides + diff, one child process each):');
const runs: Run[] = [];
for (const size of sizes) {
  const run = measure(size, 'mutated');
  runs.push(run);
  const perMb = run.totalMs / run.megabytes;
  console.log(
    `  ${run.megabytes.toFixed(1).padStart(5)} MB: ${(run.totalMs / 1000).toFixed(2)} s (parse ${(run.parseMs / 1000).toFixed(2)} s, diff ${(run.diffMs / 1000).toFixed(2)} s), ` +
      `peak RSS ${run.maxRssMb.toFixed(0)} MB, ${run.changes} changes, ${perMb.toFixed(0)} ms/MB`,
  );
  if (size === 4) {
    const met = run.totalMs < 5000 && run.maxRssMb < 1024;
    missed ||= !met;
    console.log(`         target for ~4 MB: < 5 s and < 1 GB: ${met ? 'met' : 'MISSED'}`);
  }
}
const first = runs[0];
if (first) {
  const firstPerMb = first.totalMs / first.megabytes;
  console.log(
    `  growth (ms per MB against the ${first.megabytes.toFixed(1)} MB run; 1.0 is linear): ${runs.map((run) => `${run.megabytes.toFixed(0)} MB ×${(run.totalMs / run.megabytes / firstPerMb).toFixed(2)}`).join(', ')}`,
  );
}
const self = measure(4, 'self');
console.log(`  ~4 MB against itself: ${(self.totalMs / 1000).toFixed(2)} s, peak RSS ${self.maxRssMb.toFixed(0)} MB, ${self.changes} changes`);
const yaml = measure(4, 'mutated', 'yaml');
const yamlMet = yaml.totalMs < 5000 && yaml.maxRssMb < 1024;
missed ||= !yamlMet;
console.log(
  `  ~4 MB spec written as YAML (${yaml.megabytes.toFixed(1)} MB): ${(yaml.totalMs / 1000).toFixed(2)} s (parse ${(yaml.parseMs / 1000).toFixed(2)} s), peak RSS ${yaml.maxRssMb.toFixed(0)} MB, ` +
    `${yaml.changes} changes; target < 5 s and < 1 GB: ${yamlMet ? 'met' : 'MISSED'}`,
);
const referenceParseMs = yaml.referenceParseMs ?? 0;
console.log(
  `         one side's parse: the fast path (js-yaml) ${(yaml.parseMs / 2).toFixed(0)} ms, the reference (yaml) ${referenceParseMs.toFixed(0)} ms in the same process (×${(referenceParseMs / (yaml.parseMs / 2)).toFixed(2)})`,
);

const twilio = measure(0, 'twilio', 'yaml');
console.log(
  `A real description: Twilio's api_v2010 (scripts/bench-diff/twilio), ${twilio.megabytes.toFixed(1)} MB of YAML, release 2025-01-28 -> 2026-04-14: ` +
    `${(twilio.totalMs / 1000).toFixed(2)} s (parse ${(twilio.parseMs / 1000).toFixed(2)} s, diff ${(twilio.diffMs / 1000).toFixed(2)} s), peak RSS ${twilio.maxRssMb.toFixed(0)} MB, ${twilio.changes} changes`,
);
const twilioReferenceMs = twilio.referenceParseMs ?? 0;
console.log(
  `         one side's parse: the fast path (js-yaml) ${(twilio.parseMs / 2).toFixed(0)} ms, the reference (yaml) ${twilioReferenceMs.toFixed(0)} ms in the same process (×${(twilioReferenceMs / (twilio.parseMs / 2)).toFixed(2)})`,
);

if (!existsSync('dist/cli/main.js')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
const cliRuns = 11;
const timeOf = (args: string[]) => {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return performance.now() - start;
};
const bare: number[] = [];
const cliCases: Array<[string, string[], number[]]> = [
  ['current -> current (no change)', ['bin/lambda-rmc.js', 'diff', specPath, specPath], []],
  ['2023 -> current (8 changes, 4 patterns compared)', ['bin/lambda-rmc.js', 'diff', historicalSpecPath, specPath], []],
];
for (let index = 0; index < cliRuns; index += 1) {
  bare.push(timeOf(['-e', '']));
  for (const [, args, times] of cliCases) times.push(timeOf(args));
}
const bareMedian = median(bare);
console.log(`The project spec through the CLI (text format), median of ${cliRuns} runs; node -e '' takes ${bareMedian.toFixed(0)} ms in this run:`);
for (const [name, , times] of cliCases) {
  const cliMedian = median(times);
  const cliMet = cliMedian < 300;
  missed ||= !cliMet;
  console.log(`  ${name}: ${cliMedian.toFixed(0)} ms (×${(cliMedian / bareMedian).toFixed(2)} node -e ''); target < 300 ms: ${cliMet ? 'met' : 'MISSED'}`);
}
process.exitCode = missed ? 1 : 0;
