import { hasRequestBody, unknownOperationError, validateRequest, type AwsError, type OperationId } from '../validation/index.js';
import { callerScope, type CallerScope } from './caller-scope.js';
import { handleControlRequest } from './control-endpoint.js';
import { executeOperation } from './execute-operation.js';
import { injectedError } from './injected-error.js';
import { latencyDelay } from './latency.js';
import type { HttpReply, HttpRequest } from './http-exchange.js';
import { requestBody } from './request-body.js';
import { namedFunctionArn } from './resolve-function.js';
import { sendError, sendJson } from './respond.js';
import { routeRequest, type Route } from './route-request.js';
import type { SimulatorContext } from './simulator-context.js';
import type { Tenant } from './tenants.js';

type OperationRoute = Extract<Route, { kind: 'operation' }>;

/**
 * One request, in the order Lambda's front end works: route, latency, throttle, body, validation,
 * injected faults, then the operation itself. A refused request never reaches the store.
 * Synchronous (the body has been read) unless latency is added: a promise per request is
 * measurable at the throughputs bench:mock runs.
 */
export function handleRequest(context: SimulatorContext, request: HttpRequest, response: HttpReply): void | Promise<void> {
  const route = routeRequest(request.method, request.target);
  if (route.kind === 'control' && context.controlEndpoint) return handleControlRequest(context, route.segments, request, response);

  const latency = context.traffic.latency;
  if (latency) return context.sleep(latencyDelay(latency, context.random)).then(() => admit(context, route, request, response));
  return admit(context, route, request, response);
}

/** Routing and throttling decided; parses the body when the operation has one. */
function admit(context: SimulatorContext, route: Route, request: HttpRequest, response: HttpReply): void {
  if (route.kind !== 'operation') return sendError(response, unknownOperationError(request.method, request.target));

  const decision = context.traffic.bucket?.take();
  if (decision && !decision.allowed) return sendError(response, injectedError(429, { retryAfterSeconds: decision.retryAfterSeconds }));

  if (!hasRequestBody(route.operation)) return answer(context, route, request, undefined, response);
  const outcome = requestBody(request, context.limits, route.operation);
  if (!outcome.ok) return sendError(response, outcome.error.answer, { closeConnection: outcome.error.abandoned });
  answer(context, route, request, outcome.value, response);
}

/** Validation, then the caller's account and region, injected faults, then the operation. */
function answer(context: SimulatorContext, route: OperationRoute, request: HttpRequest, body: unknown, response: HttpReply): void {
  const call = { operation: route.operation, functionName: route.functionName, qualifier: route.qualifier, body };
  const refused = validateRequest(call);
  if (refused) return sendError(response, refused);

  const caller = callerScope(request.headers['authorization']);
  if (!context.tenants.admits(caller.accountId)) return sendError(response, context.tenants.tooManyAccounts());
  const tenant = context.tenants.get(caller.accountId);
  const injected = injectedFault(context, tenant, caller, route.operation, route.functionName);
  if (injected) return sendError(response, injected);

  const result = executeOperation(tenant.store, caller, context.tenants.catalogue, call);
  if (!result.ok) return sendError(response, result.error);
  sendJson(response, 200, result.value);
}

/** The account's scripted outcome first, else a draw of the seeded error rate. */
function injectedFault(context: SimulatorContext, tenant: Tenant, caller: CallerScope, operation: OperationId, functionName: string): AwsError | undefined {
  const scripted = tenant.faults.take(operation);
  const status = scripted?.status ?? context.traffic.errorRate?.draw();
  if (status === undefined) return undefined;
  return injectedError(status, { functionArn: namedFunctionArn(caller, functionName), retryAfterSeconds: scripted?.retryAfterSeconds });
}
