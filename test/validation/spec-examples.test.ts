// Every named example in the spec is valid: the mocks serve them and the contracts are built from them.
import { describe, expect, it } from 'vitest';
import { specFacts } from '../../src/generated/spec-facts.js';
import { validateRequest, validateResponse } from '../../src/validation/index.js';

const operations = Object.values(specFacts.operations);
const parameterExamples = (member: 'FunctionName' | 'Qualifier') => specFacts.members[member].examples.map((example) => [example.name, example] as const);

const responseExamples = operations.flatMap((operation) =>
  operation.responses.flatMap((response) =>
    response.examples.map(
      (example) =>
        [
          `${operation.operationId} ${response.status} ${example.name}`,
          { operation: operation.operationId, status: response.status, error: example.error, body: example.value },
        ] as const,
    ),
  ),
);

describe('spec examples', () => {
  it.each(responseExamples)('response %s validates', (_name, { operation, status, error, body }) => {
    const headers: Record<string, string> = { 'x-amzn-RequestId': '5e0b3c2a-7d4f-4a8e-9a3e-1f2b3c4d5e6f' };
    if (error) headers['x-amzn-ErrorType'] = error;
    if (status === '429') headers['Retry-After'] = '1';
    expect(validateResponse({ operation, status: Number(status), headers, body })).toEqual([]);
  });

  it.each(specFacts.operations.PutRuntimeManagementConfig.requestExamples.map((example) => [example.name, example.value] as const))(
    'Put request body %s validates',
    (_name, body) => {
      expect(validateRequest({ operation: 'PutRuntimeManagementConfig', functionName: 'my-function', body })).toBeUndefined();
    },
  );

  it.each(parameterExamples('FunctionName'))('FunctionName example %s validates', (_name, { value }) => {
    expect(validateRequest({ operation: 'GetRuntimeManagementConfig', functionName: value })).toBeUndefined();
  });

  it.each(parameterExamples('Qualifier'))('Qualifier example %s validates', (_name, { value }) => {
    expect(validateRequest({ operation: 'GetRuntimeManagementConfig', functionName: 'my-function', qualifier: value })).toBeUndefined();
  });

  it('documents a named example for every response of every operation', () => {
    for (const operation of operations) {
      for (const response of operation.responses) expect(response.examples.length, `${operation.operationId} ${response.status}`).toBeGreaterThan(0);
    }
  });

  it('shows every documented error in at least one example', () => {
    for (const operation of operations) {
      for (const response of operation.responses) {
        const shown = new Set(response.examples.map((example) => example.error));
        for (const error of response.errors) expect(shown.has(error), `${operation.operationId} ${response.status} ${error}`).toBe(true);
      }
    }
  });
});
