// `npm run bench:verify`: interactions per second of lambda-rmc verify on the committed pacts and on
// 1,000 copies of them (files read from disk, as the command reads them), against PactFlow's
// swagger-mock-validator (`-R true`) on the committed pacts, measured in the same run. Verify checks
// with the generated AJV validators, compiled once at build time; swagger-mock-validator compiles
// a schema for every value it checks.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SwaggerMockValidatorFactory } from '@pactflow/swagger-mock-validator';
import { pactFilesIn, readPactFile } from '../src/pacts/index.js';
import { verifyPacts } from '../src/coverage/verify-pacts.js';
import { specPath } from '../src/spec/index.js';

const copies = Number(process.env['BENCH_COPIES'] ?? 1000);
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 5);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const rate = (count: number, millis: number) => Math.round(count / (millis / 1000));
const format = (value: number) => value.toLocaleString('en');

function timed<T>(run: () => T): { value: T; millis: number } {
  const start = performance.now();
  const value = run();
  return { value, millis: performance.now() - start };
}

const committed = pactFilesIn([resolve('contracts')]);
const work = mkdtempSync(join(tmpdir(), 'lambda-rmc-bench-verify-'));
try {
  // 1. The committed pacts, read and verified: the first run (matchers sampled once, memo cold), then warm runs.
  const cold = timed(() => verifyPacts(committed.map(readPactFile)));
  const checked = cold.value.checked;
  if (cold.value.failed > 0) throw new Error('the committed pacts do not verify; the benchmark means nothing');
  const warm = median(Array.from({ length: rounds }, () => timed(() => verifyPacts(committed.map(readPactFile))).millis));

  // 2. 1,000 copies of each committed pact on disk, each with its own consumer name.
  const texts = committed.map((file) => readFileSync(file, 'utf8'));
  for (let copy = 0; copy < copies; copy++) {
    texts.forEach((text, index) => writeFileSync(join(work, `copy-${copy}-${index}.json`), text.replace(/"name": "([^"]+-consumer)"/, `"name": "$1-${copy}"`)));
  }
  const copyFiles = pactFilesIn([work]);
  const many = median(
    Array.from({ length: Math.max(1, Math.floor(rounds / 2)) }, () => {
      const run = timed(() => verifyPacts(copyFiles.map(readPactFile)));
      if (run.value.checked !== checked * copies || run.value.failed > 0) throw new Error('the copies do not verify');
      return run.millis;
    }),
  );
  const parsed = copyFiles.map(readPactFile);
  const verifyOnly = median(Array.from({ length: Math.max(1, Math.floor(rounds / 2)) }, () => timed(() => verifyPacts(parsed)).millis));

  // 3. The reference: swagger-mock-validator on the committed pacts, one file at a time as its CLI runs.
  const smvStart = performance.now();
  for (const file of committed) {
    const outcome = await SwaggerMockValidatorFactory.create().validate({
      specPathOrUrl: specPath,
      mockPathOrUrl: file,
      additionalPropertiesInResponse: 'false',
      requiredPropertiesInResponse: 'true',
    });
    if (outcome.errors === undefined) throw new Error('swagger-mock-validator gave no outcome');
  }
  const smvMillis = performance.now() - smvStart;

  const smvRate = rate(checked, smvMillis);
  console.log(`lambda-rmc verify, ${checked} committed interactions in ${committed.length} files; medians of ${rounds} rounds (node ${process.version})`);
  console.log(`  committed pacts, first run:           ${cold.millis.toFixed(1)} ms  (${format(rate(checked, cold.millis))} interactions/s)`);
  console.log(`  committed pacts, warm:                ${warm.toFixed(1)} ms  (${format(rate(checked, warm))} interactions/s)`);
  console.log(
    `  ${format(copies)} copies (${format(copyFiles.length)} files, ${format(checked * copies)} interactions), read + verify: ${(many / 1000).toFixed(2)} s  (${format(rate(checked * copies, many))} interactions/s)`,
  );
  console.log(
    `  the same, verify alone (files already parsed): ${(verifyOnly / 1000).toFixed(2)} s  (${format(rate(checked * copies, verifyOnly))} interactions/s)`,
  );
  console.log(`  reference: swagger-mock-validator 14.5 on the committed pacts: ${(smvMillis / 1000).toFixed(2)} s  (${format(smvRate)} interactions/s)`);
  console.log(
    `  ratio, verify (first run) / swagger-mock-validator: ${(rate(checked, cold.millis) / smvRate).toFixed(1)}x; verify on 1,000 copies / swagger-mock-validator: ${(rate(checked * copies, many) / smvRate).toFixed(1)}x`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
