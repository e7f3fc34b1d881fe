// lambda-rmc verify's engine: the committed pacts verify; each way a consumer's pact can get Lambda
// wrong fails (or warns), naming the interaction and the field; V2, V3 and V4 files read alike.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePact, readPactFile } from '../../src/contracts/pact-file.js';
import { verifyPacts } from '../../src/contracts/verify-pacts.js';
import { committedPactFiles } from './support/committed-pacts.js';
import { committedInteraction, mutatedPact, mutations } from './support/pact-mutations.js';
import { pactOf, toV2, toV3 } from './support/pact-versions.js';

const work = mkdtempSync(join(tmpdir(), 'lambda-rmc-verify-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('verify: the committed pacts', () => {
  const report = verifyPacts(committedPactFiles().map(readPactFile));

  it('verify, every interaction, without a warning', () => {
    expect(report.interactions.filter((verdict) => verdict.problems.length > 0)).toEqual([]);
    expect(report).toMatchObject({ checked: 50, verified: 50, failed: 0, warned: 0 });
  });
});

describe('verify: each mutation class fails (or warns), naming the interaction and the field', () => {
  const file = join(work, 'mutated.json');
  writeFileSync(file, JSON.stringify(mutatedPact(), null, 2));
  const report = verifyPacts([readPactFile(file)]);

  it.each(mutations)('%s', (name, { want }) => {
    const verdict = report.interactions.find((candidate) => candidate.description === name);
    expect(verdict?.problems.map((problem) => `${problem.level} ${problem.field}`).sort()).toEqual(want.map((problem) => `${problem.level} ${problem.field}`).sort());
    for (const expected of want) {
      const problem = verdict?.problems.find((candidate) => candidate.field === expected.field && candidate.level === expected.level);
      if (expected.problem) expect(problem?.problem).toMatch(expected.problem);
    }
    expect(verdict?.verified).toBe(want.every((problem) => problem.level === 'WARN'));
  });

  it('starts each mutation from an interaction that verifies', () => {
    const origins = mutations.map(([, mutation]) => committedInteraction(mutation.from));
    const origin = verifyPacts([parsePact({ consumer: { name: 'c' }, provider: { name: 'p' }, interactions: origins }, 'origins.json')]);
    expect(origin.interactions.filter((verdict) => verdict.problems.length > 0)).toEqual([]);
  });
});

describe('verify: Pact V2 and V3 files are read as V4 is', () => {
  const mutated = mutatedPact() as { interactions: Parameters<typeof toV2>[0][] };
  const fieldsOf = (pact: object) =>
    verifyPacts([parsePact(pact, 'pact.json')]).interactions.map((verdict) => [verdict.description, verdict.problems.map((problem) => `${problem.level} ${problem.field}`).sort()]);
  const v4 = fieldsOf(mutated);

  it.each([
    ['V3', pactOf('3.0.0', mutated.interactions.map(toV3))],
    ['V2', pactOf('2.0.0', mutated.interactions.map(toV2))],
  ])('%s: the same problems, at the same fields', (_version, pact) => {
    expect(fieldsOf(pact)).toEqual(v4);
  });

  it('the unmutated interactions, written as V2 and as V3, verify', () => {
    const origins = mutations.map(([, mutation]) => committedInteraction(mutation.from));
    for (const pact of [pactOf('2.0.0', origins.map(toV2)), pactOf('3.0.0', origins.map(toV3))]) {
      expect(verifyPacts([parsePact(pact, 'pact.json')])).toMatchObject({ checked: mutations.length, failed: 0, warned: 0 });
    }
  });
});

describe('verify: what the request alone decides', () => {
  const base = committedInteraction('Get: a version in mode Auto by function name');
  const cases: Array<[string, { given: (interaction: typeof base) => void; want: string[] }]> = [
    // Decoded before it is checked, so Lambda's answer fits; a WARN says PactFlow's engine, which checks the segment as written, would reject it.
    ['a percent-encoded full ARN is decoded before it is checked', { given: (i) => void (i.request.path = '/2021-07-20/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3Amy-function/runtime-management-config'), want: ['WARN request.path FunctionName'] }],
    ['percent-encoding that does not decode', { given: (i) => void (i.request.path = '/2021-07-20/functions/my%E0function/runtime-management-config'), want: ['ERR request.path FunctionName', 'ERR response.status'] }],
    ['a query parameter the operation does not have', { given: (i) => void (i.request.query = { Version: ['1'] }), want: ['WARN request.query.Version'] }],
    ['Qualifier given twice', { given: (i) => void (i.request.query = { Qualifier: ['1', '2'] }), want: ['ERR request.query.Qualifier', 'ERR response.body.FunctionArn'] }],
    ['a method the path does not have', { given: (i) => void (i.request.method = 'DELETE'), want: ['ERR request'] }],
  ];

  it.each(cases)('%s', (_name, { given, want }) => {
    const interaction = structuredClone(base);
    given(interaction);
    const [verdict] = verifyPacts([parsePact({ consumer: { name: 'c' }, provider: { name: 'p' }, interactions: [interaction] }, 'pact.json')]).interactions;
    expect(verdict?.problems.map((problem) => `${problem.level} ${problem.field}`).sort()).toEqual(want);
  });
});

describe('verify: a pact that records less expects less', () => {
  const cases: Array<[string, { from: string; given: (interaction: ReturnType<typeof committedInteraction>) => void; want: string[] }]> = [
    ['a 200 with neither headers nor body', { from: 'Put: with a version as Qualifier', given: (i) => void ((i.response.headers = {}), delete i.response.body, delete i.response.matchingRules), want: [] }],
    ['a refusal with its status alone', { from: 'Put: UpdateRuntimeOn Manual without a runtime version', given: (i) => void ((i.response.headers = {}), delete i.response.body, delete i.response.matchingRules), want: [] }],
    [
      'an error named by x-amzn-ErrorType alone',
      { from: 'Get: for a function that does not exist', given: (i) => void ((i.response.headers = { 'x-amzn-ErrorType': ['ResourceNotFoundException'] }), delete i.response.body, delete i.response.matchingRules), want: [] },
    ],
    ['an error named by its body alone (no headers)', { from: 'Put: while an update of the function is in progress', given: (i) => void ((i.response.headers = {}), delete i.response.matchingRules), want: [] }],
    [
      'an error whose headers leave out x-amzn-ErrorType but record others',
      { from: 'Put: while an update of the function is in progress', given: (i) => void delete i.response.headers['x-amzn-ErrorType'], want: ['ERR response.header x-amzn-ErrorType'] },
    ],
    ['a request body that is not a JSON object', { from: 'Put: with a Qualifier that breaks the pattern', given: (i) => void (i.request.body!.content = ['Auto'] as unknown as Record<string, unknown>), want: ['ERR request.body', 'ERR response.body.message', 'ERR response.header x-amzn-ErrorType'] }],
    ['a request body member of the wrong JSON type', { from: 'Put: UpdateRuntimeOn Auto by function name', given: (i) => void (i.request.body!.content['UpdateRuntimeOn'] = 1), want: ['ERR request.body', 'ERR response.status'] }],
    ['a request body declared as text/plain', { from: 'Put: UpdateRuntimeOn Auto by function name', given: (i) => void (i.request.headers = { 'Content-Type': ['text/plain'] }), want: ['ERR request.header Content-Type'] }],
  ];

  it.each(cases)('%s', (_name, { from, given, want }) => {
    const interaction = committedInteraction(from);
    given(interaction);
    const [verdict] = verifyPacts([parsePact({ consumer: { name: 'c' }, provider: { name: 'p' }, interactions: [interaction] }, 'pact.json')]).interactions;
    expect(verdict?.problems.map((problem) => `${problem.level} ${problem.field}`).sort()).toEqual(want);
  });
});
