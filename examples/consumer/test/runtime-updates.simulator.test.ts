// Against lambda-rmc's stateful simulator: one per test file, on a free port. What a Put sets, a
// Get reads back, and errors come back as the SDK's typed exceptions.
import { exampleRuntimeVersionArn, startSimulator, type RunningSimulator } from 'lambda-rmc/simulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { lambdaClient, pinRuntime, runtimeUpdates, setRuntimeUpdates } from '../src/runtime-updates.js';

let simulator: RunningSimulator;
beforeAll(async () => {
  simulator = await startSimulator();
});
beforeEach(() => simulator.reset());
afterAll(() => simulator.close());

describe('runtime updates against the simulator', () => {
  it('pins a version, then reads the pin back', async () => {
    const lambda = lambdaClient(simulator.url);
    await expect(pinRuntime(lambda, { functionName: 'my-function', qualifier: '1' }, exampleRuntimeVersionArn)).resolves.toEqual({
      functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:my-function:1',
      updateRuntimeOn: 'Manual',
      runtimeVersionArn: exampleRuntimeVersionArn,
    });
    await expect(runtimeUpdates(lambda, { functionName: 'my-function:1' })).resolves.toMatchObject({
      updateRuntimeOn: 'Manual',
      runtimeVersionArn: exampleRuntimeVersionArn,
    });
    lambda.destroy();
  });

  it('gets the SDK exception Lambda answers with', async () => {
    const lambda = lambdaClient(simulator.url);
    await expect(setRuntimeUpdates(lambda, { functionName: 'no-such-function' }, { UpdateRuntimeOn: 'Auto' })).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
    await expect(setRuntimeUpdates(lambda, { functionName: 'busy-function' }, { UpdateRuntimeOn: 'Auto' })).rejects.toMatchObject({
      name: 'ResourceConflictException',
    });
    await expect(setRuntimeUpdates(lambda, { functionName: 'my-function' }, { UpdateRuntimeOn: 'Manual' })).rejects.toMatchObject({
      name: 'InvalidParameterValueException',
    });
    lambda.destroy();
  });
});
