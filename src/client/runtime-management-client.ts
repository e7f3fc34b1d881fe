// A small typed client for Put/GetRuntimeManagementConfig on openapi-fetch and the types generated
// from the spec: every response is validated against the spec, errors come back as values
// discriminated by AWS error name, and a 429 is retried after its Retry-After, a bounded number of times.
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, operations, paths } from '../generated/openapi-types.js';
import type { OperationId } from '../validation/index.js';
import { networkError, responseDriftError } from './client-error.js';
import type { OperationResult } from './client-result.js';
import { readResponse, type ReceivedResponse } from './read-response.js';
import { defaultRetryPolicy, realSleep, retryDelayMs, type RetryPolicy, type Sleep } from './retry-policy.js';

type Parameters<O extends OperationId> = operations[O]['parameters']['path'] & NonNullable<operations[O]['parameters']['query']>;

export type GetRuntimeManagementConfigInput = Parameters<'GetRuntimeManagementConfig'>;
export type PutRuntimeManagementConfigInput = Parameters<'PutRuntimeManagementConfig'> & components['schemas']['PutRuntimeManagementConfigRequest'];

export interface RuntimeManagementClientOptions {
  /** The endpoint, e.g. `http://127.0.0.1:4010` for the mock or `https://lambda.us-east-1.amazonaws.com`. */
  baseUrl: string;
  /** Sends the requests; default globalThis.fetch. Real AWS needs one that SigV4-signs them. */
  fetch?: (request: Request) => Promise<Response>;
  /** Headers added to every request. */
  headers?: Record<string, string>;
  retry?: Partial<RetryPolicy>;
  sleep?: Sleep;
}

export interface RuntimeManagementClient {
  putRuntimeManagementConfig(input: PutRuntimeManagementConfigInput): Promise<OperationResult<'PutRuntimeManagementConfig'>>;
  getRuntimeManagementConfig(input: GetRuntimeManagementConfigInput): Promise<OperationResult<'GetRuntimeManagementConfig'>>;
}

const path = '/2021-07-20/functions/{FunctionName}/runtime-management-config';

export function createRuntimeManagementClient(options: RuntimeManagementClientOptions): RuntimeManagementClient {
  const api = createClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.fetch && { fetch: options.fetch }),
    ...(options.headers && { headers: options.headers }),
  });
  const policy: RetryPolicy = { ...defaultRetryPolicy, ...options.retry };
  const sleep = options.sleep ?? realSleep;

  /** Sends until the outcome is not a retried 429. */
  async function withRetry<O extends OperationId>(operation: O, send: (capture: Middleware) => Promise<unknown>): Promise<OperationResult<O>> {
    for (let attempts = 1; ; attempts += 1) {
      const result = await attempt(operation, send, attempts);
      const wait = retryDelayMs(policy, attempts, result.ok ? undefined : result.error);
      if (wait === undefined) return result;
      await sleep(wait);
    }
  }

  return {
    putRuntimeManagementConfig: ({ FunctionName, Qualifier, ...body }) =>
      withRetry('PutRuntimeManagementConfig', (capture) =>
        api.PUT(path, { params: { path: { FunctionName }, query: Qualifier === undefined ? {} : { Qualifier } }, body, middleware: [capture] }),
      ),
    getRuntimeManagementConfig: ({ FunctionName, Qualifier }) =>
      withRetry('GetRuntimeManagementConfig', (capture) =>
        api.GET(path, { params: { path: { FunctionName }, query: Qualifier === undefined ? {} : { Qualifier } }, middleware: [capture] }),
      ),
  };
}

/** One request. openapi-fetch parses the body; a middleware keeps status and headers for when parsing fails. */
async function attempt<O extends OperationId>(operation: O, send: (capture: Middleware) => Promise<unknown>, attempts: number): Promise<OperationResult<O>> {
  let received: Response | undefined;
  const capture: Middleware = {
    onResponse({ response }) {
      received = response;
    },
  };
  let outcome: unknown;
  try {
    outcome = await send(capture);
  } catch (error) {
    if (received === undefined) return { ok: false, status: undefined, requestId: undefined, attempts, error: networkError(error) };
    // The status line arrived but the body is not JSON (openapi-fetch's JSON.parse threw).
    const requestId = received.headers.get('x-amzn-requestid') ?? undefined;
    const violation = { field: 'body', problem: `is not JSON (${error instanceof Error ? error.message : String(error)})` };
    return { ok: false, status: received.status, requestId, attempts, error: responseDriftError(received.status, [violation]) };
  }
  const { data, error, response } = outcome as { data?: unknown; error?: unknown; response: Response };
  const parsed: ReceivedResponse = { status: response.status, headers: response.headers, body: response.ok ? data : error };
  return readResponse(operation, parsed, attempts);
}
