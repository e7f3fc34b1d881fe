// The owning functions of the README's table of choices and of the spec facts the servers and the
// contracts share: each answers as the spec documents, for every operation.
import { describe, expect, it } from 'vitest';
import { specFacts } from '../../src/generated/spec-facts.js';
import {
  answeredQualifier,
  awsErrorBody,
  callerThrottledError,
  documentedStatuses,
  documentsError,
  documentsStatus,
  functionNotFoundError,
  hasRequestBody,
  operationsDocumenting,
  requestedRuntimeConfig,
  runtimeConfigAnswer,
  serviceError,
  unknownRuntimeVersionError,
  unreachableRegionError,
  updateInProgressError,
  type AwsError,
  type OperationId,
} from '../../src/validation/index.js';

const put = 'PutRuntimeManagementConfig';
const get = 'GetRuntimeManagementConfig';

describe('what the spec documents per operation', () => {
  it.each([
    ['Put takes a body', { operation: put, want: true }],
    ['Get takes none', { operation: get, want: false }],
  ] as const)('%s', (_name, { operation, want }) => {
    expect(hasRequestBody(operation)).toBe(want);
  });

  it.each([
    ['Put', { operation: put, want: ['200', '400', '404', '409', '429', '500'] }],
    ['Get (no 409)', { operation: get, want: ['200', '400', '404', '429', '500'] }],
  ] as const)('%s documents these statuses', (_name, { operation, want }) => {
    expect(documentedStatuses(operation)).toEqual(want);
  });

  it.each([
    ['Put 409', { operation: put, status: 409, want: true }],
    ['Get 409', { operation: get, status: 409, want: false }],
    ['Get 429', { operation: get, status: '429', want: true }],
    ['Put 418', { operation: put, status: 418, want: false }],
  ] as const)('documentsStatus: %s', (_name, { operation, status, want }) => {
    expect(documentsStatus(operation, status)).toBe(want);
  });

  it.each([
    ['Put ResourceConflictException', { operation: put, error: 'ResourceConflictException', want: true }],
    ['Get ResourceConflictException', { operation: get, error: 'ResourceConflictException', want: false }],
    ['Get ValidationException', { operation: get, error: 'ValidationException', want: true }],
  ] as const)('documentsError: %s', (_name, { operation, error, want }) => {
    expect(documentsError(operation, error)).toBe(want);
  });

  it.each([
    ['409: Put alone', { status: 409, want: [put] }],
    ['429: both', { status: 429, want: [get, put].sort() }],
  ] as const)('operationsDocumenting %s', (_name, { status, want }) => {
    expect([...operationsDocumenting(status)].sort()).toEqual(want);
  });
});

describe('answeredQualifier: the qualifier a 200 FunctionArn carries', () => {
  it.each([
    ['no qualifier: unqualified', { operation: put, named: undefined, want: { carries: 'none' } }],
    ['a version', { operation: put, named: '1', want: { carries: 'named', qualifier: '1' } }],
    ['an alias', { operation: get, named: 'live', want: { carries: 'named', qualifier: 'live' } }],
    ['$LATEST on Put', { operation: put, named: '$LATEST', want: { carries: 'named', qualifier: '$LATEST' } }],
    ['$LATEST.PUBLISHED on Get', { operation: get, named: '$LATEST.PUBLISHED', want: { carries: 'named', qualifier: '$LATEST.PUBLISHED' } }],
    ['$LATEST.PUBLISHED on Put: its FunctionArn shape cannot hold it', { operation: put, named: '$LATEST.PUBLISHED', want: { carries: 'resolved-version' } }],
  ] as const)('%s', (_name, { operation, named, want }) => {
    expect(answeredQualifier(operation, named)).toEqual(want);
  });
});

describe('runtime configs and their 200 body', () => {
  it.each([
    ['Auto', { body: { UpdateRuntimeOn: 'Auto' }, want: { FunctionArn: 'arn', RuntimeVersionArn: null, UpdateRuntimeOn: 'Auto' } }],
    [
      'Auto with a null runtime version',
      { body: { UpdateRuntimeOn: 'Auto', RuntimeVersionArn: null }, want: { FunctionArn: 'arn', RuntimeVersionArn: null, UpdateRuntimeOn: 'Auto' } },
    ],
    [
      'Manual',
      { body: { UpdateRuntimeOn: 'Manual', RuntimeVersionArn: 'rv' }, want: { FunctionArn: 'arn', RuntimeVersionArn: 'rv', UpdateRuntimeOn: 'Manual' } },
    ],
  ] as const)('%s', (_name, { body, want }) => {
    const answer = runtimeConfigAnswer('arn', requestedRuntimeConfig(body));
    expect(answer).toEqual(want);
    expect(Object.keys(answer)).toEqual(['FunctionArn', 'RuntimeVersionArn', 'UpdateRuntimeOn']);
  });
});

/** The spec's named example of `operation`'s `status` answer called `name`. */
function example(operation: OperationId, status: string, name: string): unknown {
  const response = specFacts.operations[operation].responses.find((candidate) => candidate.status === status);
  return response?.examples.find((candidate) => candidate.name === name)?.value;
}

describe("service errors are worded as the spec's examples", () => {
  const arn = 'arn:aws:lambda:us-east-1:123456789012:function:my-function';
  it.each([
    ['409', { error: updateInProgressError(arn), operation: put, status: '409', name: 'ResourceConflictException' }],
    ['429', { error: callerThrottledError(), operation: get, status: '429', name: 'TooManyRequestsException' }],
    ['500', { error: serviceError(), operation: get, status: '500', name: 'ServiceException' }],
    ['404 no such function', { error: functionNotFoundError(arn), operation: get, status: '404', name: 'ResourceNotFoundException' }],
    ['404 another region', { error: unreachableRegionError('eu-west-1', 'us-east-1'), operation: get, status: '404', name: 'ResourceNotFoundExceptionRegion' }],
    [
      '400 unknown runtime version',
      {
        error: unknownRuntimeVersionError(
          'arn:aws:lambda:us-east-1::runtime:1111111111111111111111111111111111111111111111111111111111111111',
          'nodejs20.x',
          'us-east-1',
        ),
        operation: put,
        status: '400',
        name: 'InvalidParameterValueExceptionRuntimeVersion',
      },
    ],
  ] as const satisfies ReadonlyArray<readonly [string, { error: AwsError; operation: OperationId; status: string; name: string }]>)(
    '%s',
    (_name, { error, operation, status, name }) => {
      expect(awsErrorBody(error)).toEqual(example(operation, status, name));
    },
  );

  it('a throttled caller waits the whole seconds it is told', () => {
    expect(callerThrottledError(7)).toMatchObject({ reason: 'CallerRateLimitExceeded', retryAfterSeconds: 7 });
  });
});
