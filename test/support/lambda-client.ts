import { LambdaClient } from '@aws-sdk/client-lambda';

/** The official SDK client, unmodified, pointed at a mock or the simulator; fake credentials (nothing checks them). One attempt unless told: most tests expect the error, and the SDK would retry 429 and 5xx. */
export function lambdaClient(url: string, maxAttempts = 1): LambdaClient {
  return new LambdaClient({
    endpoint: url,
    region: 'us-east-1',
    maxAttempts,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
  });
}
