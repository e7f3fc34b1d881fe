// Which operation an HTTP method and path address, and the FunctionName the path carries.
import { specFacts } from '../generated/spec-facts.js';
import { operationIds, type OperationId } from '../validation/index.js';

export interface RoutedRequest {
  operation: OperationId;
  /** The FunctionName path segment, percent-decoded. */
  functionName: string;
}

const routes = operationIds.map((operation) => {
  const facts = specFacts.operations[operation];
  const template = facts.path.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { operation, method: facts.method, path: new RegExp(`^${template.join('([^/]+)')}$`) };
});

/** The operation `method` and `path` (query string allowed) address; undefined for any other request. */
export function routeRequest(method: string, path: string): RoutedRequest | undefined {
  const pathOnly = path.split('?')[0] ?? '';
  for (const route of routes) {
    if (route.method !== method.toUpperCase()) continue;
    const match = route.path.exec(pathOnly);
    if (match) return { operation: route.operation, functionName: safeDecode(match[1] ?? '') };
  }
  return undefined;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
