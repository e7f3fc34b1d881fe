import { decodeUriComponentOrKeep, routeOperation, splitTarget, type OperationRoute } from '../validation/index.js';

/** What a request line asks for: one of the spec's operations (validation's router, shared with the mock), the control endpoint, or nothing. */
export type Route = OperationRoute | { kind: 'control'; segments: string[] };

export const controlPrefix = '/_simulator';

/** The control endpoint's routes first (only the simulator has them), then the spec's operations. */
export function routeRequest(method: string, target: string): Route {
  const { path } = splitTarget(target);
  if (path === controlPrefix || path.startsWith(`${controlPrefix}/`)) {
    return { kind: 'control', segments: path.split('/').slice(2).map(decodeUriComponentOrKeep) };
  }
  return routeOperation(method, target);
}
