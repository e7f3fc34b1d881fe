// Reproductions from a hostile-input sweep of the file-reading commands: kinds of file (FIFO, dangling
// symlink, symlink loop), sizes and shapes (gzip bomb, deep nesting, YAML aliases) and argument
// injection into git. Each case is what the project's standard asks of bad input: exit 2 and one line
// on stderr naming the file, no hang, no crash, bounded memory.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { stringify as stringifyYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import {
  botocoreModelPath,
  clientPact,
  expectOneCleanLine,
  projectRoot,
  runChild,
  runIn,
  scratchFolder,
  specDocument,
  specPath,
} from './support/input-abuse.js';
import type { LooseJson } from '../support/loose-json.js';

const scratch = scratchFolder();
afterAll(() => scratch.remove());
const at = (name: string) => join(scratch.path, name);

describe('a FIFO given as an input file is refused, not read forever', () => {
  const fifo = at('pipe.json');
  execFileSync('mkfifo', [fifo]);
  it.each<[string, { given: string[] }]>([
    ['verify', { given: ['verify', fifo] }],
    ['coverage', { given: ['coverage', fifo] }],
    ['drift --model', { given: ['drift', '--model', fifo] }],
    ['drift --spec', { given: ['drift', '--model', botocoreModelPath, '--spec', fifo] }],
    ['diff <base>', { given: ['diff', fifo, specPath] }],
    ['simulate --functions', { given: ['simulate', '--port', '0', '--functions', fifo] }],
    ['simulate --config', { given: ['simulate', '--port', '0', '--config', fifo] }],
  ])('%s', (_name, { given }) => {
    const result = runChild(scratch.path, given, 8_000);
    expect(result.signal, 'the command hung reading the FIFO').toBeNull();
    expect(result.code).toBe(2);
    expectOneCleanLine(result.stderr);
  });
});

describe('diff --contracts walks a directory without crashing on what it finds there', () => {
  it('a dangling symlink is bad input (exit 2, one line), not an unexpected ENOENT (exit 1)', async () => {
    const folder = at('dangling');
    mkdirSync(folder);
    symlinkSync(join(folder, 'nowhere.json'), join(folder, 'gone.json'));
    const result = await runIn(scratch.path, ['diff', specPath, specPath, '--contracts', folder]);
    expect(result.code).toBe(2);
    expectOneCleanLine(result.stderr);
  });

  it('a symlink loop is not followed: no ELOOP crash (exit 1) after following it 40 levels deep', async () => {
    const folder = at('loop');
    mkdirSync(folder);
    symlinkSync(folder, join(folder, 'again'));
    writeFileSync(join(folder, 'not-a-pact.json'), '{}');
    const result = await runIn(scratch.path, ['diff', specPath, specPath, '--contracts', folder]);
    expect(result.code).toBe(0); // the link to a directory is not walked; the only JSON file holds no pact
    expect(result.stderr).toBe('');
  });
});

describe('drift bounds what a gzipped model may decompress to', () => {
  it('a 1 MB file that decompresses past any real service model is refused before it is inflated', () => {
    // A valid botocore model followed by 200 MB of whitespace: 200 KB gzipped. The real
    // lambda service-2.json is well under 1 MB; without a bound a 1.1 MB bomb took 2.3 GB.
    const model = readFileSync(botocoreModelPath);
    const padding = Buffer.alloc(200 * 1024 * 1024, 0x20);
    const bomb = gzipSync(Buffer.concat([model, padding]), { level: 9 });
    writeFileSync(at('bomb.json.gz'), bomb);
    const result = runChild(scratch.path, ['drift', '--model', 'bomb.json.gz'], 15_000);
    expect(result.code).toBe(2);
    expectOneCleanLine(result.stderr);
    expect(result.stderr).toMatch(/bomb\.json\.gz/);
  });
});

describe('deep nesting is bad input, not a stack overflow (exit 1 "Maximum call stack size exceeded")', () => {
  const depth = 20_000;
  const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;

  it('diff: a JSON spec nested 20,000 levels deep', async () => {
    const spec = JSON.stringify({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {} }).replace(/}$/, `,"x-deep":${deep}}`);
    writeFileSync(at('deep.json'), spec);
    const result = await runIn(scratch.path, ['diff', 'deep.json', specPath]);
    expect(result.code).toBe(2);
    expectOneCleanLine(result.stderr);
  });

  it('verify: a failing interaction whose response body is nested 20,000 levels deep', async () => {
    const pact = clientPact();
    pact['interactions'] = [{ ...pact['interactions'][0], response: { status: 200, body: '__DEEP__' } }];
    writeFileSync(at('deep-pact.json'), JSON.stringify(pact).replace('"__DEEP__"', deep));
    const result = await runIn(scratch.path, ['verify', 'deep-pact.json', '--format', 'json']);
    // Either a verdict (exit 1 with a report on stdout) or bad input (exit 2): never an unexpected error.
    expect(result.stderr).not.toMatch(/call stack/);
    if (result.code === 1) expect(() => JSON.parse(result.stdout)).not.toThrow();
    else expect(result.code).toBe(2);
  });
});

describe('diff reads YAML aliases without expanding them without bound', () => {
  const laughs = (use: string) => {
    const lines = ['x-l0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let level = 1; level <= 9; level += 1)
      lines.push(
        `x-l${level}: &a${level} [${Array(9)
          .fill(`*a${level - 1}`)
          .join(', ')}]`,
      );
    const spec = readFileSync(specPath, 'utf8').replace(/^openapi: 3\.1\.0\n/, `openapi: 3.1.0\n${lines.join('\n')}\n`);
    return spec.replace('      enum: [Auto, Manual, FunctionUpdate]\n', `      enum: ${use}\n`);
  };

  it('a billion-laughs enum (9 aliases a level, 9 levels) is refused as drift --spec refuses it', () => {
    writeFileSync(at('laughs.yaml'), laughs('*a9'));
    expect(readFileSync(at('laughs.yaml'), 'utf8')).toContain('enum: *a9');
    const result = runChild(scratch.path, ['diff', specPath, 'laughs.yaml'], 10_000);
    expect(result.signal, 'diff hung expanding aliases').toBeNull();
    expect(result.code).toBe(2);
    expectOneCleanLine(result.stderr);
  });

  it.each<[string, { given: string }]>([
    ['an alias to its own schema under not (stack overflow today)', { given: '      not: *self\n' }],
    ['an alias to its own schema under an extension (V8 fatal "invalid size error" today)', { given: '      x-self: *self\n' }],
  ])('a recursive alias: %s', (_name, { given }) => {
    const spec = readFileSync(specPath, 'utf8').replace(
      '    UpdateRuntimeOn:\n      type: string\n',
      `    UpdateRuntimeOn: &self\n      type: string\n${given}`,
    );
    expect(spec).toContain('*self');
    writeFileSync(at('recursive.yaml'), spec);
    const result = runChild(scratch.path, ['diff', 'recursive.yaml', specPath], 15_000);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(2);
    expectOneCleanLine(result.stderr);
  });
});

describe('diff passes a <ref>:<path> argument to git as a revision, never as an option', () => {
  it("'--output=FILE:x' after -- does not make git show write FILE:x", async () => {
    const target = at('written-by-git:x');
    const result = await runIn(projectRoot, ['diff', '--', `--output=${target}`, specPath]);
    expect(existsSync(target), `git show wrote ${target}`).toBe(false);
    expect(result.code).toBe(2);
  });
});

describe('diff refuses a spec whose fields have the wrong kind, instead of reporting them as removals', () => {
  it.each<[string, { given: (spec: LooseJson) => void }]>([
    ['responses is a number', { given: (spec) => (spec['paths']['/2021-07-20/functions/{FunctionName}/runtime-management-config']['put']['responses'] = 5) }],
    ['an operation is null', { given: (spec) => (spec['paths']['/2021-07-20/functions/{FunctionName}/runtime-management-config']['get'] = null) }],
    [
      'parameters is a string',
      { given: (spec) => (spec['paths']['/2021-07-20/functions/{FunctionName}/runtime-management-config']['get']['parameters'] = 'nope') },
    ],
  ])('%s', async (_name, { given }) => {
    const spec = specDocument();
    given(spec);
    writeFileSync(at('wrong-kind.yaml'), stringifyYaml(spec));
    const result = await runIn(scratch.path, ['diff', specPath, 'wrong-kind.yaml']);
    expect(result.code).toBe(2);
    expectOneCleanLine(result.stderr);
    expect(result.stderr).toMatch(/wrong-kind\.yaml/);
  });
});

describe('drift refuses a model that is not of AWS Lambda, in either format', () => {
  it.each<[string, { given: unknown; want: RegExp }]>([
    [
      'a Smithy AST with no service shape (reported as drift, exit 1, today)',
      { given: { smithy: '2.0', shapes: {} }, want: /not AWS Lambda's model|no service/ },
    ],
    [
      'a botocore model with empty metadata (today: "got undefined undefined")',
      { given: { metadata: {}, operations: {}, shapes: {} }, want: /^lambda-rmc drift: empty-model\.json: (?!.*undefined undefined)/ },
    ],
  ])('%s', async (_name, { given, want }) => {
    writeFileSync(at('empty-model.json'), JSON.stringify(given));
    const result = await runIn(scratch.path, ['drift', '--model', 'empty-model.json']);
    expect(result.code).toBe(2);
    expectOneCleanLine(result.stderr);
    expect(result.stderr).toMatch(want);
  });
});
