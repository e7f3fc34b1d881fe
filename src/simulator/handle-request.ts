import type { IncomingMessage, ServerResponse } from 'node:http';
import { awsError, validateRequest, type AwsError, type OperationId } from '../validation/index.js';
import { handleControlRequest } from './control-endpoint.js';
import { executeOperation } from './execute-operation.js';
import { injectedError } from './injected-error.js';
import { latencyDelay } from './latency.js';
import { collectBody, type BodyOutcome } from './read-body.js';
import { namedFunctionArn } from './resolve-function.js';
import { sendError, sendInternalError, sendJson } from './respond.js';
import { routeRequest, type Route } from './route-request.js';
import type { SimulatorContext } from './simulator-context.js';

type OperationRoute = Extract<Route, { kind: 'operation' }>;

/**
 * One request, in the order Lambda's front end works: route, latency, throttle, body, validation,
 * injected faults, then the operation itself. A refused request never reaches the store.
 * Synchronous, or callbacks where there is something to wait for (a Put body): a promise and its
 * microtask per request are measurable at the throughputs bench:mock runs. Only added latency
 * returns a promise.
 */
export function handleRequest(context: SimulatorContext, request: IncomingMessage, response: ServerResponse): void | Promise<void> {
  const method = request.method ?? '';
  const target = request.url ?? '';
  const route = routeRequest(method, target);
  if (route.kind === 'control' && context.controlEndpoint) return handleControlRequest(context, route.segments, request, response);

  const latency = context.traffic.latency;
  if (latency) return context.sleep(latencyDelay(latency, context.random)).then(() => admit(context, route, request, response));
  return admit(context, route, request, response);
}

/** Routing and throttling decided; reads the body when the operation has one. */
function admit(context: SimulatorContext, route: Route, request: IncomingMessage, response: ServerResponse): void | Promise<void> {
  if (route.kind !== 'operation') return sendError(response, unknownOperation(request.method ?? '', request.url ?? ''));

  const decision = context.traffic.bucket?.take();
  if (decision && !decision.allowed) return sendError(response, injectedError(429, { retryAfterSeconds: decision.retryAfterSeconds }));

  if (route.operation !== 'PutRuntimeManagementConfig') return answer(context, route, undefined, response);
  collectBody(request, context.limits, putTarget, (outcome) => answerWithBody(context, route, outcome, response));
}

const putTarget = 'PutRuntimeManagementConfig operation';

/** Runs in the request's 'end' event, where a throw would escape the server: it answers 500 instead. */
function answerWithBody(context: SimulatorContext, route: OperationRoute, outcome: BodyOutcome, response: ServerResponse): void {
  try {
    if ('error' in outcome) sendError(response, outcome.error, { closeConnection: outcome.abandoned });
    else answer(context, route, outcome.body, response);
  } catch {
    sendInternalError(response);
  }
}

/** Validation, injected faults, then the operation. */
function answer(context: SimulatorContext, route: OperationRoute, body: unknown, response: ServerResponse): void {
  const call = { operation: route.operation, functionName: route.functionName, qualifier: route.qualifier, body };
  const refused = validateRequest(call);
  if (refused) return sendError(response, refused);

  const injected = injectedFault(context, route.operation, route.functionName);
  if (injected) return sendError(response, injected);

  const result = executeOperation(context.store, call);
  if ('error' in result) return sendError(response, result.error);
  sendJson(response, 200, result.answer);
}

/** A scripted outcome first, else a draw of the seeded error rate. */
function injectedFault(context: SimulatorContext, operation: OperationId, functionName: string): AwsError | undefined {
  const scripted = context.faults.take(operation);
  const status = scripted?.status ?? context.traffic.errorRate?.draw();
  if (status === undefined) return undefined;
  return injectedError(status, { functionArn: namedFunctionArn(context.store, functionName), retryAfterSeconds: scripted?.retryAfterSeconds });
}

function unknownOperation(method: string, target: string): AwsError {
  const path = target.split('?', 1)[0]!;
  return awsError('UnknownOperationException', `No operation matches ${method} ${path.length > 200 ? `${path.slice(0, 200)}…` : path}.`);
}
