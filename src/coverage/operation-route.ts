// Which operation a pact's recorded method and path address: validation's router (the one the
// simulator and the mock front use), with what pact files need on top.
import { routeOperation, type OperationId } from '../validation/index.js';

export interface RoutedRequest {
  operation: OperationId;
  /** The FunctionName path segment, percent-decoded. */
  functionName: string;
}

/**
 * The operation `method` and `path` (query string allowed) address; undefined for any other request.
 * Pact files may record the method in lower case (specification 2 often does); an empty FunctionName
 * segment routes nowhere, so a pact for another path is reported as such.
 */
export function routeRequest(method: string, path: string): RoutedRequest | undefined {
  const route = routeOperation(method.toUpperCase(), path);
  if (route.kind !== 'operation' || route.functionName === '') return undefined;
  return { operation: route.operation, functionName: route.functionName };
}
