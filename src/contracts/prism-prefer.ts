// Prism answers what a `Prefer` header asks for, not what a provider state says. This maps a state
// and the request the verifier sends to the `Prefer` header that makes Prism answer as the state
// implies: the status a fault state causes; the documented 400 example the request earns; or the
// documented 200 example whose variant the request (and, for Get, the configured mode) produces.
import { isDeepStrictEqual } from 'node:util';
import {
  answeredQualifier,
  awsErrorBody,
  awsErrorShapes,
  documentsError,
  parseFunctionName,
  validateRequest,
  type AwsErrorName,
  type RuntimeManagementRequest,
} from '../validation/index.js';
import { providerStateNames, type ProviderState } from './provider-states.js';
import { errorExamples, successExamples } from './spec-examples.js';
import { qualifierKind, successSignature, type SuccessSignature } from './success-variant.js';

/** The spec's example of a Manual Put naming a runtime version the function cannot run. */
export const unknownRuntimeVersionExample = 'InvalidParameterValueExceptionRuntimeVersion';

/** The error a fault state makes the provider answer with, whatever the request. */
function faultOf(state: ProviderState | undefined, request: RuntimeManagementRequest): AwsErrorName | undefined {
  switch (state?.name) {
    case providerStateNames.functionMissing:
      return 'ResourceNotFoundException';
    case providerStateNames.updateInProgress:
      return documentsError(request.operation, 'ResourceConflictException') ? 'ResourceConflictException' : undefined;
    case providerStateNames.callerThrottled:
      return 'TooManyRequestsException';
    case providerStateNames.serviceFault:
      return 'ServiceException';
    default:
      return undefined;
  }
}

/** The `Prefer` header value for Prism, e.g. `code=400, example=InvalidParameterValueException`. */
export function preferHeaderFor(state: ProviderState | undefined, request: RuntimeManagementRequest): string {
  const refused = validateRequest(request);
  if (refused) {
    const status = String(refused.status);
    const example = errorExamples(request.operation, status).find((candidate) => isDeepStrictEqual(candidate.value, awsErrorBody(refused)));
    return example ? `code=${status}, example=${example.name}` : `code=${status}`;
  }
  // Prism has no runtime-version catalogue: the state says the pinned version is unknown.
  if (state?.name === providerStateNames.runtimeVersionMissing && request.operation === 'PutRuntimeManagementConfig') {
    return `code=400, example=${unknownRuntimeVersionExample}`;
  }
  const fault = faultOf(state, request);
  if (fault) return `code=${awsErrorShapes[fault].status}`;
  const expected = expectedSignature(state, request);
  const example = successExamples(request.operation).find((candidate) => isDeepStrictEqual(successSignature(candidate.value), expected));
  return example ? `code=200, example=${example.name}` : 'code=200';
}

function expectedSignature(state: ProviderState | undefined, request: RuntimeManagementRequest): SuccessSignature {
  const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>;
  const configured = state?.name === providerStateNames.functionExists ? state.params.updateRuntimeOn : 'Auto';
  const mode = request.operation === 'PutRuntimeManagementConfig' ? String(body['UpdateRuntimeOn']) : configured;
  const qualifier = request.qualifier ?? parseFunctionName(request.functionName ?? '')?.qualifier;
  // Put's FunctionArn shape cannot carry $LATEST.PUBLISHED: it answers with the version resolved to.
  const kind = answeredQualifier(request.operation, qualifier).carries === 'resolved-version' ? 'version' : qualifierKind(qualifier);
  return { updateRuntimeOn: mode, runtimeVersionArn: mode === 'Manual' ? 'set' : 'null', functionArn: kind };
}
