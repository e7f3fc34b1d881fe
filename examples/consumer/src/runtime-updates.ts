// The application code: how this service sets and reads a function's runtime-update mode through
// the AWS SDK. Typed with the request type lambda-rmc generates from the spec.
import { GetRuntimeManagementConfigCommand, LambdaClient, PutRuntimeManagementConfigCommand } from '@aws-sdk/client-lambda';
import type { components } from 'lambda-rmc';

export type RuntimeUpdateRequest = components['schemas']['PutRuntimeManagementConfigRequest'];

export interface FunctionTarget {
  functionName: string;
  qualifier?: string;
}

export interface RuntimeUpdates {
  functionArn: string | undefined;
  updateRuntimeOn: RuntimeUpdateRequest['UpdateRuntimeOn'] | undefined;
  runtimeVersionArn: string | undefined;
}

export function lambdaClient(endpoint?: string): LambdaClient {
  return new LambdaClient({
    region: process.env['AWS_REGION'] ?? 'us-east-1',
    ...(endpoint !== undefined && {
      endpoint,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, // mocks check no signature
      maxAttempts: 1, // a test that expects a 429 or 500 must not be retried
    }),
  });
}

/** Sets how Lambda moves the function to new runtime versions (Put). */
export async function setRuntimeUpdates(lambda: LambdaClient, target: FunctionTarget, request: RuntimeUpdateRequest): Promise<RuntimeUpdates> {
  const output = await lambda.send(new PutRuntimeManagementConfigCommand({ FunctionName: target.functionName, Qualifier: target.qualifier, ...request }));
  return { functionArn: output.FunctionArn, updateRuntimeOn: output.UpdateRuntimeOn, runtimeVersionArn: output.RuntimeVersionArn };
}

/** Pins the function to one runtime version (Put with Manual). */
export function pinRuntime(lambda: LambdaClient, target: FunctionTarget, runtimeVersionArn: string): Promise<RuntimeUpdates> {
  return setRuntimeUpdates(lambda, target, { UpdateRuntimeOn: 'Manual', RuntimeVersionArn: runtimeVersionArn });
}

/** Reads the function's runtime-update mode (Get). */
export async function runtimeUpdates(lambda: LambdaClient, target: FunctionTarget): Promise<RuntimeUpdates> {
  const output = await lambda.send(new GetRuntimeManagementConfigCommand({ FunctionName: target.functionName, Qualifier: target.qualifier }));
  return { functionArn: output.FunctionArn, updateRuntimeOn: output.UpdateRuntimeOn, runtimeVersionArn: output.RuntimeVersionArn };
}
