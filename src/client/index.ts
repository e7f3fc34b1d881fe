export {
  createRuntimeManagementClient,
  type GetRuntimeManagementConfigInput,
  type PutRuntimeManagementConfigInput,
  type RuntimeManagementClient,
  type RuntimeManagementClientOptions,
} from './runtime-management-client.js';
export type { DocumentedErrorName, NetworkError, OperationError, ResponseDriftError } from './client-error.js';
export type { OperationFailure, OperationOutput, OperationResult, OperationSuccess } from './client-result.js';
export { defaultRetryPolicy, type RetryPolicy, type Sleep } from './retry-policy.js';
