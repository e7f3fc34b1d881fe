// The interaction catalog: one entry per documented shape of Put/GetRuntimeManagementConfig. Every
// response is a named example of the spec (looked up, never copied); the requests use the forms the
// spec documents for FunctionName and Qualifier.
import type { OperationId } from '../validation/index.js';
import type { CatalogEntry, CatalogRequest, CatalogResponse, CatalogResponseBody } from './catalog-entry.js';
import { providerStateNames, type FunctionExistsParams, type ProviderState } from './provider-states.js';
import { requestBodyExample, responseExample, type DocumentedStatus, type ResponseExampleName } from './spec-examples.js';

const put = 'PutRuntimeManagementConfig';
const get = 'GetRuntimeManagementConfig';

const functionName = 'my-function';
const fullArn = `arn:aws:lambda:us-east-1:123456789012:function:${functionName}`;
const partialArn = `123456789012:function:${functionName}`;
const publishedVersion = '1';

function answer<O extends OperationId, S extends DocumentedStatus<O>>(operation: O, status: S, name: ResponseExampleName<O, S>): CatalogResponse<O> {
  const example = responseExample(operation, status, name);
  // The spec's own example of that response (interaction-catalog.test.ts validates each against the spec).
  return { status: Number(status), example: example.name, error: example.error, body: example.value as CatalogResponseBody<O> };
}

/** The function exists; `version` has the configuration a Get of it answers with (Auto unless given). */
function functionExists(version: string, config?: CatalogResponse<typeof get>): ProviderState {
  const body = (config?.body ?? {}) as { UpdateRuntimeOn?: FunctionExistsParams['updateRuntimeOn']; RuntimeVersionArn?: string | null };
  return {
    name: providerStateNames.functionExists,
    params: { functionName, version, updateRuntimeOn: body.UpdateRuntimeOn ?? 'Auto', runtimeVersionArn: body.RuntimeVersionArn ?? null },
  };
}

const latest = functionExists('$LATEST');
const published = functionExists(publishedVersion);
const functionMissing: ProviderState = { name: providerStateNames.functionMissing, params: { functionName } };
const updateInProgress: ProviderState = { name: providerStateNames.updateInProgress, params: { functionName } };
/** The version the spec's InvalidParameterValueExceptionRuntimeVersion example names: no runtime version of my-function's runtime. */
const unknownRuntimeVersionArn = 'arn:aws:lambda:us-east-1::runtime:1111111111111111111111111111111111111111111111111111111111111111';
const runtimeVersionMissing: ProviderState = {
  name: providerStateNames.runtimeVersionMissing,
  params: { functionName, runtimeVersionArn: unknownRuntimeVersionArn },
};
const throttled = (operation: OperationId): ProviderState => ({
  name: providerStateNames.callerThrottled,
  params: { operation, retryAfterSeconds: 1, reason: 'CallerRateLimitExceeded' },
});
const serviceFault = (operation: OperationId): ProviderState => ({ name: providerStateNames.serviceFault, params: { operation } });

const auto: CatalogRequest<typeof put> = { functionName, body: requestBodyExample('Auto') };
/** A qualifier that breaks the pattern: the request the spec's ValidationException example answers. */
const invalidQualifier = 'x y';

const getAuto = answer(get, '200', 'Auto');
const getFunctionUpdate = answer(get, '200', 'FunctionUpdate');
const getManual = answer(get, '200', 'Manual');

export const interactionCatalog: readonly CatalogEntry[] = [
  // PutRuntimeManagementConfig: each mode, each FunctionName form, a Qualifier.
  {
    id: 'put-auto',
    operation: put,
    description: 'Put: UpdateRuntimeOn Auto by function name',
    state: latest,
    request: auto,
    response: answer(put, '200', 'Auto'),
  },
  {
    id: 'put-function-update',
    operation: put,
    description: 'Put: UpdateRuntimeOn FunctionUpdate by function name',
    state: latest,
    request: { functionName, body: requestBodyExample('FunctionUpdate') },
    response: answer(put, '200', 'FunctionUpdate'),
  },
  {
    id: 'put-manual',
    operation: put,
    description: 'Put: UpdateRuntimeOn Manual with a runtime version by function name',
    state: latest,
    request: { functionName, body: requestBodyExample('Manual') },
    response: answer(put, '200', 'Manual'),
  },
  {
    id: 'put-by-full-arn',
    operation: put,
    description: 'Put: by full function ARN',
    state: latest,
    request: { ...auto, functionName: fullArn },
    response: answer(put, '200', 'Auto'),
  },
  {
    id: 'put-by-partial-arn',
    operation: put,
    description: 'Put: by partial function ARN',
    state: latest,
    request: { ...auto, functionName: partialArn },
    response: answer(put, '200', 'Auto'),
  },
  {
    id: 'put-by-name-with-version',
    operation: put,
    description: 'Put: by function name with a version suffix',
    state: published,
    request: { ...auto, functionName: `${functionName}:${publishedVersion}` },
    response: answer(put, '200', 'QualifiedVersion'),
  },
  {
    id: 'put-with-qualifier',
    operation: put,
    description: 'Put: with a version as Qualifier',
    state: published,
    request: { ...auto, qualifier: publishedVersion },
    response: answer(put, '200', 'QualifiedVersion'),
  },
  // PutRuntimeManagementConfig: every documented error.
  {
    id: 'put-invalid-parameter-value',
    operation: put,
    description: 'Put: UpdateRuntimeOn Manual without a runtime version',
    state: latest,
    request: { functionName, body: { UpdateRuntimeOn: 'Manual' } },
    response: answer(put, '400', 'InvalidParameterValueExceptionManualWithoutArn'),
  },
  {
    id: 'put-unknown-runtime-version',
    operation: put,
    description: 'Put: UpdateRuntimeOn Manual with a runtime version the function cannot run',
    state: runtimeVersionMissing,
    request: { functionName, body: { UpdateRuntimeOn: 'Manual', RuntimeVersionArn: unknownRuntimeVersionArn } },
    response: answer(put, '400', 'InvalidParameterValueExceptionRuntimeVersion'),
  },
  {
    id: 'put-validation-error',
    operation: put,
    description: 'Put: with a Qualifier that breaks the pattern',
    state: latest,
    request: { ...auto, qualifier: invalidQualifier },
    response: answer(put, '400', 'ValidationException'),
  },
  {
    id: 'put-function-not-found',
    operation: put,
    description: 'Put: for a function that does not exist',
    state: functionMissing,
    request: auto,
    response: answer(put, '404', 'ResourceNotFoundException'),
  },
  {
    id: 'put-update-in-progress',
    operation: put,
    description: 'Put: while an update of the function is in progress',
    state: updateInProgress,
    request: auto,
    response: answer(put, '409', 'ResourceConflictException'),
  },
  {
    id: 'put-throttled',
    operation: put,
    description: 'Put: from a throttled caller',
    state: throttled(put),
    request: auto,
    response: answer(put, '429', 'TooManyRequestsException'),
  },
  {
    id: 'put-service-error',
    operation: put,
    description: 'Put: that the service fails',
    state: serviceFault(put),
    request: auto,
    response: answer(put, '500', 'ServiceException'),
  },

  // GetRuntimeManagementConfig: each mode, each FunctionName form, a Qualifier.
  {
    id: 'get-auto',
    operation: get,
    description: 'Get: a version in mode Auto by function name',
    state: functionExists('$LATEST', getAuto),
    request: { functionName },
    response: getAuto,
  },
  {
    id: 'get-function-update',
    operation: get,
    description: 'Get: a version in mode FunctionUpdate by function name',
    state: functionExists('$LATEST', getFunctionUpdate),
    request: { functionName },
    response: getFunctionUpdate,
  },
  {
    id: 'get-manual',
    operation: get,
    description: 'Get: a version in mode Manual by function name',
    state: functionExists('$LATEST', getManual),
    request: { functionName },
    response: getManual,
  },
  { id: 'get-by-full-arn', operation: get, description: 'Get: by full function ARN', state: latest, request: { functionName: fullArn }, response: getAuto },
  {
    id: 'get-by-partial-arn',
    operation: get,
    description: 'Get: by partial function ARN',
    state: latest,
    request: { functionName: partialArn },
    response: getAuto,
  },
  {
    id: 'get-with-qualifier',
    operation: get,
    description: 'Get: with $LATEST.PUBLISHED as Qualifier',
    state: published,
    request: { functionName, qualifier: '$LATEST.PUBLISHED' },
    response: answer(get, '200', 'LatestPublished'),
  },
  // GetRuntimeManagementConfig: every documented error.
  {
    id: 'get-invalid-parameter-value',
    operation: get,
    description: 'Get: by name with a version suffix that differs from Qualifier',
    state: published,
    request: { functionName: `${functionName}:${publishedVersion}`, qualifier: '2' },
    response: answer(get, '400', 'InvalidParameterValueException'),
  },
  {
    id: 'get-validation-error',
    operation: get,
    description: 'Get: with a Qualifier that breaks the pattern',
    state: latest,
    request: { functionName, qualifier: invalidQualifier },
    response: answer(get, '400', 'ValidationException'),
  },
  {
    id: 'get-function-not-found',
    operation: get,
    description: 'Get: for a function that does not exist',
    state: functionMissing,
    request: { functionName },
    response: answer(get, '404', 'ResourceNotFoundException'),
  },
  {
    id: 'get-throttled',
    operation: get,
    description: 'Get: from a throttled caller',
    state: throttled(get),
    request: { functionName },
    response: answer(get, '429', 'TooManyRequestsException'),
  },
  {
    id: 'get-service-error',
    operation: get,
    description: 'Get: that the service fails',
    state: serviceFault(get),
    request: { functionName },
    response: answer(get, '500', 'ServiceException'),
  },
];

/** The catalog entry with this id; undefined for an unknown id. */
export function catalogEntry(id: string): CatalogEntry | undefined {
  return interactionCatalog.find((entry) => entry.id === id);
}
