// One measurement of `npm run bench:diff`, in its own process so that its peak memory is its own:
// generates a spec of about the given size and a mutated copy, writes both as JSON (or YAML) text (or
// reads two real releases of Twilio's description), then
// times parsing both sides (data and positions, as the CLI does) and diffing them. For YAML it then times
// the reference YAML parser (the `yaml` library, which the fast path replaced) on the base text, as the
// ratio's reference. Prints one JSON line.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
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

/** `twilio`: two real releases of Twilio's 2010 API description (scripts/bench-diff/twilio), as published. */
function sideTexts(): [string, string] {
  if (mode === 'twilio') {
    const read = (file: string) => gunzipSync(readFileSync(`scripts/bench-diff/twilio/${file}`)).toString('utf8');
    return [read('api_v2010-2025-01-28.yaml.gz'), read('api_v2010-2026-04-14.yaml.gz')];
  }
  const spec = generateSpec((megabytes * 1024 * 1024) / bytesPerTargetByte, 1);
  const text = write(spec);
  return [text, mode === 'self' ? text : write(mutateSpec(spec, 200, 2))];
}
const [baseText, headText] = sideTexts();

const started = performance.now();
const base = parseSpecSide(baseText, `base.${format}`);
const head = parseSpecSide(headText, `head.${format}`);
const parsed = performance.now();
const report = diffSpecs(base.document, head.document);
const finished = performance.now();
const maxRssMb = process.resourceUsage().maxRSS / 1024;
let referenceParseMs: number | undefined;
if (format === 'yaml' || mode === 'twilio') {
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
