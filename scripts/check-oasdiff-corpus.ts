// `npm run check:oasdiff-corpus -- <oasdiff checkout or git dir>`: runs this gate over the spec pairs
// of oasdiff's own checker tests (checker/*_test.go and the data/ files they open) and prints how
// often it agrees with the verdict each test expects. Nothing of oasdiff's is committed here: point
// the script at a checkout (or the git directory of a clone, read with `git show`).
//
// Which pairs count: a test function that opens two different files as base and revision and does
// not edit them in Go code afterwards (many tests mutate the loaded spec; those cannot be replayed).
// Its expected verdict: the ids it names (`Id: checker.XxxId`), rated at the level oasdiff's
// rules.go gives them — ERR if any is ERR. oasdiff's tests run one check at a time, so "no ERR
// expected" is weaker evidence than "ERR expected": the first figure is the one that matters.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { diffSpecs } from '../src/diff/diff-specs.js';
import { parseSpecSide } from '../src/diff/parse-spec-side.js';

interface Source {
  list(directory: string): string[];
  read(file: string): string;
}

function sourceOf(root: string): Source {
  if (existsSync(join(root, 'checker'))) {
    return { list: (directory) => readdirSync(join(root, directory)), read: (file) => readFileSync(join(root, file), 'utf8') };
  }
  const git = (...args: string[]) => execFileSync('git', ['--git-dir', root, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return {
    list: (directory) => git('ls-tree', '--name-only', `HEAD:${directory}`).trim().split('\n'),
    read: (file) => git('show', `HEAD:${file}`),
  };
}

const root = process.argv[2];
if (!root) {
  console.error('usage: npm run check:oasdiff-corpus -- <path to an oasdiff checkout or git dir>');
  process.exit(2);
}
const source = sourceOf(root);
const goFiles = source.list('checker').filter((name) => name.endsWith('.go'));

// Id constants (XxxId = "xxx") and their levels (newBackwardCompatibilityRule(XxxId, LEVEL, …)).
const idOfConstant = new Map<string, string>();
const levelOfId = new Map<string, string>();
for (const file of goFiles.filter((name) => !name.endsWith('_test.go'))) {
  const text = source.read(`checker/${file}`);
  for (const match of text.matchAll(/^\s*([A-Za-z0-9]+Id)\s*=\s*"([a-z0-9-]+)"/gm)) idOfConstant.set(match[1] ?? '', match[2] ?? '');
}
const rulesGo = source.read('checker/rules.go');
for (const match of rulesGo.matchAll(/newBackwardCompatibilityRule\(([A-Za-z0-9]+Id),\s*(ERR|WARN|INFO)/g)) {
  const id = idOfConstant.get(match[1] ?? '');
  if (id) levelOfId.set(id, match[2] ?? '');
}

interface Pair {
  test: string;
  base: string;
  head: string;
  expectedIds: string[];
  expectsErr: boolean;
}

const pairs: Pair[] = [];
let skippedEdited = 0;
for (const file of goFiles.filter((name) => name.endsWith('_test.go'))) {
  const text = source.read(`checker/${file}`);
  const functions = text.split(/\nfunc (?=Test)/).slice(1);
  for (const body of functions) {
    const name = body.slice(0, body.indexOf('('));
    const opened = [...body.matchAll(/(?:open|LoadFromFile)\("(\.\.\/data\/[^"]+)"\)/g)].map((match) => posix.normalize(posix.join('checker', match[1] ?? '')));
    if (opened.length < 2 || opened[0] === opened[1]) continue;
    if (/\bs[12]\.Spec\.|\bs[12]\.Spec\b\s*=|\.Value\([^)]*\)\.[A-Za-z.]+\s*=/.test(body)) {
      skippedEdited += 1;
      continue;
    }
    const expectedIds = [
      ...new Set(
        [...body.matchAll(/Id:\s*checker\.([A-Za-z0-9]+Id)/g)].map((match) => idOfConstant.get(match[1] ?? '')).filter((id): id is string => id !== undefined),
      ),
    ];
    if (expectedIds.length === 0 && !/require\.Empty\(t, errs\)|require\.Len\(t, errs, 0\)/.test(body)) continue;
    pairs.push({ test: name, base: opened[0] ?? '', head: opened[1] ?? '', expectedIds, expectsErr: expectedIds.some((id) => levelOfId.get(id) === 'ERR') });
  }
}

const parsed = new Map<string, ReturnType<typeof parseSpecSide> | Error>();
const load = (file: string) => {
  let side = parsed.get(file);
  if (!side) {
    try {
      side = parseSpecSide(source.read(file), file);
    } catch (error) {
      side = error instanceof Error ? error : new Error(String(error));
    }
    parsed.set(file, side);
  }
  return side;
};

let errExpected = 0;
let errAgreed = 0;
let cleanExpected = 0;
let cleanAgreed = 0;
let unreadable = 0;
const misses: string[] = [];
const extras: string[] = [];
for (const pair of pairs) {
  const base = load(pair.base);
  const head = load(pair.head);
  if (base instanceof Error || head instanceof Error) {
    unreadable += 1;
    continue;
  }
  let ours: string[];
  let fails: boolean;
  try {
    const report = diffSpecs(base.document, head.document);
    ours = [...new Set(report.changes.filter((change) => change.level === 'ERR').map((change) => change.id))];
    fails = report.summary.ERR > 0;
  } catch {
    unreadable += 1;
    continue;
  }
  if (pair.expectsErr) {
    errExpected += 1;
    if (fails) errAgreed += 1;
    else misses.push(`${pair.test}: oasdiff expects ERR (${pair.expectedIds.join(', ')}); this gate passes`);
  } else {
    cleanExpected += 1;
    if (!fails) cleanAgreed += 1;
    else extras.push(`${pair.test}: oasdiff expects ${pair.expectedIds.join(', ') || 'no change'} (no ERR); this gate fails with ${ours.join(', ')}`);
  }
}

const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);
console.log(
  `oasdiff checker tests: ${pairs.length} replayable base/revision pairs (${skippedEdited} tests that edit the loaded spec in Go skipped, ${unreadable} pairs this gate refused as input)`,
);
console.log(`  oasdiff expects ERR: ${errExpected}; this gate fails on ${errAgreed} (${percent(errAgreed, errExpected)})`);
console.log(`  oasdiff expects no ERR (from its single check): ${cleanExpected}; this gate passes ${cleanAgreed} (${percent(cleanAgreed, cleanExpected)})`);
if (process.argv.includes('--list')) {
  for (const line of misses) console.log(`  MISS  ${line}`);
  for (const line of extras) console.log(`  EXTRA ${line}`);
} else {
  console.log('  (--list prints every pair where the verdicts differ)');
}
