// Provider states for the Prism mock: Prism serves whatever a `Prefer` header asks for, so each
// state is remembered and turned, with the request the verifier sends, into that header.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { routeRequest } from '../../../src/coverage/operation-route.js';
import { preferHeaderFor } from '../../../src/contracts/prism-prefer.js';
import type { ProviderState } from '../../../src/contracts/provider-states.js';
import { catalogStateHandlers, type StateHandlers } from './state-handlers.js';

/** The request as the verifier's proxy hands it on: express has parsed a JSON body into `body`. */
type ProxiedRequest = IncomingMessage & { body?: unknown };

export interface PrismStateMapping {
  stateHandlers: StateHandlers;
  requestFilter: (request: ProxiedRequest, response: ServerResponse, next: () => void) => void;
  /** Every Prefer header set, in order (the test reads it back to show the mapping was used). */
  preferHeaders: string[];
}

export function prismStateMapping(): PrismStateMapping {
  let current: ProviderState | undefined;
  const preferHeaders: string[] = [];
  const stateHandlers = catalogStateHandlers((state) => {
    current = state;
  });
  const requestFilter = (request: ProxiedRequest, _response: ServerResponse, next: () => void) => {
    const url = request.url ?? '';
    const route = routeRequest(request.method ?? '', url);
    if (route) {
      const qualifier = new URL(url, 'http://verifier.invalid').searchParams.get('Qualifier') ?? undefined;
      const prefer = preferHeaderFor(current, { operation: route.operation, functionName: route.functionName, qualifier, body: request.body });
      request.headers['prefer'] = prefer;
      preferHeaders.push(prefer);
    }
    next();
  };
  return { stateHandlers, requestFilter, preferHeaders };
}
