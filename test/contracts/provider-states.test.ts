import { describe, expect, it } from 'vitest';
import { parseProviderState, providerStateNames } from '../../src/contracts/provider-states.js';

describe('parseProviderState', () => {
  const cases: Array<[string, { given: [string, unknown]; want: unknown }]> = [
    [
      'a function with a Manual config',
      {
        given: [
          providerStateNames.functionExists,
          { functionName: 'f', version: '1', updateRuntimeOn: 'Manual', runtimeVersionArn: 'arn:aws:lambda:us-east-1::runtime:abc' },
        ],
        want: {
          name: providerStateNames.functionExists,
          params: { functionName: 'f', version: '1', updateRuntimeOn: 'Manual', runtimeVersionArn: 'arn:aws:lambda:us-east-1::runtime:abc' },
        },
      },
    ],
    [
      'a throttled caller',
      {
        given: [providerStateNames.callerThrottled, { operation: 'GetRuntimeManagementConfig', retryAfterSeconds: 3, reason: 'CallerRateLimitExceeded' }],
        want: {
          name: providerStateNames.callerThrottled,
          params: { operation: 'GetRuntimeManagementConfig', retryAfterSeconds: 3, reason: 'CallerRateLimitExceeded' },
        },
      },
    ],
    [
      'a mode the spec does not know',
      {
        given: [providerStateNames.functionExists, { functionName: 'f', version: '$LATEST', updateRuntimeOn: 'Sometimes', runtimeVersionArn: null }],
        want: {
          name: 'ProviderStateError',
          state: providerStateNames.functionExists,
          problem: 'param updateRuntimeOn must be one of Auto, Manual, FunctionUpdate',
        },
      },
    ],
    [
      'a throttle reason the spec does not know',
      {
        given: [providerStateNames.callerThrottled, { operation: 'GetRuntimeManagementConfig', retryAfterSeconds: 1, reason: 'Busy' }],
        want: {
          name: 'ProviderStateError',
          problem: expect.stringMatching(/^param reason must be one of ConcurrentInvocationLimitExceeded, .*CallerRateLimitExceeded/),
        },
      },
    ],
    [
      'an unknown operation',
      {
        given: [providerStateNames.serviceFault, { operation: 'Invoke' }],
        want: { name: 'ProviderStateError', problem: 'param operation must name an operation of the spec' },
      },
    ],
    [
      'a fractional Retry-After',
      {
        given: [providerStateNames.callerThrottled, { operation: 'GetRuntimeManagementConfig', retryAfterSeconds: 0.5, reason: 'CallerRateLimitExceeded' }],
        want: { problem: 'param retryAfterSeconds must be a whole number of seconds' },
      },
    ],
    [
      'a runtime version the function cannot run',
      {
        given: [providerStateNames.runtimeVersionMissing, { functionName: 'f', runtimeVersionArn: 'arn:aws:lambda:us-east-1::runtime:abc' }],
        want: { name: providerStateNames.runtimeVersionMissing, params: { functionName: 'f', runtimeVersionArn: 'arn:aws:lambda:us-east-1::runtime:abc' } },
      },
    ],
    [
      'a runtime version state without the version',
      {
        given: [providerStateNames.runtimeVersionMissing, { functionName: 'f' }],
        want: { problem: 'params functionName and runtimeVersionArn must be non-empty strings' },
      },
    ],
    [
      'a state of another catalog',
      {
        given: ['the user is logged in', {}],
        want: { name: 'ProviderStateError', state: 'the user is logged in', problem: 'is not a provider state of the lambda-rmc catalog' },
      },
    ],
  ];

  it.each(cases)('%s', (_name, { given, want }) => {
    const parsed = parseProviderState(...given);
    expect(parsed.ok).toBe(!Object.hasOwn(want as object, 'problem'));
    expect(parsed.ok ? parsed.value : parsed.error).toMatchObject(want as object);
  });
});
