export {
  awsError,
  awsErrorBody,
  awsErrorHeaders,
  awsErrorShapes,
  isAwsError,
  type AwsError,
  type AwsErrorName,
  type AwsErrorNamed,
  type ThrottleReason,
  type TooManyRequestsError,
} from './aws-error.js';
export { describeViolation, validationErrorMessage, type ConstraintViolation } from './constraint-violation.js';
export { accountIdPattern, isAccountId, parseFunctionName, regionNamePattern, type ParsedFunctionName } from './function-name.js';
export {
  documentedResponse,
  documentedStatuses,
  documentsError,
  documentsStatus,
  hasRequestBody,
  isOperationId,
  operationIds,
  operationsDocumenting,
  type DocumentedResponse,
  type MemberName,
  type OperationId,
} from './operation.js';
export { answeredQualifier, type AnsweredQualifier } from './answered-function-arn.js';
export { requestedRuntimeConfig, runtimeConfigAnswer, type RuntimeConfig, type RuntimeConfigAnswer, type UpdateRuntimeOn } from './runtime-config.js';
export {
  callerThrottledError,
  functionNotFoundError,
  imagePackageError,
  imagePackageMessage,
  rateExceededMessage,
  serviceError,
  serviceErrorMessage,
  unknownRuntimeVersionError,
  unknownRuntimeVersionMessage,
  unreachableRegionError,
  updateInProgressError,
} from './service-errors.js';
export {
  derivedQualifierMismatchMessage,
  manualWithoutRuntimeVersionMessage,
  runtimeVersionWithoutManualMessage,
  validateRequest,
  type RuntimeManagementRequest,
} from './validate-request.js';
export { validateResponse, type ObservedResponse, type ResponseViolation } from './validate-response.js';
export { decodeUriComponentOrKeep, routeOperation, splitTarget, unknownOperationError, type OperationRoute } from './operation-route.js';
export { maxRequestJsonDepth, mediaTypeOf, parseJsonRequestBody, requestTooLargeError, unsupportedMediaTypeError } from './request-body.js';
export { httpParseError, requestTimeoutError, tooManyConnectionsError, unsupportedHttpVersionError, type HttpParseFailure } from './protocol-error.js';
