// One measurement of `npm run bench:diff`, in its own process so that its peak memory is its own:
// generates a spec of about the given size and a mutated copy, writes both as JSON text, then times
// parsing both sides (data and positions, as the CLI does) and diffing them. Prints one JSON line.
import { diffSpecs } from '../src/diff/diff-specs.js';
import { parseSpecSide } from '../src/diff/parse-spec-side.js';
import { generateSpec, mutateSpec } from './bench-diff-spec-generator.js';

// generateSpec's byte target is of its own counting; this factor makes the written JSON land near the asked size.
const bytesPerTargetByte = 3.45;

const megabytes = Number(process.argv[2] ?? '4');
const mode = process.argv[3] ?? 'mutated';
const spec = generateSpec((megabytes * 1024 * 1024) / bytesPerTargetByte, 1);
const baseText = JSON.stringify(spec, null, 2);
const headText = mode === 'self' ? baseText : JSON.stringify(mutateSpec(spec, 200, 2), null, 2);

const started = performance.now();
const base = parseSpecSide(baseText, 'base.json');
const head = parseSpecSide(headText, 'head.json');
const parsed = performance.now();
const report = diffSpecs(base.document, head.document);
const finished = performance.now();
console.log(
  JSON.stringify({
    megabytes: baseText.length / (1024 * 1024),
    parseMs: parsed - started,
    diffMs: finished - parsed,
    totalMs: finished - started,
    changes: report.changes.length,
    summary: report.summary,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
