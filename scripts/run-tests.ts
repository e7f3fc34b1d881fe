// `npm test`: the static checks, then vitest; ends with the one summary line CI reads.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const reportFile = '.vitest-report.json';
// [name, npm arguments, what to do when it fails]
const staticChecks: Array<[string, string[], string?]> = [
  // dist/ first: the CLI tests run bin/lambda-rmc.js and the consumer example installs the packed build;
  // the lint reads it too (examples/ import the built package, as a consumer's code does).
  ['build', ['run', '-s', 'build']],
  ['typecheck', ['run', '-s', 'typecheck']],
  ['lint', ['run', '-s', 'lint:code'], 'fix the ESLint errors above (`npm run lint` runs the lint again; `npx eslint --fix .` fixes some)'],
  ['format', ['run', '-s', 'format:check'], 'run `npm run format` to rewrite the files listed above with Prettier'],
  ['check:generated', ['run', '-s', 'check:generated']],
  ['lint:spec', ['run', '-s', 'lint:spec']],
  ['check:aws-model', ['run', '-s', 'check:aws-model']],
];

let failedChecks = 0;
for (const [name, args, hint] of staticChecks) {
  console.log(`\n> ${name}`);
  const started = performance.now();
  const result = spawnSync('npm', args, { stdio: 'inherit' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    failedChecks += 1;
    console.error(`${name} failed (exit ${result.status ?? result.signal}, ${seconds} s)${hint === undefined ? '' : `: ${hint}`}`);
  } else {
    console.log(`${name} passed (${seconds} s)`);
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
console.log(`\n${passed + staticChecks.length - failedChecks} passed, ${failed} failed`);
process.exitCode = failed === 0 && vitest.status === 0 ? 0 : 1;
