import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { specDocument, specPath, specVersion } from '../../src/spec/package-spec.js';

describe('lambda-rmc/spec', () => {
  it('names the packaged spec file and its parsed document', () => {
    expect(specPath).toBe(fileURLToPath(new URL('../../spec/lambda-runtime-management.openapi.yaml', import.meta.url)));
    expect(specDocument).toEqual(parse(readFileSync(specPath, 'utf8')));
    expect(specDocument['openapi']).toMatch(/^3\.1\./);
    expect(specVersion).toBe('2015-03-31');
  });

  it('is exported by package.json, with the YAML file itself', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, unknown>; files: string[] };
    expect(manifest.exports['./spec']).toEqual({ types: './dist/spec/package-spec.d.ts', default: './dist/spec/package-spec.js' });
    expect(manifest.exports['./spec.yaml']).toBe('./spec/lambda-runtime-management.openapi.yaml');
    expect(manifest.files).toContain('spec');
  });
});
