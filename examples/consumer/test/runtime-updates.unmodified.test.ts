// The application code exactly as it runs in production: `lambdaClient()` builds `new LambdaClient`
// with no endpoint and no credentials. `npm test` runs vitest under `lambda-rmc simulate -- …`, which
// sets AWS_ENDPOINT_URL_LAMBDA and test credentials, so this reaches a fresh simulator, not AWS.
import { exampleRuntimeVersionArn } from 'lambda-rmc/simulator';
import { describe, expect, it } from 'vitest';
import { lambdaClient, pinRuntime, runtimeUpdates } from '../src/runtime-updates.js';

describe('runtime updates with the unmodified client', () => {
  it('runs under the run wrapper, which points the SDK at the simulator', () => {
    expect(process.env['AWS_ENDPOINT_URL_LAMBDA']).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('pins a version and reads the pin back, through AWS_ENDPOINT_URL_LAMBDA alone', async () => {
    const lambda = lambdaClient(); // no endpoint: what the service does in production
    await expect(pinRuntime(lambda, { functionName: 'my-function', qualifier: '1' }, exampleRuntimeVersionArn)).resolves.toMatchObject({
      functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:my-function:1',
      updateRuntimeOn: 'Manual',
    });
    await expect(runtimeUpdates(lambda, { functionName: 'my-function', qualifier: '1' })).resolves.toMatchObject({
      runtimeVersionArn: exampleRuntimeVersionArn,
    });
    lambda.destroy();
  });
});
