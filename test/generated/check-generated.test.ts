import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGenerate } from '../../scripts/generate/run-generate.js';
import { specPath } from '../../src/spec/index.js';

const workDir = mkdtempSync(join(tmpdir(), 'lambda-rmc-generate-'));
const outDir = join(workDir, 'generated');
/** Runs the generator in-process (the npm scripts call the same function); output is captured. */
async function generate(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await runGenerate(args, { log: (line) => (stdout += `${line}\n`), error: (line) => (stderr += `${line}\n`) });
  return { status, stdout, stderr };
}

function writeSpec(name: string, edit: (text: string) => string): string {
  const file = join(workDir, name);
  writeFileSync(file, edit(readFileSync(specPath, 'utf8')));
  return file;
}

describe('npm run check:generated', () => {
  beforeAll(async () => {
    expect((await generate('--spec', specPath, '--out', outDir)).status).toBe(0);
  });
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('passes on the committed generated code', async () => {
    const result = await generate('--check');
    expect(result.stdout).toContain('generated code is current');
    expect(result.status).toBe(0);
  });

  it('produces exactly the committed files from the spec', () => {
    for (const name of ['openapi-types.ts', 'validators.ts', 'spec-facts.ts']) {
      expect(readFileSync(join(outDir, name), 'utf8'), name).toBe(readFileSync(join('src/generated', name), 'utf8'));
    }
  });

  it.each<[string, { edit: (text: string) => string; stale: string[] }]>([
    ['a tightened length', { edit: (text) => text.replace('maxLength: 128', 'maxLength: 100'), stale: ['validators.ts', 'spec-facts.ts'] }],
    [
      'a new enum value',
      {
        edit: (text) => text.replace('enum: [Auto, Manual, FunctionUpdate]', 'enum: [Auto, Manual, FunctionUpdate, Never]'),
        stale: ['openapi-types.ts', 'validators.ts', 'spec-facts.ts'],
      },
    ],
    ['a renamed example', { edit: (text) => text.replace('ResourceNotFoundExceptionVersion:', 'VersionNotFound:'), stale: ['spec-facts.ts'] }],
    // Header and parameter examples are spec facts too: the contracts read them from spec-facts.ts, never from the YAML.
    [
      'another header example',
      {
        edit: (text) => text.replace('example: 5e0b3c2a-7d4f-4a8e-9a3e-1f2b3c4d5e6f', 'example: 00000000-0000-4000-8000-000000000000'),
        stale: ['spec-facts.ts'],
      },
    ],
    ['another parameter example', { edit: (text) => text.replace('value: my-function:1', 'value: my-function:2'), stale: ['spec-facts.ts'] }],
  ])('fails when the spec gained %s', async (name, { edit, stale }) => {
    const result = await generate('--check', '--spec', writeSpec(`${name.replace(/\W/g, '-')}.yaml`, edit), '--out', outDir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^generated code is stale: .* \(run: npm run generate\)\n$/);
    for (const file of stale) expect(result.stderr).toContain(file);
  });

  it('answers a spec that is not YAML with one line and exit 2', async () => {
    const result = await generate(
      '--check',
      '--spec',
      writeSpec('broken.yaml', (text) => `${text}\n  : : [unclosed`),
      '--out',
      outDir,
    );
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('broken.yaml: invalid YAML');
  });
});
