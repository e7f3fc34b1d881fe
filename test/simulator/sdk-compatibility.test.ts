// The official AWS SDK for JavaScript v3, unmodified, against the simulator: every mode round-trips,
// every error surfaces as its SDK class with AWS's status, message and members, and the SDK's
// default retry strategy runs end to end on injected 429s and 500s.
import {
  GetRuntimeManagementConfigCommand,
  InvalidParameterValueException,
  LambdaServiceException,
  PutRuntimeManagementConfigCommand,
  ResourceConflictException,
  ResourceNotFoundException,
  ServiceException,
  TooManyRequestsException,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleRuntimeVersionArn } from '../../src/simulator/index.js';
import { lambdaClient } from '../support/lambda-client.js';
import { useSimulatorWithSdk } from '../support/simulator-with-sdk.js';

const sim = useSimulatorWithSdk();

const arn = 'arn:aws:lambda:us-east-1:123456789012:function:my-function';

describe('each mode round-trips through Put and Get', () => {
  it.each([
    ['Auto', { given: { UpdateRuntimeOn: 'Auto' as const }, want: { UpdateRuntimeOn: 'Auto', RuntimeVersionArn: undefined } }],
    ['FunctionUpdate', { given: { UpdateRuntimeOn: 'FunctionUpdate' as const }, want: { UpdateRuntimeOn: 'FunctionUpdate', RuntimeVersionArn: undefined } }],
    [
      'Manual',
      {
        given: { UpdateRuntimeOn: 'Manual' as const, RuntimeVersionArn: exampleRuntimeVersionArn },
        want: { UpdateRuntimeOn: 'Manual', RuntimeVersionArn: exampleRuntimeVersionArn },
      },
    ],
  ])('%s', async (_name, { given, want }) => {
    const put = await sim.client.send(new PutRuntimeManagementConfigCommand({ FunctionName: 'my-function', ...given }));
    expect(put.$metadata).toMatchObject({ httpStatusCode: 200, requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    const get = await sim.client.send(new GetRuntimeManagementConfigCommand({ FunctionName: 'my-function' }));
    for (const output of [put, get]) {
      // A null RuntimeVersionArn is absent from the SDK's output object.
      expect({ FunctionArn: output.FunctionArn, UpdateRuntimeOn: output.UpdateRuntimeOn, RuntimeVersionArn: output.RuntimeVersionArn }).toEqual({
        FunctionArn: arn,
        ...want,
      });
    }
  });
});

describe('every FunctionName form reaches the same function', () => {
  it.each([
    ['plain name', { given: { FunctionName: 'my-function' }, want: arn }],
    ['full ARN', { given: { FunctionName: arn }, want: arn }],
    ['partial ARN', { given: { FunctionName: '123456789012:function:my-function' }, want: arn }],
    ['name:version', { given: { FunctionName: 'my-function:1' }, want: `${arn}:1` }],
    ['full ARN with version', { given: { FunctionName: `${arn}:1` }, want: `${arn}:1` }],
    ['Qualifier $LATEST', { given: { FunctionName: 'my-function', Qualifier: '$LATEST' }, want: `${arn}:$LATEST` }],
    [
      'alias',
      { given: { FunctionName: 'pinned-function', Qualifier: 'stable' }, want: 'arn:aws:lambda:us-east-1:123456789012:function:pinned-function:stable' },
    ],
  ])('%s', async (_name, { given, want }) => {
    const get = await sim.client.send(new GetRuntimeManagementConfigCommand(given));
    expect(get.FunctionArn).toBe(want);
  });

  it('versions are independent: a Put on version 1 leaves $LATEST as it was', async () => {
    await sim.client.send(new PutRuntimeManagementConfigCommand({ FunctionName: 'my-function', Qualifier: '1', UpdateRuntimeOn: 'FunctionUpdate' }));
    const latest = await sim.client.send(new GetRuntimeManagementConfigCommand({ FunctionName: 'my-function' }));
    const one = await sim.client.send(new GetRuntimeManagementConfigCommand({ FunctionName: 'my-function:1' }));
    expect([latest.UpdateRuntimeOn, one.UpdateRuntimeOn]).toEqual(['Auto', 'FunctionUpdate']);
  });

  it('Put on $LATEST.PUBLISHED answers with the version it resolved to', async () => {
    const put = await sim.client.send(
      new PutRuntimeManagementConfigCommand({ FunctionName: 'pinned-function', Qualifier: '$LATEST.PUBLISHED', UpdateRuntimeOn: 'Auto' }),
    );
    expect(put.FunctionArn).toBe('arn:aws:lambda:us-east-1:123456789012:function:pinned-function:2');
    expect(sim.simulator.state.getConfig('pinned-function', '2')).toEqual({ UpdateRuntimeOn: 'Auto' });
  });
});

describe('each error surfaces as its SDK class', () => {
  const expectError = async (
    send: Promise<unknown>,
    want: { class: new (...args: never[]) => Error; name: string; status: number; message: string | RegExp; members?: object },
  ) => {
    const error = await send.then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(want.class);
    const sdkError = error as LambdaServiceException;
    expect(sdkError.name).toBe(want.name);
    expect(sdkError.$metadata.httpStatusCode).toBe(want.status);
    expect(sdkError.$metadata.attempts).toBe(1);
    expect(sdkError.message).toMatch(want.message);
    expect(sdkError).toMatchObject(want.members ?? {});
  };

  it.each([
    [
      'ResourceNotFoundException for a missing function',
      {
        given: () => new GetRuntimeManagementConfigCommand({ FunctionName: 'nobody' }),
        want: {
          class: ResourceNotFoundException,
          name: 'ResourceNotFoundException',
          status: 404,
          message: 'Function not found: arn:aws:lambda:us-east-1:123456789012:function:nobody',
          members: { Type: 'User' },
        },
      },
    ],
    [
      'ResourceNotFoundException for a missing version',
      {
        given: () => new GetRuntimeManagementConfigCommand({ FunctionName: 'my-function', Qualifier: '7' }),
        want: {
          class: ResourceNotFoundException,
          name: 'ResourceNotFoundException',
          status: 404,
          message: `Function not found: ${arn}:7`,
          members: { Type: 'User' },
        },
      },
    ],
    [
      'ResourceNotFoundException for an ARN in another account',
      {
        given: () => new GetRuntimeManagementConfigCommand({ FunctionName: 'arn:aws:lambda:us-east-1:999999999999:function:my-function' }),
        want: {
          class: ResourceNotFoundException,
          name: 'ResourceNotFoundException',
          status: 404,
          message: 'Function not found: arn:aws:lambda:us-east-1:999999999999:function:my-function',
        },
      },
    ],
    [
      'ResourceConflictException while an update is in progress',
      {
        given: () => new PutRuntimeManagementConfigCommand({ FunctionName: 'busy-function', UpdateRuntimeOn: 'Auto' }),
        want: {
          class: ResourceConflictException,
          name: 'ResourceConflictException',
          status: 409,
          message:
            'The operation cannot be performed at this time. An update is in progress for resource: arn:aws:lambda:us-east-1:123456789012:function:busy-function',
          members: { Type: 'User' },
        },
      },
    ],
    [
      'InvalidParameterValueException for a derived-qualifier mismatch',
      {
        given: () => new GetRuntimeManagementConfigCommand({ FunctionName: 'my-function:1', Qualifier: '$LATEST' }),
        want: {
          class: InvalidParameterValueException,
          name: 'InvalidParameterValueException',
          status: 400,
          message: 'The derived qualifier from the function name does not match the specified qualifier.',
          members: { Type: 'User' },
        },
      },
    ],
    [
      'InvalidParameterValueException for Manual without a runtime version',
      {
        given: () => new PutRuntimeManagementConfigCommand({ FunctionName: 'my-function', UpdateRuntimeOn: 'Manual' }),
        want: {
          class: InvalidParameterValueException,
          name: 'InvalidParameterValueException',
          status: 400,
          message: 'RuntimeVersionArn is required when UpdateRuntimeOn is Manual.',
        },
      },
    ],
    [
      'InvalidParameterValueException for a container-image function',
      {
        given: () => new GetRuntimeManagementConfigCommand({ FunctionName: 'image-function' }),
        want: { class: InvalidParameterValueException, name: 'InvalidParameterValueException', status: 400, message: /package type Image/ },
      },
    ],
    [
      'ValidationException as a LambdaServiceException named ValidationException',
      {
        given: () => new PutRuntimeManagementConfigCommand({ FunctionName: 'my-function', UpdateRuntimeOn: 'Sometimes' as never }),
        want: {
          class: LambdaServiceException,
          name: 'ValidationException',
          status: 400,
          message:
            "1 validation error detected: Value 'Sometimes' at 'updateRuntimeOn' failed to satisfy constraint: Member must satisfy enum value set: [Auto, Manual, FunctionUpdate]",
        },
      },
    ],
  ])('%s', async (_name, { given, want }) => {
    await expectError(sim.client.send(given() as never), want);
  });

  it('TooManyRequestsException carries Reason and retryAfterSeconds', async () => {
    sim.simulator.faults.enqueue({ operation: 'PutRuntimeManagementConfig', status: 429, retryAfterSeconds: 3 });
    await expectError(sim.client.send(new PutRuntimeManagementConfigCommand({ FunctionName: 'my-function', UpdateRuntimeOn: 'Auto' })), {
      class: TooManyRequestsException,
      name: 'TooManyRequestsException',
      status: 429,
      message: 'Rate Exceeded.',
      members: { Type: 'User', Reason: 'CallerRateLimitExceeded', retryAfterSeconds: '3' },
    });
  });

  it('ServiceException for an injected 500', async () => {
    sim.simulator.faults.enqueue({ status: 500 });
    await expectError(sim.client.send(new GetRuntimeManagementConfigCommand({ FunctionName: 'my-function' })), {
      class: ServiceException,
      name: 'ServiceException',
      status: 500,
      message: 'The Lambda service encountered an internal error.',
      members: { Type: 'Service', $fault: 'server' },
    });
  });

  it('a refused Put leaves the state unchanged', async () => {
    const before = sim.simulator.state.snapshot();
    await sim.client.send(new PutRuntimeManagementConfigCommand({ FunctionName: 'my-function', UpdateRuntimeOn: 'Manual' })).catch(() => undefined);
    expect(sim.simulator.state.snapshot()).toEqual(before);
  });
});

describe("the SDK's default retry strategy (maxAttempts 3)", () => {
  let retrying: LambdaClient;
  beforeAll(() => {
    retrying = lambdaClient(sim.simulator.url, 3);
  });
  afterAll(() => retrying.destroy());

  it('429 with Retry-After, then success', async () => {
    sim.simulator.faults.enqueue({ operation: 'PutRuntimeManagementConfig', status: 429, retryAfterSeconds: 1 });
    const put = await retrying.send(new PutRuntimeManagementConfigCommand({ FunctionName: 'my-function', UpdateRuntimeOn: 'FunctionUpdate' }));
    expect(put.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 2 });
    expect(sim.simulator.state.getConfig('my-function')).toEqual({ UpdateRuntimeOn: 'FunctionUpdate' });
  });

  it('429 then 500, then success on the third attempt', async () => {
    sim.simulator.faults.enqueue({ status: 429, retryAfterSeconds: 0 });
    sim.simulator.faults.enqueue({ status: 500 });
    const get = await retrying.send(new GetRuntimeManagementConfigCommand({ FunctionName: 'my-function' }));
    expect(get.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 3 });
  });

  it('gives up after three 500s with the last error', async () => {
    sim.simulator.faults.enqueue({ status: 500, count: 3 });
    const error = (await retrying
      .send(new GetRuntimeManagementConfigCommand({ FunctionName: 'my-function' }))
      .catch((thrown: unknown) => thrown)) as ServiceException;
    expect(error).toBeInstanceOf(ServiceException);
    expect(error.$metadata.attempts).toBe(3);
  });

  it('does not retry a 409', async () => {
    sim.simulator.faults.enqueue({ status: 409, count: 2 });
    const error = (await retrying
      .send(new PutRuntimeManagementConfigCommand({ FunctionName: 'my-function', UpdateRuntimeOn: 'Auto' }))
      .catch((thrown: unknown) => thrown)) as ResourceConflictException;
    expect(error).toBeInstanceOf(ResourceConflictException);
    expect(error.$metadata.attempts).toBe(1);
  });
});
