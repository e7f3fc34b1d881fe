import type { HttpHandler } from './http-exchange.js';

/** A simulator's request handler and the body limit its HTTP front applies. */
export interface HandlerEntry {
  handler: HttpHandler;
  maxBodyBytes: number;
}

// The request handler behind each simulator object, for transports that reach a simulator without
// its socket (in-process-request-handler.ts). Kept off the public object so it is not API.
const handlers = new WeakMap<object, HandlerEntry>();

export function registerRequestHandler(simulator: object, entry: HandlerEntry): void {
  handlers.set(simulator, entry);
}

export function handlerEntryOf(simulator: object): HandlerEntry | undefined {
  return handlers.get(simulator);
}
