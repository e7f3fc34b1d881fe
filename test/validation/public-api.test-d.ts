// Type-level tests: the public types say exactly what the runtime does.
import { describe, expectTypeOf, it } from 'vitest';
import {
  awsError,
  validateRequest,
  validateResponse,
  type AwsError,
  type AwsErrorName,
  type OperationId,
  type ResponseViolation,
  type components,
} from '../../src/index.js';

describe('public validation types', () => {
  it('names both operations and nothing else', () => {
    expectTypeOf<OperationId>().toEqualTypeOf<'PutRuntimeManagementConfig' | 'GetRuntimeManagementConfig'>();
  });

  it('returns an AWS error value or undefined from validateRequest', () => {
    expectTypeOf(validateRequest).returns.toEqualTypeOf<AwsError | undefined>();
    expectTypeOf(validateRequest).parameter(0).toHaveProperty('operation').toEqualTypeOf<OperationId>();
  });

  it('returns violations naming a field from validateResponse', () => {
    expectTypeOf(validateResponse).returns.toEqualTypeOf<ResponseViolation[]>();
    expectTypeOf<ResponseViolation>().toEqualTypeOf<{ field: string; problem: string }>();
  });

  it('discriminates errors by AWS name, with the status from the model', () => {
    const error = awsError('ResourceNotFoundException', 'Function not found: x');
    expectTypeOf(error.name).toEqualTypeOf<'ResourceNotFoundException'>();
    expectTypeOf(error.status).toEqualTypeOf<404>();
    const throttled = awsError('TooManyRequestsException', 'Rate Exceeded.', { retryAfterSeconds: 2 });
    expectTypeOf(throttled.retryAfterSeconds).toEqualTypeOf<number>();
    expectTypeOf(throttled.reason).toEqualTypeOf<components['schemas']['ThrottleReason']>();
    // @ts-expect-error: only a 429 carries throttle details
    awsError('ServiceException', 'x', { retryAfterSeconds: 1 });
    // @ts-expect-error: not an AWS error name this toolkit knows
    awsError('TeapotException', 'x');
    expectTypeOf<'ValidationException'>().toMatchTypeOf<AwsErrorName>();
  });

  it('narrows on name', () => {
    const error = {} as AwsError;
    if (error.name === 'TooManyRequestsException') expectTypeOf(error).toHaveProperty('reason');
    else expectTypeOf(error).not.toHaveProperty('reason');
  });

  it('keeps the generated body types exact', () => {
    expectTypeOf<components['schemas']['UpdateRuntimeOn']>().toEqualTypeOf<'Auto' | 'Manual' | 'FunctionUpdate'>();
    expectTypeOf<components['schemas']['PutRuntimeManagementConfigRequest']>().toEqualTypeOf<{
      UpdateRuntimeOn: 'Auto' | 'Manual' | 'FunctionUpdate';
      RuntimeVersionArn?: string;
    }>();
    expectTypeOf<components['schemas']['ResourceNotFoundException']>().toEqualTypeOf<{ Type: 'User'; Message: string }>();
  });
});
