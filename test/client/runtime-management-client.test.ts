import { describe, expect, it } from 'vitest';
import { createRuntimeManagementClient, type OperationResult, type RuntimeManagementClientOptions } from '../../src/client/index.js';

const requestId = '5e0b3c2a-7d4f-4a8e-9a3e-1f2b3c4d5e6f';
const functionArn = 'arn:aws:lambda:us-east-1:123456789012:function:my-function';
const runtimeVersionArn = 'arn:aws:lambda:us-east-1::runtime:0cdcfbdefbc5e7d3343f73c2e2dd3cba17d61dea0686b404502a0c9ce83931b9';

interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** JSON-encoded unless it is a string. */
  body?: unknown;
}

const ok = (body: unknown): Reply => ({ status: 200, body });
const failure = (status: number, errorType: string, body: unknown, headers: Record<string, string> = {}): Reply => ({
  status,
  headers: { 'x-amzn-ErrorType': errorType, ...headers },
  body,
});
const throttled = (retryAfter: string): Reply =>
  failure(429, 'TooManyRequestsException', { Reason: 'CallerRateLimitExceeded', Type: 'User', message: 'Rate Exceeded.' }, { 'Retry-After': retryAfter });

/** A fetch that answers from a script and records what it was sent; no network. */
function scriptedFetch(replies: Reply[]) {
  const sent: Array<{ method: string; url: string; contentType: string | null; body: string }> = [];
  const fetch = async (request: Request): Promise<Response> => {
    sent.push({ method: request.method, url: request.url, contentType: request.headers.get('content-type'), body: await request.text() });
    const reply = replies.shift();
    if (!reply) throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:1') });
    const body = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    return new Response(body, { status: reply.status, headers: { 'content-type': 'application/json', 'x-amzn-RequestId': requestId, ...reply.headers } });
  };
  return { fetch, sent };
}

function clientFor(replies: Reply[], options: Partial<RuntimeManagementClientOptions> = {}) {
  const script = scriptedFetch(replies);
  const sleeps: number[] = [];
  const client = createRuntimeManagementClient({
    baseUrl: 'http://lambda.test',
    fetch: script.fetch,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...options,
  });
  return { client, sent: script.sent, sleeps };
}

type Call = 'put-auto' | 'get';

async function call(
  client: ReturnType<typeof clientFor>['client'],
  which: Call,
): Promise<OperationResult<'PutRuntimeManagementConfig'> | OperationResult<'GetRuntimeManagementConfig'>> {
  return which === 'get'
    ? client.getRuntimeManagementConfig({ FunctionName: 'my-function' })
    : client.putRuntimeManagementConfig({ FunctionName: 'my-function', UpdateRuntimeOn: 'Auto' });
}

describe('createRuntimeManagementClient: results', () => {
  const cases: Array<
    [string, { given: { call: Call; replies: Reply[]; options?: Partial<RuntimeManagementClientOptions> }; want: { result: unknown; sleeps: number[] } }]
  > = [
    [
      'a conforming 200 is a typed value',
      {
        given: { call: 'put-auto', replies: [ok({ FunctionArn: functionArn, RuntimeVersionArn: null, UpdateRuntimeOn: 'Auto' })] },
        want: {
          result: { ok: true, status: 200, requestId, attempts: 1, value: { FunctionArn: functionArn, RuntimeVersionArn: null, UpdateRuntimeOn: 'Auto' } },
          sleeps: [],
        },
      },
    ],
    [
      'a 404 is the ResourceNotFoundException it names, with its capital-M message',
      {
        given: { call: 'get', replies: [failure(404, 'ResourceNotFoundException', { Type: 'User', Message: `Function not found: ${functionArn}` })] },
        want: {
          result: {
            ok: false,
            status: 404,
            requestId,
            attempts: 1,
            error: { name: 'ResourceNotFoundException', status: 404, message: `Function not found: ${functionArn}` },
          },
          sleeps: [],
        },
      },
    ],
    [
      'a 409 is the ResourceConflictException it names',
      {
        given: { call: 'put-auto', replies: [failure(409, 'ResourceConflictException', { Type: 'User', message: 'An update is in progress' })] },
        want: {
          result: {
            ok: false,
            status: 409,
            requestId,
            attempts: 1,
            error: { name: 'ResourceConflictException', status: 409, message: 'An update is in progress' },
          },
          sleeps: [],
        },
      },
    ],
    [
      'an error name with a namespace suffix is drift: the spec documents the plain name',
      {
        given: {
          call: 'put-auto',
          replies: [failure(409, 'ResourceConflictException:http://internal.amazon.com/', { Type: 'User', message: 'An update is in progress' })],
        },
        want: { result: { ok: false, status: 409, error: { name: 'ResponseDriftError', field: 'header x-amzn-ErrorType' } }, sleeps: [] },
      },
    ],
    [
      'a 400 ValidationException (no Type member) is told apart from InvalidParameterValueException',
      {
        given: { call: 'get', replies: [failure(400, 'ValidationException', { message: '1 validation error detected: Value null at qualifier' })] },
        want: {
          result: { ok: false, status: 400, error: { name: 'ValidationException', message: '1 validation error detected: Value null at qualifier' } },
          sleeps: [],
        },
      },
    ],
    [
      'a 200 without a required member is drift naming that member',
      {
        given: { call: 'put-auto', replies: [ok({ UpdateRuntimeOn: 'Auto' })] },
        want: {
          result: { ok: false, status: 200, error: { name: 'ResponseDriftError', field: 'body.FunctionArn', problem: 'is missing from the body' } },
          sleeps: [],
        },
      },
    ],
    [
      'a 200 with a mode the spec does not know is drift naming the member',
      {
        given: { call: 'get', replies: [ok({ FunctionArn: functionArn, UpdateRuntimeOn: 'Sometimes' })] },
        want: { result: { ok: false, error: { name: 'ResponseDriftError', field: 'body.UpdateRuntimeOn' } }, sleeps: [] },
      },
    ],
    [
      'an undocumented status is drift naming the status',
      {
        given: { call: 'get', replies: [failure(409, 'ResourceConflictException', { Type: 'User', message: 'busy' })] },
        want: { result: { ok: false, status: 409, error: { name: 'ResponseDriftError', field: 'status' } }, sleeps: [] },
      },
    ],
    [
      'a body that is not JSON is drift naming the body',
      {
        given: { call: 'put-auto', replies: [{ status: 200, body: '<html>gateway</html>' }] },
        want: { result: { ok: false, status: 200, requestId, error: { name: 'ResponseDriftError', field: 'body' } }, sleeps: [] },
      },
    ],
    [
      'a 429 is retried after its Retry-After and the retry succeeds',
      {
        given: { call: 'put-auto', replies: [throttled('2'), ok({ FunctionArn: functionArn, RuntimeVersionArn: null, UpdateRuntimeOn: 'Auto' })] },
        want: { result: { ok: true, attempts: 2 }, sleeps: [2000] },
      },
    ],
    [
      'retries stop after maxRetries and the last 429 is returned with its reason and wait',
      {
        given: { call: 'get', replies: [throttled('1'), throttled('1'), throttled('1'), throttled('1')] },
        want: {
          result: {
            ok: false,
            status: 429,
            attempts: 3,
            error: { name: 'TooManyRequestsException', status: 429, reason: 'CallerRateLimitExceeded', retryAfterSeconds: 1, message: 'Rate Exceeded.' },
          },
          sleeps: [1000, 1000],
        },
      },
    ],
    [
      'a Retry-After longer than maxRetryAfterSeconds is not waited for',
      {
        given: { call: 'get', replies: [throttled('60')], options: { retry: { maxRetryAfterSeconds: 30 } } },
        want: { result: { ok: false, attempts: 1, error: { name: 'TooManyRequestsException', retryAfterSeconds: 60 } }, sleeps: [] },
      },
    ],
    [
      'maxRetries 0 turns retrying off',
      {
        given: { call: 'get', replies: [throttled('1')], options: { retry: { maxRetries: 0 } } },
        want: { result: { ok: false, attempts: 1, error: { name: 'TooManyRequestsException' } }, sleeps: [] },
      },
    ],
    [
      'a 429 without Retry-After is drift, not retried',
      {
        given: { call: 'get', replies: [failure(429, 'TooManyRequestsException', { Type: 'User', message: 'Rate Exceeded.' })] },
        want: { result: { ok: false, attempts: 1, error: { name: 'ResponseDriftError', field: 'header Retry-After' } }, sleeps: [] },
      },
    ],
    [
      'no response at all is a NetworkError',
      {
        given: { call: 'get', replies: [] },
        want: {
          result: {
            ok: false,
            status: undefined,
            requestId: undefined,
            error: { name: 'NetworkError', message: 'no response: connect ECONNREFUSED 127.0.0.1:1' },
          },
          sleeps: [],
        },
      },
    ],
  ];

  it.each(cases)('%s', async (_name, { given, want }) => {
    const { client, sleeps } = clientFor(given.replies, given.options);
    expect(await call(client, given.call)).toMatchObject(want.result as object);
    expect(sleeps).toEqual(want.sleeps);
  });
});

describe('createRuntimeManagementClient: requests on the wire', () => {
  const reply = ok({ FunctionArn: functionArn, RuntimeVersionArn: runtimeVersionArn, UpdateRuntimeOn: 'Manual' });
  const cases: Array<
    [
      string,
      {
        given: (client: ReturnType<typeof clientFor>['client']) => Promise<unknown>;
        want: { method: string; url: string; contentType: string | null; body: string };
      },
    ]
  > = [
    [
      'Put sends the body as JSON and a full ARN as one percent-encoded segment',
      {
        given: (client) => client.putRuntimeManagementConfig({ FunctionName: functionArn, UpdateRuntimeOn: 'Manual', RuntimeVersionArn: runtimeVersionArn }),
        want: {
          method: 'PUT',
          url: `http://lambda.test/2021-07-20/functions/${encodeURIComponent(functionArn)}/runtime-management-config`,
          contentType: 'application/json',
          body: JSON.stringify({ UpdateRuntimeOn: 'Manual', RuntimeVersionArn: runtimeVersionArn }),
        },
      },
    ],
    [
      'Get sends Qualifier percent-encoded in the query and no body',
      {
        given: (client) => client.getRuntimeManagementConfig({ FunctionName: 'my-function', Qualifier: '$LATEST' }),
        want: {
          method: 'GET',
          url: 'http://lambda.test/2021-07-20/functions/my-function/runtime-management-config?Qualifier=%24LATEST',
          contentType: null,
          body: '',
        },
      },
    ],
  ];

  it.each(cases)('%s', async (_name, { given, want }) => {
    const { client, sent } = clientFor([reply]);
    await given(client);
    expect(sent).toEqual([want]);
  });
});
