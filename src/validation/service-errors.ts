// The errors Lambda answers for the state of a function or of the service (not for the request's
// shape), worded as the spec's examples word them. AWS's wording is unconfirmed for some; each is
// one of the README's table of choices, owned here so the simulator and the tests word it once.
import { awsError, type AwsErrorNamed } from './aws-error.js';

/** 409: another update of the function is in progress. */
export function updateInProgressError(functionArn: string): AwsErrorNamed<'ResourceConflictException'> {
  return awsError('ResourceConflictException', `The operation cannot be performed at this time. An update is in progress for resource: ${functionArn}`);
}

export const rateExceededMessage = 'Rate Exceeded.';

/** 429 for a caller over its request rate: `Reason: CallerRateLimitExceeded`, `Retry-After` in whole seconds. */
export function callerThrottledError(retryAfterSeconds = 1): AwsErrorNamed<'TooManyRequestsException'> {
  return awsError('TooManyRequestsException', rateExceededMessage, { reason: 'CallerRateLimitExceeded', retryAfterSeconds });
}

export const serviceErrorMessage = 'The Lambda service encountered an internal error.';

/** 500: Lambda failed internally. */
export function serviceError(): AwsErrorNamed<'ServiceException'> {
  return awsError('ServiceException', serviceErrorMessage);
}

/** 404 for a function (or version) the caller cannot see: it does not exist, or it is another account's. */
export function functionNotFoundError(functionArn: string): AwsErrorNamed<'ResourceNotFoundException'> {
  return awsError('ResourceNotFoundException', `Function not found: ${functionArn}`);
}

/** 404 in Lambda's own wording for a function ARN of another region than the one the request talks to. */
export function unreachableRegionError(named: string, caller: string): AwsErrorNamed<'ResourceNotFoundException'> {
  return awsError('ResourceNotFoundException', `Functions from '${named}' are not reachable in this region ('${caller}')`);
}

export const imagePackageMessage = 'Runtime management configuration is not supported for functions with package type Image.';

/** 400: runtime management is refused for a function packaged as a container image. */
export function imagePackageError(): AwsErrorNamed<'InvalidParameterValueException'> {
  return awsError('InvalidParameterValueException', imagePackageMessage);
}

/** The wording for a Manual Put naming a runtime version the function cannot run. */
export function unknownRuntimeVersionMessage(arn: string, runtime: string, region: string): string {
  return `The runtime version ${arn} does not exist for runtime ${runtime} in region ${region}.`;
}

/** 400: a Manual Put naming a runtime version that is not one of the function's runtime in its region. */
export function unknownRuntimeVersionError(arn: string, runtime: string, region: string): AwsErrorNamed<'InvalidParameterValueException'> {
  return awsError('InvalidParameterValueException', unknownRuntimeVersionMessage(arn, runtime, region));
}
