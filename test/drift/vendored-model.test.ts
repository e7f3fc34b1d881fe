// spec/aws-model/: the excerpt the spec follows, its provenance, and the cut that refreshes it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { botocoreExcerpt, parseModelBytes } from '../../src/drift/index.js';
import { botocoreFixture, vendoredModel } from './support/run-drift.js';

const provenance = JSON.parse(readFileSync('spec/aws-model/provenance.json', 'utf8')) as Record<string, string>;
const vendoredBytes = readFileSync(vendoredModel);
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

describe('spec/aws-model', () => {
  it('provenance names the source (repository, path, commit, version, model date) and the file by its hash', () => {
    expect(provenance).toMatchObject({
      file: 'lambda-runtime-management.botocore.json',
      repository: 'https://github.com/boto/botocore',
      path: 'botocore/data/lambda/2015-03-31/service-2.json',
    });
    expect(provenance['commit']).toMatch(/^[0-9a-f]{40}$/);
    expect(provenance['botocoreVersion']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(provenance['modelDate']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(createHash('sha256').update(vendoredBytes).digest('hex')).toBe(provenance['sha256']);
  });

  it('the spec says it follows the model of that date', () => {
    const spec = readFileSync('spec/lambda-runtime-management.openapi.yaml', 'utf8').replace(/\s+/g, ' ');
    expect(spec).toContain(`Lambda model change of ${provenance['modelDate']}`);
  });

  it('npm run check:aws-model checks the spec against this excerpt, and npm test runs it', () => {
    expect(readFileSync('scripts/check-aws-model.ts', 'utf8')).toContain(`'${vendoredModel}'`);
    expect(packageJson.scripts['check:aws-model']).toBe('tsx scripts/check-aws-model.ts');
    expect(readFileSync('scripts/run-tests.ts', 'utf8')).toContain("{ name: 'check:aws-model', args: ['run', '-s', 'check:aws-model'] }");
  });

  it.each([
    ['the vendored excerpt', vendoredModel],
    ['the botocore 1.43.11 excerpt', botocoreFixture],
  ])('cutting %s again gives the same operations and shapes (the refresh script keeps what is compared)', (_name, file) => {
    const model = parseModelBytes(readFileSync(file), file);
    const excerpt = botocoreExcerpt(model, 'test');
    expect(excerpt['operations']).toEqual(model.document['operations']);
    expect(excerpt['shapes']).toEqual(model.document['shapes']);
    expect(excerpt['metadata']).toEqual({
      apiVersion: '2015-03-31',
      protocol: 'rest-json',
      serviceId: 'Lambda',
      endpointPrefix: 'lambda',
      signatureVersion: 'v4',
    });
  });

  it('the cut leaves out what the two operations do not reach', () => {
    const model = JSON.parse(vendoredBytes.toString('utf8'));
    model.operations.Invoke = { name: 'Invoke', http: { method: 'POST', requestUri: '/x' }, input: { shape: 'InvocationRequest' } };
    model.shapes.InvocationRequest = { type: 'structure', members: {} };
    model.shapes.Unused = { type: 'string' };
    const excerpt = botocoreExcerpt(parseModelBytes(Buffer.from(JSON.stringify(model)), 'full.json'), 'test');
    expect(Object.keys(excerpt['operations'] as object)).toEqual(['PutRuntimeManagementConfig', 'GetRuntimeManagementConfig']);
    expect(excerpt['shapes']).not.toHaveProperty('Unused');
    expect(excerpt['shapes']).not.toHaveProperty('InvocationRequest');
  });
});
