import type { OperationId } from '../validation/index.js';

/** What a request line asks for. */
export type Route =
  | { kind: 'operation'; operation: OperationId; functionName: string; qualifier: string | undefined }
  | { kind: 'control'; segments: string[] }
  | { kind: 'unknown' };

export const controlPrefix = '/_simulator';

const operationPath = /^\/2021-07-20\/functions\/([^/]*)\/runtime-management-config$/;

const operationsByMethod = new Map<string, OperationId>([
  ['GET', 'GetRuntimeManagementConfig'],
  ['PUT', 'PutRuntimeManagementConfig'],
]);

/**
 * Matches `/2021-07-20/functions/{FunctionName}/runtime-management-config[?Qualifier=…]` on the raw
 * request target. FunctionName is one path segment, percent-decoded, so an encoded `/` arrives
 * inside the name (and validation refuses it); an escape that does not decode (`%ZZ`, broken
 * UTF-8) leaves the text as sent, which validation refuses too.
 */
export function routeRequest(method: string, target: string): Route {
  const queryStart = target.indexOf('?');
  const path = queryStart === -1 ? target : target.slice(0, queryStart);
  if (path === controlPrefix || path.startsWith(`${controlPrefix}/`)) {
    return { kind: 'control', segments: path.split('/').slice(2).map(decodeSegment) };
  }
  const operation = operationsByMethod.get(method);
  const name = operation === undefined ? undefined : operationPath.exec(path)?.[1];
  if (operation === undefined || name === undefined) return { kind: 'unknown' };
  const query = queryStart === -1 ? '' : target.slice(queryStart + 1);
  return { kind: 'operation', operation, functionName: decodeSegment(name), qualifier: queryParameter(query, 'Qualifier') };
}

/** The first value of `name` in a query string; unknown parameters are ignored, as AWS does. */
function queryParameter(query: string, name: string): string | undefined {
  if (query === '') return undefined;
  for (const pair of query.split('&')) {
    const equals = pair.indexOf('=');
    const key = decodeSegment(equals === -1 ? pair : pair.slice(0, equals));
    if (key === name) return equals === -1 ? '' : decodeSegment(pair.slice(equals + 1));
  }
  return undefined;
}

function decodeSegment(raw: string): string {
  if (!raw.includes('%')) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
