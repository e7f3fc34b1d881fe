import { callerThrottledError, serviceError, updateInProgressError, type AwsError } from '../validation/index.js';

/** The statuses the simulator injects: an update in progress, throttling, a service fault. */
export const injectedStatuses = [409, 429, 500] as const;
export type InjectedStatus = (typeof injectedStatuses)[number];

/** The AWS error an injected status stands for, worded as validation's service errors word it. */
export function injectedError(status: InjectedStatus, context: { functionArn?: string; retryAfterSeconds?: number | undefined } = {}): AwsError {
  switch (status) {
    case 409:
      return updateInProgressError(context.functionArn ?? '');
    case 429:
      return callerThrottledError(context.retryAfterSeconds ?? 1);
    case 500:
      return serviceError();
  }
}
