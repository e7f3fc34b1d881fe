import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../src/contracts/catalog-entry.js';
import { catalogEntry } from '../../src/contracts/interaction-catalog.js';
import { preferHeaderFor } from '../../src/contracts/prism-prefer.js';

const entry = (id: string): CatalogEntry => {
  const found = catalogEntry(id);
  if (!found) throw new Error(`no catalog entry ${id}`);
  return found;
};

const preferFor = (id: string) => {
  const { state, operation, request } = entry(id);
  return preferHeaderFor(state, { operation, functionName: request.functionName, qualifier: request.qualifier, body: request.body });
};

describe('preferHeaderFor: a provider state and a request, as Prism must be asked', () => {
  const cases: Array<[string, { given: string; want: string }]> = [
    ['a Get answers with the mode the state configures', { given: 'get-manual', want: 'code=200, example=Manual' }],
    ['a Put answers with the mode it sends', { given: 'put-function-update', want: 'code=200, example=FunctionUpdate' }],
    ['a Put with a version qualifier answers with a qualified ARN', { given: 'put-with-qualifier', want: 'code=200, example=QualifiedVersion' }],
    ['a version suffix in the name qualifies the ARN as Qualifier does', { given: 'put-by-name-with-version', want: 'code=200, example=QualifiedVersion' }],
    ['a Get through $LATEST.PUBLISHED keeps that qualifier', { given: 'get-with-qualifier', want: 'code=200, example=LatestPublished' }],
    ['an ARN form answers as a name does', { given: 'get-by-partial-arn', want: 'code=200, example=Auto' }],
    [
      'a request the spec refuses earns the example of its error',
      { given: 'put-invalid-parameter-value', want: 'code=400, example=InvalidParameterValueExceptionManualWithoutArn' },
    ],
    ['a pattern violation earns the ValidationException example', { given: 'get-validation-error', want: 'code=400, example=ValidationException' }],
    ['a derived-qualifier mismatch earns its example', { given: 'get-invalid-parameter-value', want: 'code=400, example=InvalidParameterValueException' }],
    [
      'a runtime version the function cannot run (Prism has no catalogue: the state says so)',
      { given: 'put-unknown-runtime-version', want: 'code=400, example=InvalidParameterValueExceptionRuntimeVersion' },
    ],
    ['a missing function', { given: 'get-function-not-found', want: 'code=404' }],
    ['an update in progress', { given: 'put-update-in-progress', want: 'code=409' }],
    ['a throttled caller', { given: 'put-throttled', want: 'code=429' }],
    ['a service fault', { given: 'get-service-error', want: 'code=500' }],
  ];

  it.each(cases)('%s', (_name, { given, want }) => {
    expect(preferFor(given)).toBe(want);
  });

  it('an update in progress does not fail a Get (Get has no 409)', () => {
    const { state } = entry('put-update-in-progress');
    expect(preferHeaderFor(state, { operation: 'GetRuntimeManagementConfig', functionName: 'my-function' })).toBe('code=200, example=Auto');
  });
});
