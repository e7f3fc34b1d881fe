// Agreement with PactFlow's engine: swagger-mock-validator (required response members enforced,
// `-R true`; undocumented response members refused) runs on the same wrong pacts as lambda-rmc
// verify. Every interaction it rejects, verify rejects. Verify rejects more, for AWS semantics the
// OpenAPI document cannot express; that list is checked too, so a change on either side shows.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPactFile } from '../../src/contracts/pact-file.js';
import { verifyPacts } from '../../src/contracts/verify-pacts.js';
import type { VerifyReport } from '../../src/contracts/verify-report.js';
import { mutatedPact } from './support/pact-mutations.js';
import { checkPactsAgainstSpec, type FileOutcome } from './support/pactflow-validator.js';

const work = mkdtempSync(join(tmpdir(), 'lambda-rmc-agreement-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const mutatedFile = join(work, 'mutated.json');
writeFileSync(mutatedFile, JSON.stringify(mutatedPact(), null, 2));
// Two V4 files, then a V2 one.
const files = [mutatedFile, resolve('test/fixtures/contracts/wrong-shapes.json'), resolve('test/fixtures/contracts/legacy-v2.json')];

/** What verify rejects and swagger-mock-validator accepts: Lambda's semantics beyond the schema. */
const verifyOnly = [
  'mutated.json: Manual without a runtime version, expecting 200',
  'mutated.json: a 429 without Retry-After',
  'mutated.json: a 400 naming the wrong error for its request (InvalidParameterValueException for a pattern violation)',
  'mutated.json: a 400 ValidationException for a request that breaks no constraint',
  'mutated.json: an InvalidParameterValueException worded for a rule the request keeps',
  'mutated.json: a 200 whose FunctionArn lacks the qualifier the request named',
  'mutated.json: a 200 whose FunctionArn names another function',
  'mutated.json: a 200 whose FunctionArn is in another region than the ARN the request named',
  "mutated.json: a refusal whose wording is pinned and is not AWS's",
  "mutated.json: a refusal whose regex matcher does not admit AWS's wording",
  'mutated.json: a regex matcher its own example does not match',
  'mutated.json: a request body that is not a JSON object (Lambda: SerializationException, which the spec does not document)',
  // WARN: a regex matcher that admits values the spec refuses (a witness is named).
  'mutated.json: a regex matcher wider than the spec (FunctionArn)',
  'mutated.json: a regex matcher wider than the spec (an enum member)',
];

describe('swagger-mock-validator and lambda-rmc verify on the same wrong pacts', () => {
  let outcomes: FileOutcome[] = [];
  let report: VerifyReport;
  const name = (file: string, description: string) => `${file.split('/').pop()}: ${description}`;
  beforeAll(async () => {
    // The helper merges the files it is given into one pact (one run of the validator), so they must share a Pact version.
    outcomes = [...(await checkPactsAgainstSpec(files.slice(0, 2))), ...(await checkPactsAgainstSpec(files.slice(2)))];
    report = verifyPacts(files.map(readPactFile));
  }, 60_000);

  const rejectedBySmv = () =>
    new Set(outcomes.flatMap((outcome) => outcome.errors.map((error) => name(outcome.file, error.mockDetails?.interactionDescription ?? '(the spec)'))));
  // Flagged: refused (ERR), or warned that PactFlow's engine will reject it (a percent-encoded FunctionName: Lambda accepts it).
  const rejectedByVerify = () =>
    new Set(report.interactions.filter((verdict) => !verdict.verified || verdict.problems.some((problem) => problem.level === 'WARN')).map((verdict) => name(verdict.file, verdict.description)));

  it('rejects something (the comparison is not empty)', () => {
    expect(rejectedBySmv().size).toBeGreaterThan(10);
  });

  it('every interaction swagger-mock-validator rejects, verify rejects (or warns that PactFlow will)', () => {
    const missed = [...rejectedBySmv()].filter((interaction) => !rejectedByVerify().has(interaction));
    expect(missed).toEqual([]);
  });

  it('verify rejects more, for the AWS semantics listed here', () => {
    const more = [...rejectedByVerify()].filter((interaction) => !rejectedBySmv().has(interaction));
    expect(more.sort()).toEqual([...verifyOnly].sort());
  });
});
