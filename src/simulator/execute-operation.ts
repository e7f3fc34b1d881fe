import { awsError, type AwsError, type OperationId } from '../validation/index.js';
import { failed, ok, type Result } from '../spec/index.js';
import type { CallerScope } from './caller-scope.js';
import { functionArn } from './function-arn.js';
import type { FunctionStore, StoredFunction } from './function-store.js';
import { injectedError } from './injected-error.js';
import { resolveFunction } from './resolve-function.js';
import type { RuntimeVersionCatalogue } from './runtime-version-catalogue.js';
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

/**
 * The wording for a Manual Put naming a runtime version the function cannot run (AWS's text is
 * unconfirmed; the spec's info.description and the README give this one).
 */
export function unknownRuntimeVersionMessage(arn: string, runtime: string, region: string): string {
  return `The runtime version ${arn} does not exist for runtime ${runtime} in region ${region}.`;
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
  if (fn.packageType === 'Image') return failed(awsError('InvalidParameterValueException', imageFunctionMessage));

  let config = fn.configs.get(version)!;
  if (request.operation === 'PutRuntimeManagementConfig') {
    const requested = requestedConfig(request.body);
    const refused = refusedRuntimeVersion(fn, requested, catalogue);
    if (refused) return failed(refused);
    if (fn.updateInProgress) return failed(injectedError(409, { functionArn: functionArn(fn) }));
    config = requested;
    store.setConfig(fn, version, config);
  }
  return ok({
    FunctionArn: functionArn(fn, arnQualifier),
    RuntimeVersionArn: config.RuntimeVersionArn ?? null,
    UpdateRuntimeOn: config.UpdateRuntimeOn,
  });
}

/** The config a validated Put body asks for (validation guarantees the member types and the mode rules). */
function requestedConfig(body: unknown): RuntimeConfig {
  const { UpdateRuntimeOn, RuntimeVersionArn } = body as { UpdateRuntimeOn: UpdateRuntimeOn; RuntimeVersionArn?: string | null };
  return UpdateRuntimeOn === 'Manual' && typeof RuntimeVersionArn === 'string' ? { UpdateRuntimeOn, RuntimeVersionArn } : { UpdateRuntimeOn };
}

/** A Manual config must pin a version of the function's runtime in the function's region (and so partition). */
function refusedRuntimeVersion(fn: StoredFunction, config: RuntimeConfig, catalogue: RuntimeVersionCatalogue): AwsError | undefined {
  const arn = config.RuntimeVersionArn;
  if (arn === undefined || fn.runtime === undefined || catalogue.includes(fn.runtime, fn.region, arn)) return undefined;
  return awsError('InvalidParameterValueException', unknownRuntimeVersionMessage(arn, fn.runtime, fn.region));
}
