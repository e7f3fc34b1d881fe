// `npm test`: the static checks, then vitest; ends with the one summary line CI reads.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const reportFile = '.vitest-report.json';

interface StaticCheck {
  name: string;
  /** Arguments to npm. */
  args: string[];
  /** What to do when it fails. */
  hint?: string;
}

// The checks of one stage run at the same time: each uses about one core and the machine has two, so the
// static checks take half the wall time they took one after another. Each check's output is printed whole.
const stages: StaticCheck[][] = [
  // dist/ first: the CLI tests run bin/lambda-rmc.js and the consumer example installs the packed build.
  // The type check reads sources only, so it runs beside the build.
  [
    { name: 'build', args: ['run', '-s', 'build'] },
    { name: 'typecheck', args: ['run', '-s', 'typecheck'] },
  ],
  // The lint reads dist/ (examples/ import the built package, as a consumer's code does).
  [
    { name: 'lint', args: ['run', '-s', 'lint:code'], hint: 'fix the ESLint errors above (`npm run lint` runs it again; `npx eslint --fix .` fixes some)' },
    { name: 'format', args: ['run', '-s', 'format:check'], hint: 'run `npm run format` to rewrite the files listed above with Prettier' },
    { name: 'check:generated', args: ['run', '-s', 'check:generated'] },
    { name: 'lint:spec', args: ['run', '-s', 'lint:spec'] },
    { name: 'check:aws-model', args: ['run', '-s', 'check:aws-model'] },
  ],
];
const staticCheckCount = stages.flat().length;

interface CheckOutcome {
  ok: boolean;
  report: string;
}

function runCheck({ name, args, hint }: StaticCheck): Promise<CheckOutcome> {
  const started = performance.now();
  const child = spawn('npm', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const output: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
  return new Promise((resolve) => {
    const finish = (exit: string | undefined) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const text = Buffer.concat(output).toString('utf8');
      const verdict = exit === undefined ? `${name} passed (${seconds} s)` : `${name} failed (${exit}, ${seconds} s)${hint === undefined ? '' : `: ${hint}`}`;
      resolve({ ok: exit === undefined, report: `\n> ${name}\n${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${verdict}` });
    };
    child.on('error', (error) => finish(`could not start npm: ${error.message}`));
    child.on('close', (status, signal) => finish(status === 0 ? undefined : `exit ${status ?? signal}`));
  });
}

let failedChecks = 0;
for (const stage of stages) {
  for (const outcome of await Promise.all(stage.map(runCheck))) {
    (outcome.ok ? console.log : console.error)(outcome.report);
    if (!outcome.ok) failedChecks += 1;
  }
}

rmSync(reportFile, { force: true });
const vitest = spawnSync('node_modules/.bin/vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile=${reportFile}`, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, PACT_DO_NOT_TRACK: 'true', SCARF_ANALYTICS: 'false' },
});

let passed = 0;
let failed = failedChecks;
try {
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed = report.numPassedTests;
  failed += report.numFailedTests;
} catch {
  failed += 1; // vitest died before writing its report
}
if (vitest.status !== 0 && failed === failedChecks) failed += 1;
console.log(`\n${passed + staticCheckCount - failedChecks} passed, ${failed} failed`);
process.exitCode = failed === 0 && vitest.status === 0 ? 0 : 1;
