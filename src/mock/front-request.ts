import { specFacts } from '../generated/spec-facts.js';
import {
  documentedResponse,
  hasRequestBody,
  operationIds,
  parseJsonRequestBody,
  requestTooLargeError,
  routeOperation,
  unknownOperationError,
  unsupportedMediaTypeError,
  validateRequest,
  type AwsError,
  type OperationId,
} from '../validation/index.js';

/** One request as the front has read it: the raw target, lower-case header names, the bounded body. */
export interface FrontRequest {
  method: string;
  /** The request target exactly as sent: path and query, not decoded. */
  target: string;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The whole body (empty when there was none), or 'too-large' when it passed the limit and was not read on. */
  body: Buffer | 'too-large';
}

/** What Prism is sent for a request the project's validator accepts: only what Prism needs to pick an answer. */
export interface PrismRequest {
  operation: OperationId;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string | undefined;
}

export type FrontDecision =
  /** Answered by the front with the error the simulator gives; Prism never sees the request. */
  | { refuse: AwsError; closeConnection: boolean }
  /** Valid: Prism picks the documented answer (Prefer included). `closeConnection`: the body was not read to its end. */
  | { forward: PrismRequest; closeConnection: boolean };

/** The names of each operation's documented 200 examples. */
const successExamples = new Map<OperationId, ReadonlySet<string>>(
  operationIds.map((operation) => [operation, new Set<string>((documentedResponse(operation, '200')?.examples ?? []).map((example) => example.name))]),
);
const bodyMembers = Object.values(specFacts.members)
  .filter((member) => member.location === 'body')
  .map((member) => member.name);

/**
 * Decides a request in the order Lambda's front end (and the simulator) works: route, body size,
 * content type, JSON, then the project's validator (model constraints, then the mode rules).
 * A valid request is rebuilt for Prism from what was validated — path re-encoded, unknown query
 * parameters and body members dropped, JSON nulls left out — so Prism meets only requests its
 * own validation accepts and can neither crash on an undecodable escape nor answer its canned 400.
 */
export function decideFrontRequest(request: FrontRequest, maxBodyBytes: number): FrontDecision {
  const route = routeOperation(request.method, request.target);
  if (route.kind !== 'operation') return { refuse: unknownOperationError(request.method, request.target), closeConnection: request.body === 'too-large' };

  let body: unknown;
  const takesBody = hasRequestBody(route.operation);
  if (takesBody) {
    if (request.body === 'too-large') return { refuse: requestTooLargeError(maxBodyBytes, route.operation), closeConnection: true };
    if (request.body.length > 0) {
      const unsupported = unsupportedMediaTypeError(headerValue(request.headers['content-type']));
      if (unsupported) return { refuse: unsupported, closeConnection: false };
      const parsed = parseJsonRequestBody(request.body);
      if (!parsed.ok) return { refuse: parsed.error, closeConnection: false };
      body = parsed.value;
    }
  }
  const closeConnection = request.body === 'too-large';
  const refused = validateRequest({ operation: route.operation, functionName: route.functionName, qualifier: route.qualifier, body });
  if (refused) return { refuse: refused, closeConnection };

  const facts = specFacts.operations[route.operation];
  let path = facts.path.replace('{FunctionName}', encodeURIComponent(route.functionName));
  if (route.qualifier !== undefined) path += `?Qualifier=${encodeURIComponent(route.qualifier)}`;
  const headers: Record<string, string> = {};
  const prefer = headerValue(request.headers['prefer']);
  if (prefer !== undefined) headers['prefer'] = prefer;
  let forwardedBody: string | undefined;
  if (takesBody) {
    headers['content-type'] = 'application/json';
    const members = knownMembers(body);
    forwardedBody = JSON.stringify(members);
    // Without Prefer, the 200 example named after the requested mode (when documented): Prism's default, the first example, would be Auto.
    const mode = members['UpdateRuntimeOn'];
    if (prefer === undefined && typeof mode === 'string' && successExamples.get(route.operation)?.has(mode)) headers['prefer'] = `example=${mode}`;
  }
  return { forward: { operation: route.operation, method: facts.method, path, headers, body: forwardedBody }, closeConnection };
}

/** The body members the API defines, JSON nulls left out (AWS's deserializer reads them as absent). */
function knownMembers(body: unknown): Record<string, unknown> {
  const known: Record<string, unknown> = {};
  if (typeof body !== 'object' || body === null) return known;
  for (const name of bodyMembers) {
    const value = (body as Record<string, unknown>)[name];
    if (value !== undefined && value !== null) known[name] = value;
  }
  return known;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}
