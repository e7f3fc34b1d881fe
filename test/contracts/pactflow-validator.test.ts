// What PactFlow's bi-directional contract testing runs: the unmodified swagger-mock-validator command
// (required response properties checked, `-R true`) on each committed pact against the shipped spec.
// No shim: the catalog records FunctionName unencoded in paths, so ARNs meet the spec's pattern.
import { execFile } from 'node:child_process';
import { relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { specPath } from '../../src/spec/index.js';
import { committedPactFiles } from './support/committed-pacts.js';

const run = promisify(execFile);
const validator = 'node_modules/.bin/swagger-mock-validator';

async function validate(pactFile: string) {
  return run(validator, [specPath, pactFile, '-R', 'true'], { env: { ...process.env, PACT_DO_NOT_TRACK: 'true' } }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
}

// The validator compiles a schema per value it checks: seconds per file, more on a loaded machine.
describe('swagger-mock-validator (the binary, unmodified) accepts every committed pact', { timeout: 90_000 }, () => {
  it.concurrent.each(committedPactFiles().map((file) => [relative(process.cwd(), file), file]))('%s', async (_name, file) => {
    const result = await validate(file);
    expect(result.stdout).toMatch(/^0 error\(s\)$/m);
    expect(result.stdout).toMatch(/^0 warning\(s\)$/m);
    expect(result.code).toBe(0);
  });

  it('fails a pact whose path carries a percent-encoded ARN (the form the catalog no longer records)', async () => {
    const result = await validate('test/fixtures/contracts/encoded-arn-path.json');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/request\.path-or-method\.unknown: 1/);
  });
});
