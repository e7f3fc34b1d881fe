// One measurement of `npm run bench:diff`, in its own process so that its peak memory is its own:
// generates a spec of about the given size and a mutated copy, writes both as JSON (or YAML) text, then
// times parsing both sides (data and positions, as the CLI does) and diffing them. For YAML it then times
// the reference YAML parser (the `yaml` library, which the fast path replaced) on the base text, as the
// ratio's reference. Prints one JSON line.
import { stringify } from 'yaml';
import { diffSpecs } from '../src/diff/diff-specs.js';
import { parseSpecSide } from '../src/diff/parse-spec-side.js';
import { parseReferenceYamlWithPositions } from '../src/spec/parse-yaml-positions.js';
import { generateSpec, mutateSpec } from './bench-diff-spec-generator.js';

// generateSpec's byte target is of its own counting; this factor makes the written JSON land near the asked size.
const bytesPerTargetByte = 3.45;

const megabytes = Number(process.argv[2] ?? '4');
const mode = process.argv[3] ?? 'mutated';
const format = process.argv[4] ?? 'json';
const write = (document: unknown) =>
  format === 'yaml' ? stringify(document, { lineWidth: 0, aliasDuplicateObjects: false }) : JSON.stringify(document, null, 2);
const spec = generateSpec((megabytes * 1024 * 1024) / bytesPerTargetByte, 1);
const baseText = write(spec);
const headText = mode === 'self' ? baseText : write(mutateSpec(spec, 200, 2));

const started = performance.now();
const base = parseSpecSide(baseText, `base.${format}`);
const head = parseSpecSide(headText, `head.${format}`);
const parsed = performance.now();
const report = diffSpecs(base.document, head.document);
const finished = performance.now();
const maxRssMb = process.resourceUsage().maxRSS / 1024;
let referenceParseMs: number | undefined;
if (format === 'yaml') {
  const referenceStarted = performance.now();
  parseReferenceYamlWithPositions(baseText);
  referenceParseMs = performance.now() - referenceStarted;
}
console.log(
  JSON.stringify({
    megabytes: baseText.length / (1024 * 1024),
    parseMs: parsed - started,
    diffMs: finished - parsed,
    totalMs: finished - started,
    changes: report.changes.length,
    summary: report.summary,
    maxRssMb,
    referenceParseMs,
  }),
);
