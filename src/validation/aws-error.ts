import type { components } from '../generated/openapi-types.js';

export type ThrottleReason = components['schemas']['ThrottleReason'];

/**
 * Every error this toolkit answers with, by its AWS name: the operations' own errors, the common
 * ValidationException, and the protocol-level errors AWS's REST-JSON front end answers with.
 */
export const awsErrorShapes = {
  InvalidParameterValueException: { status: 400, type: 'User', messageMember: 'message' },
  ValidationException: { status: 400, type: undefined, messageMember: 'message' },
  SerializationException: { status: 400, type: undefined, messageMember: 'message' },
  // AWS's common error for a request it will not serve to this caller; the simulator's control endpoint uses it for a foreign Host.
  AccessDeniedException: { status: 403, type: undefined, messageMember: 'message' },
  ResourceNotFoundException: { status: 404, type: 'User', messageMember: 'Message' },
  UnknownOperationException: { status: 404, type: undefined, messageMember: 'message' },
  ResourceConflictException: { status: 409, type: 'User', messageMember: 'message' },
  // Our choice for a request not received by the server's deadline (node:http answers a bare 408 there).
  RequestTimeoutException: { status: 408, type: undefined, messageMember: 'message' },
  RequestEntityTooLargeException: { status: 413, type: 'User', messageMember: 'message' },
  UnsupportedMediaTypeException: { status: 415, type: 'User', messageMember: 'message' },
  TooManyRequestsException: { status: 429, type: 'User', messageMember: 'message' },
  ServiceException: { status: 500, type: 'Service', messageMember: 'Message' },
} as const satisfies Record<string, { status: number; type: 'User' | 'Service' | undefined; messageMember: 'message' | 'Message' }>;

export type AwsErrorName = keyof typeof awsErrorShapes;

interface AwsErrorOf<N extends AwsErrorName> {
  readonly name: N;
  readonly status: (typeof awsErrorShapes)[N]['status'];
  readonly message: string;
}

/** A 429: carries why, and how many whole seconds to wait (`Retry-After`). */
export interface TooManyRequestsError extends AwsErrorOf<'TooManyRequestsException'> {
  readonly reason: ThrottleReason;
  readonly retryAfterSeconds: number;
}

/** An AWS error as a typed value, discriminated by `name`. */
export type AwsError =
  { [N in Exclude<AwsErrorName, 'TooManyRequestsException'>]: AwsErrorOf<N> }[Exclude<AwsErrorName, 'TooManyRequestsException'>] | TooManyRequestsError;

export type AwsErrorNamed<N extends AwsErrorName> = Extract<AwsError, { name: N }>;

type Extras<N extends AwsErrorName> = N extends 'TooManyRequestsException' ? { reason?: ThrottleReason; retryAfterSeconds?: number } : Record<never, never>;

/** Builds the error value for `name`; the HTTP status comes from AWS's model, not the caller. */
export function awsError<N extends AwsErrorName>(name: N, message: string, ...extras: keyof Extras<N> extends never ? [] : [Extras<N>?]): AwsErrorNamed<N> {
  const status = awsErrorShapes[name].status;
  if (name === 'TooManyRequestsException') {
    const throttle = (extras[0] ?? {}) as Extras<'TooManyRequestsException'>;
    return {
      name,
      status,
      message,
      reason: throttle.reason ?? 'CallerRateLimitExceeded',
      retryAfterSeconds: throttle.retryAfterSeconds ?? 1,
    } as unknown as AwsErrorNamed<N>;
  }
  return { name, status, message } as unknown as AwsErrorNamed<N>;
}

/** The JSON body AWS sends for the error, with each error's own member casing. */
export function awsErrorBody(error: AwsError): Record<string, string> {
  const shape = awsErrorShapes[error.name];
  const body: Record<string, string> = {};
  if (error.name === 'TooManyRequestsException') body['Reason'] = error.reason;
  if (shape.type !== undefined) body['Type'] = shape.type;
  body[shape.messageMember] = error.message;
  return body;
}

/** The headers that identify the error on the wire (besides x-amzn-RequestId, which every response carries). */
export function awsErrorHeaders(error: AwsError): Record<string, string> {
  const headers: Record<string, string> = { 'x-amzn-ErrorType': error.name };
  if (error.name === 'TooManyRequestsException') headers['Retry-After'] = retryAfterValue(error.retryAfterSeconds);
  return headers;
}

/** Retry-After is delta-seconds (1*DIGIT): whole seconds, at least 1, at most a day, never exponent notation. */
function retryAfterValue(seconds: number): string {
  return String(Number.isFinite(seconds) ? Math.min(86_400, Math.max(1, Math.ceil(seconds))) : 86_400);
}

export function isAwsError(value: unknown): value is AwsError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { name?: unknown }).name === 'string' &&
    Object.hasOwn(awsErrorShapes, (value as { name: string }).name) &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}
