// `npm run check:yaml-parity -- <file or directory>... | --fuzz N [--seed S]`: the fast YAML path
// (js-yaml) against the reference (the `yaml` library), as test/spec/parse-common-yaml.test.ts does on
// its own inputs: on every .yaml/.yml file found (gzipped too), printing how many the fast path
// accepted and declined, each mismatch with its file, and the time each parser took over all files;
// or, with --fuzz, on N generated YAML-like texts. Exit 1 on any mismatch.
// Corpora worth running: scripts/bench-diff/twilio (committed), yaml-test-suite's `data` branch,
// oasdiff's testdata.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { gunzipSync } from 'node:zlib';
import { parseCommonYamlWithPositions } from '../src/spec/parse-common-yaml.js';
import { parseReferenceYamlWithPositions } from '../src/spec/parse-yaml-positions.js';
import { compareYamlParses, yamlLikeText } from '../test/support/yaml-parity.js';

function yamlFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? yamlFiles(join(path, entry.name)) : /\.ya?ml(?:\.gz)?$/.test(entry.name) ? [join(path, entry.name)] : [],
  );
}

function timeOf(parse: (text: string) => unknown, texts: readonly string[]): number {
  const started = performance.now();
  for (const text of texts) {
    try {
      parse(text);
    } catch {
      // a refused text costs its time too
    }
  }
  return performance.now() - started;
}

const { values, positionals: roots } = parseArgs({ allowPositionals: true, options: { fuzz: { type: 'string' }, seed: { type: 'string', default: '1' } } });
if (values.fuzz !== undefined) {
  // Differential fuzzing: generated YAML-like texts (test/support/yaml-parity.ts) instead of files.
  const runs = Number(values.fuzz);
  const seed = Number(values.seed);
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) throw new Error('--fuzz and --seed take whole numbers');
  let accepted = 0;
  let fuzzMismatches = 0;
  fc.assert(
    fc.property(yamlLikeText(), (text) => {
      const parity = compareYamlParses(text);
      if (!parity.accepted) return;
      accepted += 1;
      if (parity.mismatch === undefined) return;
      fuzzMismatches += 1;
      console.log(`${JSON.stringify(text)}: ${parity.mismatch}`);
    }),
    { numRuns: runs, seed },
  );
  console.log(`${runs} generated texts (seed ${seed}): the fast path accepted ${accepted}; ${fuzzMismatches} mismatch(es)`);
  process.exit(fuzzMismatches > 0 ? 1 : 0);
}
if (roots.length === 0) {
  console.error('usage: npm run check:yaml-parity -- <file or directory>... | --fuzz N [--seed S]');
  process.exit(2);
}
const files = roots.flatMap(yamlFiles);
const texts: string[] = [];
let accepted = 0;
let mismatches = 0;
for (const file of files) {
  const text = file.endsWith('.gz') ? gunzipSync(readFileSync(file)).toString('utf8') : readFileSync(file, 'utf8');
  texts.push(text);
  const parity = compareYamlParses(text);
  if (!parity.accepted) continue;
  accepted += 1;
  if (parity.mismatch === undefined) continue;
  mismatches += 1;
  console.log(`${file}: ${parity.mismatch}`);
}
console.log(`${files.length} files: the fast path accepted ${accepted}, declined ${files.length - accepted}; ${mismatches} mismatch(es)`);
const fastMs = timeOf(parseCommonYamlWithPositions, texts);
const referenceMs = timeOf(parseReferenceYamlWithPositions, texts);
console.log(
  `parse time over all files (warm, one pass each): fast path ${fastMs.toFixed(0)} ms, reference ${referenceMs.toFixed(0)} ms (×${(referenceMs / fastMs).toFixed(2)})`,
);
process.exitCode = mismatches > 0 ? 1 : 0;
