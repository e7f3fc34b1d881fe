import type { components } from '../generated/openapi-types.js';
import type { OperationId } from '../validation/index.js';
import type { Failed, Ok } from '../spec/result.js';
import type { OperationError } from './client-error.js';

export type OperationOutput<O extends OperationId> = O extends 'PutRuntimeManagementConfig'
  ? components['schemas']['PutRuntimeManagementConfigResponse']
  : components['schemas']['GetRuntimeManagementConfigResponse'];

interface ResultBase {
  /** `x-amzn-RequestId` of the last response, when there was one. */
  requestId: string | undefined;
  /** Requests sent: 1, plus one per retry after a 429. */
  attempts: number;
}

/** The project's Result (src/spec/result.ts) with the response's status, request id and attempts. */
export interface OperationSuccess<O extends OperationId> extends Ok<OperationOutput<O>>, ResultBase {
  status: 200;
  /** The body, validated against the spec. */
  value: OperationOutput<O>;
}

export interface OperationFailure<O extends OperationId> extends Failed<OperationError<O>>, ResultBase {
  /** The HTTP status; undefined for a NetworkError. */
  status: number | undefined;
}

export type OperationResult<O extends OperationId> = OperationSuccess<O> | OperationFailure<O>;
