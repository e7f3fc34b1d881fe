// PactFlow's comparison engine (swagger-mock-validator, required response properties checked) rejects
// a deliberately wrong pact, each wrong shape for its own reason. The committed pacts' check runs the
// unmodified validator binary: pactflow-validator.test.ts.
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPactsAgainstSpec, type FileOutcome } from './support/spec-subset.js';

describe('swagger-mock-validator: a deliberately wrong pact is rejected', () => {
  const wrongPact = resolve('test/fixtures/contracts/wrong-shapes.json');
  let outcome: FileOutcome | undefined;
  beforeAll(async () => {
    [outcome] = await checkPactsAgainstSpec([wrongPact]);
  });

  const cases: Array<[string, { given: string; want: string[] }]> = [
    ['an undocumented enum value in a response', { given: 'Get: an answer with a mode the spec does not know', want: ['response.body.incompatible'] }],
    ['a response member the spec does not have', { given: 'Get: an answer with a member the spec does not have', want: ['response.body.incompatible'] }],
    ['an undocumented status', { given: 'Get: an undocumented status', want: ['response.status.unknown'] }],
    ['a response header that breaks its pattern', { given: 'Get: a Retry-After that is not whole seconds', want: ['response.header.incompatible'] }],
    ['a required response member left out', { given: 'Put: an answer without the required FunctionArn', want: ['response.body.incompatible'] }],
    ['an undocumented enum value in a request', { given: 'Put: a request body with a mode the spec does not know', want: ['request.body.incompatible'] }],
    ['a path the spec does not have', { given: 'Put: a path the spec does not have', want: ['request.path-or-method.unknown'] }],
  ];

  it.each(cases)('%s', (_name, { given, want }) => {
    const codes = outcome?.errors.filter((error) => error.mockDetails?.interactionDescription === given).map((error) => error.code);
    expect(codes).toEqual(want);
  });

  it('reports nothing else', () => {
    expect(outcome?.errors).toHaveLength(cases.length);
  });
});
