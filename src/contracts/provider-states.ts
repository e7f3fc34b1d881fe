// The provider states the catalog's interactions are given: named conditions of the provider, with
// parameters that say exactly which function, version, configuration or fault.
import { specFacts } from '../generated/spec-facts.js';
import { isOperationId, type OperationId, type ThrottleReason, type UpdateRuntimeOn } from '../validation/index.js';
import { errorMemberSchema } from './spec-document.js';
import { failed, ok, type Result } from '../spec/result.js';
import { isJsonObject } from '../spec/json-object.js';

export const providerStateNames = {
  functionExists: 'a function exists with a runtime management config',
  functionMissing: 'no function exists with the name',
  updateInProgress: 'an update of the function is in progress',
  runtimeVersionMissing: 'the runtime version is not one the function can run',
  callerThrottled: 'the caller is throttled',
  serviceFault: 'the Lambda service fails',
} as const;

export type ProviderStateName = (typeof providerStateNames)[keyof typeof providerStateNames];

/** The function exists, and `version` (`$LATEST` or a published version number) has this configuration. */
export type FunctionExistsParams = {
  functionName: string;
  version: string;
  updateRuntimeOn: UpdateRuntimeOn;
  /** Set with Manual, null otherwise. */
  runtimeVersionArn: string | null;
};

export type FunctionMissingParams = { functionName: string };

/**
 * The function exists, and `runtimeVersionArn` is no runtime version of its runtime in its region
 * (a Manual Put pinning it answers 400 InvalidParameterValueException).
 */
export type RuntimeVersionMissingParams = { functionName: string; runtimeVersionArn: string };

/** The function exists and another update of it is in progress (Put answers 409). */
export type UpdateInProgressParams = { functionName: string };

/** The caller's next request of `operation` is throttled. */
export type CallerThrottledParams = { operation: OperationId; retryAfterSeconds: number; reason: ThrottleReason };

/** The provider fails the next request of `operation`. */
export type ServiceFaultParams = { operation: OperationId };

export type ProviderState =
  | { name: typeof providerStateNames.functionExists; params: FunctionExistsParams }
  | { name: typeof providerStateNames.functionMissing; params: FunctionMissingParams }
  | { name: typeof providerStateNames.updateInProgress; params: UpdateInProgressParams }
  | { name: typeof providerStateNames.runtimeVersionMissing; params: RuntimeVersionMissingParams }
  | { name: typeof providerStateNames.callerThrottled; params: CallerThrottledParams }
  | { name: typeof providerStateNames.serviceFault; params: ServiceFaultParams };

/** A provider state a pact names that this catalog does not define, or whose parameters do not fit. */
export interface ProviderStateError {
  readonly name: 'ProviderStateError';
  readonly state: string;
  readonly problem: string;
}

const updateRuntimeOnValues: readonly string[] = specFacts.members.UpdateRuntimeOn.enum;

function throttleReasons(): string[] {
  const values = errorMemberSchema('TooManyRequestsException', 'Reason')?.['enum'];
  return Array.isArray(values) ? values.filter((value): value is string => typeof value === 'string') : [];
}

/** Reads a state as a pact carries it (name and untyped params) into a typed ProviderState, or says what is wrong with it. */
export function parseProviderState(name: string, params: unknown): Result<ProviderState, ProviderStateError> {
  const fail = (problem: string) => failed<ProviderStateError>({ name: 'ProviderStateError', state: name, problem });
  const record = isJsonObject(params) ? params : {};
  const text = (key: string) => (typeof record[key] === 'string' && record[key] !== '' ? record[key] : undefined);
  const functionName = text('functionName');
  const operation = record['operation'];

  switch (name) {
    case providerStateNames.functionExists: {
      const version = text('version');
      const updateRuntimeOn = text('updateRuntimeOn');
      const runtimeVersionArn = record['runtimeVersionArn'];
      if (!functionName || !version) return fail('params functionName and version must be non-empty strings');
      if (!updateRuntimeOn || !updateRuntimeOnValues.includes(updateRuntimeOn))
        return fail(`param updateRuntimeOn must be one of ${updateRuntimeOnValues.join(', ')}`);
      if (runtimeVersionArn !== null && typeof runtimeVersionArn !== 'string') return fail('param runtimeVersionArn must be a string or null');
      return ok({ name, params: { functionName, version, updateRuntimeOn: updateRuntimeOn as UpdateRuntimeOn, runtimeVersionArn } });
    }
    case providerStateNames.functionMissing:
    case providerStateNames.updateInProgress:
      return functionName ? ok({ name, params: { functionName } }) : fail('param functionName must be a non-empty string');
    case providerStateNames.runtimeVersionMissing: {
      const runtimeVersionArn = text('runtimeVersionArn');
      if (!functionName || !runtimeVersionArn) return fail('params functionName and runtimeVersionArn must be non-empty strings');
      return ok({ name, params: { functionName, runtimeVersionArn } });
    }
    case providerStateNames.callerThrottled: {
      const retryAfterSeconds = record['retryAfterSeconds'];
      const reason = text('reason');
      if (!isOperationId(operation)) return fail('param operation must name an operation of the spec');
      if (typeof retryAfterSeconds !== 'number' || !Number.isInteger(retryAfterSeconds) || retryAfterSeconds < 0) {
        return fail('param retryAfterSeconds must be a whole number of seconds');
      }
      if (!reason || !throttleReasons().includes(reason)) return fail(`param reason must be one of ${throttleReasons().join(', ')}`);
      return ok({ name, params: { operation, retryAfterSeconds, reason: reason as ThrottleReason } });
    }
    case providerStateNames.serviceFault:
      return isOperationId(operation) ? ok({ name, params: { operation } }) : fail('param operation must name an operation of the spec');
    default:
      return fail('is not a provider state of the lambda-rmc catalog');
  }
}
