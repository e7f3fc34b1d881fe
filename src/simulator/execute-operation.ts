import { failed, ok, type Result } from '../spec/result.js';
import {
  imagePackageError,
  requestedRuntimeConfig,
  runtimeConfigAnswer,
  unknownRuntimeVersionError,
  updateInProgressError,
  type AwsError,
  type OperationId,
  type RuntimeConfig,
  type RuntimeConfigAnswer,
} from '../validation/index.js';
import type { CallerScope } from './caller-scope.js';
import { functionArn } from './function-arn.js';
import type { FunctionStore, StoredFunction } from './function-store.js';
import { resolveFunction } from './resolve-function.js';
import type { RuntimeVersionCatalogue } from './runtime-version-catalogue.js';

/** A request that passed validation: the body, for Put, is a JSON object with a valid mode. */
export interface ValidRequest {
  operation: OperationId;
  functionName: string;
  qualifier: string | undefined;
  body: unknown;
}

/**
 * Does what Lambda does with a valid request, in the caller's account and region: read or write one
 * version's config. Put checks, in order: an Image function (400), a Manual runtime version that is
 * not one of the function's runtime in its region and partition (400), an update in progress (409).
 */
export function executeOperation(
  store: FunctionStore,
  caller: CallerScope,
  catalogue: RuntimeVersionCatalogue,
  request: ValidRequest,
): Result<RuntimeConfigAnswer, AwsError> {
  const target = resolveFunction(store, caller, request.operation, request.functionName, request.qualifier);
  if (!target.ok) return target;
  const { fn, version, arnQualifier } = target.value;
  if (fn.packageType === 'Image') return failed(imagePackageError());

  let config = fn.configs.get(version)!;
  if (request.operation === 'PutRuntimeManagementConfig') {
    const requested = requestedRuntimeConfig(request.body);
    const refused = refusedRuntimeVersion(fn, requested, catalogue);
    if (refused) return failed(refused);
    if (fn.updateInProgress) return failed(updateInProgressError(functionArn(fn)));
    config = requested;
    store.setConfig(fn, version, config);
  }
  return ok(runtimeConfigAnswer(functionArn(fn, arnQualifier), config));
}

/** A Manual config must pin a version of the function's runtime in the function's region (and so partition). */
function refusedRuntimeVersion(fn: StoredFunction, config: RuntimeConfig, catalogue: RuntimeVersionCatalogue): AwsError | undefined {
  const arn = config.RuntimeVersionArn;
  if (arn === undefined || fn.runtime === undefined || catalogue.includes(fn.runtime, fn.region, arn)) return undefined;
  return unknownRuntimeVersionError(arn, fn.runtime, fn.region);
}
