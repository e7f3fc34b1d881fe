import { describe, expect, it } from 'vitest';
import { validateResponse, type ObservedResponse, type ResponseViolation } from '../../src/validation/index.js';

const put = 'PutRuntimeManagementConfig' as const;
const get = 'GetRuntimeManagementConfig' as const;
const requestId = { 'x-amzn-RequestId': '8f0e9d4c-1111-4a8e-9a3e-1f2b3c4d5e6f' };
const functionArn = 'arn:aws:lambda:us-east-1:123456789012:function:my-function';
const runtimeArn = 'arn:aws:lambda:us-east-1::runtime:0cdcfbdefbc5e7d3343f73c2e2dd3cba17d61dea0686b404502a0c9ce83931b9';

describe('validateResponse', () => {
  it.each<[string, { given: ObservedResponse; want: ResponseViolation[] }]>([
    [
      'Put 200 Manual',
      {
        given: {
          operation: put,
          status: 200,
          headers: requestId,
          body: { FunctionArn: functionArn, RuntimeVersionArn: runtimeArn, UpdateRuntimeOn: 'Manual' },
        },
        want: [],
      },
    ],
    [
      'Put 200 Auto with null ARN',
      {
        given: { operation: put, status: 200, headers: requestId, body: { FunctionArn: functionArn, RuntimeVersionArn: null, UpdateRuntimeOn: 'Auto' } },
        want: [],
      },
    ],
    ['Get 200 with every member absent', { given: { operation: get, status: 200, headers: requestId, body: {} }, want: [] }],
    [
      'Get 200 dotted name with $LATEST.PUBLISHED',
      {
        given: {
          operation: get,
          status: 200,
          headers: requestId,
          body: { FunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:my.fn:$LATEST.PUBLISHED', UpdateRuntimeOn: 'Auto' },
        },
        want: [],
      },
    ],
    [
      'header names in any case',
      {
        given: {
          operation: get,
          status: 404,
          headers: { 'X-AMZN-REQUESTID': 'r', 'X-Amzn-ErrorType': 'ResourceNotFoundException' },
          body: { Type: 'User', Message: `Function not found: ${functionArn}` },
        },
        want: [],
      },
    ],
    [
      'Put 200 missing FunctionArn',
      {
        given: { operation: put, status: 200, headers: requestId, body: { UpdateRuntimeOn: 'Auto' } },
        want: [{ field: 'body.FunctionArn', problem: 'is missing from the body' }],
      },
    ],
    [
      'Put 200 with a dotted name (Put FunctionArn shape has no dots)',
      {
        given: {
          operation: put,
          status: 200,
          headers: requestId,
          body: { FunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:my.fn', UpdateRuntimeOn: 'Auto' },
        },
        want: [{ field: 'body.FunctionArn', problem: expect.stringMatching(/^must match \^\(\?:arn/) }],
      },
    ],
    [
      'unknown mode',
      {
        given: { operation: get, status: 200, headers: requestId, body: { UpdateRuntimeOn: 'Sometimes' } },
        want: [{ field: 'body.UpdateRuntimeOn', problem: 'must be one of Auto, Manual, FunctionUpdate' }],
      },
    ],
    [
      'extra member',
      {
        given: { operation: get, status: 200, headers: requestId, body: { UpdateRuntimeOn: 'Auto', Colour: 'blue' } },
        want: [{ field: 'body.Colour', problem: 'is not a member of the body' }],
      },
    ],
    [
      'missing request id',
      { given: { operation: get, status: 200, headers: {}, body: {} }, want: [{ field: 'header x-amzn-RequestId', problem: 'is missing' }] },
    ],
    [
      'undocumented status',
      {
        given: { operation: get, status: 409, headers: requestId, body: {} },
        want: [{ field: 'status', problem: '409 is not a documented status of GetRuntimeManagementConfig (documented: 200, 400, 404, 429, 500)' }],
      },
    ],
    [
      '404 with lower-case message (wrong casing)',
      {
        given: {
          operation: put,
          status: 404,
          headers: { ...requestId, 'x-amzn-ErrorType': 'ResourceNotFoundException' },
          body: { Type: 'User', message: 'Function not found' },
        },
        want: [
          { field: 'body.Message', problem: 'is missing from a ResourceNotFoundException body' },
          { field: 'body.message', problem: 'is not a member of a ResourceNotFoundException body' },
        ],
      },
    ],
    [
      '400 body of another error than its x-amzn-ErrorType',
      {
        given: {
          operation: put,
          status: 400,
          headers: { ...requestId, 'x-amzn-ErrorType': 'ValidationException' },
          body: { Type: 'User', message: 'The derived qualifier from the function name does not match the specified qualifier.' },
        },
        want: [
          { field: 'body.Type', problem: 'is not a member of a ValidationException body' },
          { field: 'body.message', problem: expect.stringContaining('must match') },
        ],
      },
    ],
    [
      'error without x-amzn-ErrorType',
      {
        given: { operation: put, status: 409, headers: requestId, body: { Type: 'User', message: 'busy' } },
        want: [{ field: 'header x-amzn-ErrorType', problem: 'is missing' }],
      },
    ],
    [
      '429 without Retry-After',
      {
        given: {
          operation: put,
          status: 429,
          headers: { ...requestId, 'x-amzn-ErrorType': 'TooManyRequestsException' },
          body: { Type: 'User', message: 'Rate Exceeded.', Reason: 'CallerRateLimitExceeded' },
        },
        want: [{ field: 'header Retry-After', problem: 'is missing' }],
      },
    ],
    [
      '429 with an unknown Reason',
      {
        given: {
          operation: put,
          status: 429,
          headers: { ...requestId, 'x-amzn-ErrorType': 'TooManyRequestsException', 'Retry-After': '2' },
          body: { Type: 'User', message: 'Rate Exceeded.', Reason: 'TooFast' },
        },
        want: [{ field: 'body.Reason', problem: expect.stringContaining('must be one of') }],
      },
    ],
    [
      '500 with Type User',
      {
        given: { operation: get, status: 500, headers: { ...requestId, 'x-amzn-ErrorType': 'ServiceException' }, body: { Type: 'User', Message: 'x' } },
        want: [{ field: 'body.Type', problem: 'must be one of Service' }],
      },
    ],
    [
      'error type that the status does not document',
      {
        given: { operation: get, status: 404, headers: { ...requestId, 'x-amzn-ErrorType': 'ServiceException' }, body: { Type: 'User', Message: 'x' } },
        want: [{ field: 'header x-amzn-ErrorType', problem: 'must be one of ResourceNotFoundException' }],
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(validateResponse(given)).toEqual(want);
  });

  it('accepts a Fetch Headers object', () => {
    const headers = new Headers({ 'x-amzn-requestid': 'r' });
    expect(validateResponse({ operation: get, status: 200, headers, body: { UpdateRuntimeOn: 'Auto' } })).toEqual([]);
  });
});
