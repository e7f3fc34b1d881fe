import { awsError, type AwsError } from '../validation/index.js';

export type InjectedStatus = 409 | 429 | 500;

export const rateExceededMessage = 'Rate Exceeded.';
export const serviceErrorMessage = 'The Lambda service encountered an internal error.';

/** The AWS error an injected status stands for, worded as Lambda words it. */
export function injectedError(status: InjectedStatus, context: { functionArn?: string; retryAfterSeconds?: number | undefined } = {}): AwsError {
  switch (status) {
    case 409:
      return awsError(
        'ResourceConflictException',
        `The operation cannot be performed at this time. An update is in progress for resource: ${context.functionArn ?? ''}`,
      );
    case 429:
      return awsError('TooManyRequestsException', rateExceededMessage, {
        reason: 'CallerRateLimitExceeded',
        retryAfterSeconds: context.retryAfterSeconds ?? 1,
      });
    case 500:
      return awsError('ServiceException', serviceErrorMessage);
  }
}
