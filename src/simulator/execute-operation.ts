import { awsError, type AwsError, type OperationId } from '../validation/index.js';
import { functionArn } from './function-arn.js';
import type { FunctionStore } from './function-store.js';
import { injectedError } from './injected-error.js';
import { resolveFunction } from './resolve-function.js';
import type { RuntimeConfig, UpdateRuntimeOn } from './simulator-options.js';

/** A request that passed validation: the body, for Put, is a JSON object with a valid mode. */
export interface ValidRequest {
  operation: OperationId;
  functionName: string;
  qualifier: string | undefined;
  body: unknown;
}

/** The 200 body of both operations. */
export interface RuntimeConfigAnswer {
  FunctionArn: string;
  RuntimeVersionArn: string | null;
  UpdateRuntimeOn: UpdateRuntimeOn;
}

export const imageFunctionMessage = 'Runtime management configuration is not supported for functions with package type Image.';

/** Does what Lambda does with a valid request: read or write one version's config. */
export function executeOperation(store: FunctionStore, request: ValidRequest): { answer: RuntimeConfigAnswer } | { error: AwsError } {
  const target = resolveFunction(store, request.operation, request.functionName, request.qualifier);
  if (!('fn' in target)) return { error: target };
  const { fn, version, arnQualifier } = target;
  if (fn.packageType === 'Image') return { error: awsError('InvalidParameterValueException', imageFunctionMessage) };

  let config = fn.configs.get(version)!;
  if (request.operation === 'PutRuntimeManagementConfig') {
    if (fn.updateInProgress) return { error: injectedError(409, { functionArn: functionArn(fn) }) };
    config = requestedConfig(request.body);
    store.setConfig(fn, version, config);
  }
  return {
    answer: {
      FunctionArn: functionArn(fn, arnQualifier),
      RuntimeVersionArn: config.RuntimeVersionArn ?? null,
      UpdateRuntimeOn: config.UpdateRuntimeOn,
    },
  };
}

/** The config a validated Put body asks for (validation guarantees the member types and the mode rules). */
function requestedConfig(body: unknown): RuntimeConfig {
  const { UpdateRuntimeOn, RuntimeVersionArn } = body as { UpdateRuntimeOn: UpdateRuntimeOn; RuntimeVersionArn?: string | null };
  return UpdateRuntimeOn === 'Manual' && typeof RuntimeVersionArn === 'string' ? { UpdateRuntimeOn, RuntimeVersionArn } : { UpdateRuntimeOn };
}
