// One HTTP response to a typed result: checked against the spec first, so a caller never sees a
// value of the wrong shape, then read as a success or as the AWS error `x-amzn-ErrorType` names.
import { awsError, validateResponse, type AwsErrorName, type OperationId, type ThrottleReason } from '../validation/index.js';
import { responseDriftError, type OperationError } from './client-error.js';
import type { OperationOutput, OperationResult } from './client-result.js';

export interface ReceivedResponse {
  status: number;
  headers: Headers;
  /** The parsed JSON body; undefined when there was none. */
  body: unknown;
}

export function readResponse<O extends OperationId>(operation: O, response: ReceivedResponse, attempts: number): OperationResult<O> {
  const requestId = response.headers.get('x-amzn-requestid') ?? undefined;
  const violations = validateResponse({ operation, status: response.status, headers: response.headers, body: response.body });
  if (violations.length > 0) return { ok: false, status: response.status, requestId, attempts, error: responseDriftError(response.status, violations) };
  if (response.status === 200) return { ok: true, status: 200, requestId, attempts, value: response.body as OperationOutput<O> };
  return { ok: false, status: response.status, requestId, attempts, error: errorOf(response) as OperationError<O> };
}

/** The documented error of a conforming error response (the validation above guarantees name and members). */
function errorOf(response: ReceivedResponse): OperationError<OperationId> {
  const body = response.body as Record<string, string>;
  const name = response.headers.get('x-amzn-errortype') as AwsErrorName;
  const message = body['message'] ?? body['Message'] ?? '';
  if (name === 'TooManyRequestsException') {
    const reason = body['Reason'] as ThrottleReason | undefined;
    return awsError(name, message, { retryAfterSeconds: Number(response.headers.get('retry-after')), ...(reason && { reason }) });
  }
  return awsError(name, message) as OperationError<OperationId>;
}
