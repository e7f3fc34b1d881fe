import type { specFacts } from '../generated/spec-facts.js';
import type { AwsErrorNamed, OperationId, ResponseViolation } from '../validation/index.js';

/** The AWS errors the spec documents for the operation (Get has no ResourceConflictException). */
export type DocumentedErrorName<O extends OperationId> = (typeof specFacts.operations)[O]['responses'][number]['errors'][number];

/** The response departs from the spec: `field` names the first place (`body.FunctionArn`, `header Retry-After`, `status`). */
export interface ResponseDriftError {
  readonly name: 'ResponseDriftError';
  readonly status: number | undefined;
  readonly field: string;
  readonly problem: string;
  readonly violations: readonly ResponseViolation[];
  readonly message: string;
}

/** No HTTP response arrived (connection refused, reset, DNS failure). */
export interface NetworkError {
  readonly name: 'NetworkError';
  readonly message: string;
  readonly cause: unknown;
}

/** Everything an operation can fail with, discriminated by `name`: its documented AWS errors, drift, or the network. */
export type OperationError<O extends OperationId> = AwsErrorNamed<DocumentedErrorName<O>> | ResponseDriftError | NetworkError;

export function responseDriftError(status: number | undefined, violations: readonly ResponseViolation[]): ResponseDriftError {
  const first = violations[0] ?? { field: 'body', problem: 'does not conform to the spec' };
  const more = violations.length > 1 ? ` (and ${violations.length - 1} more)` : '';
  return {
    name: 'ResponseDriftError',
    status,
    field: first.field,
    problem: first.problem,
    violations,
    message: `response ${status ?? ''} departs from the spec: ${first.field} ${first.problem}${more}`.replace('response  ', 'response '),
  };
}

export function networkError(cause: unknown): NetworkError {
  const reason = cause instanceof Error ? (cause.cause instanceof Error ? cause.cause.message : cause.message) : String(cause);
  return { name: 'NetworkError', message: `no response: ${reason}`, cause };
}
