import { LambdaClient } from '@aws-sdk/client-lambda';

/** The official SDK client, unmodified, pointed at a simulator; fake credentials (nothing checks them). */
export function lambdaClient(url: string, maxAttempts = 1): LambdaClient {
  return new LambdaClient({
    endpoint: url,
    region: 'us-east-1',
    maxAttempts,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
  });
}
