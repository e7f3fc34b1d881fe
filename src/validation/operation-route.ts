import { specFacts } from '../generated/spec-facts.js';
import { awsError, type AwsError } from './aws-error.js';
import { operationIds, type OperationId } from './operation.js';

/** What a request line asks for, in the API's own terms: an operation with its URI members, or nothing the API serves. */
export type OperationRoute =
  | { kind: 'operation'; operation: OperationId; functionName: string; qualifier: string | undefined }
  | { kind: 'unknown' };

/** Each operation's method and its path template as a pattern: `{FunctionName}` is exactly one raw segment. */
const matchers = operationIds.map((operation) => {
  const { method, path } = specFacts.operations[operation];
  const pattern = new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '([^/]*)')}$`);
  return { operation, method, pattern };
});

/**
 * Matches a raw request target (`/2021-07-20/functions/{FunctionName}/runtime-management-config[?Qualifier=…]`)
 * against the spec's operations. FunctionName is one path segment, percent-decoded, so an encoded
 * `/` arrives inside the name (and validation refuses it); an escape that does not decode (`%`,
 * `%ZZ`, broken UTF-8) leaves the text as sent, which validation refuses too.
 */
export function routeOperation(method: string, target: string): OperationRoute {
  const queryStart = target.indexOf('?');
  const path = queryStart === -1 ? target : target.slice(0, queryStart);
  for (const matcher of matchers) {
    if (matcher.method !== method) continue;
    const name = matcher.pattern.exec(path)?.[1];
    if (name === undefined) continue;
    const query = queryStart === -1 ? '' : target.slice(queryStart + 1);
    return { kind: 'operation', operation: matcher.operation, functionName: decodeUriComponentOrKeep(name), qualifier: queryParameter(query, 'Qualifier') };
  }
  return { kind: 'unknown' };
}

/** AWS's answer to a method and path no operation has. */
export function unknownOperationError(method: string, target: string): AwsError {
  const path = target.split('?', 1)[0]!;
  return awsError('UnknownOperationException', `No operation matches ${method} ${path.length > 200 ? `${path.slice(0, 200)}…` : path}.`);
}

/** The first value of `name` in a query string; unknown parameters are ignored, as AWS does. */
function queryParameter(query: string, name: string): string | undefined {
  if (query === '') return undefined;
  for (const pair of query.split('&')) {
    const equals = pair.indexOf('=');
    const key = decodeUriComponentOrKeep(equals === -1 ? pair : pair.slice(0, equals));
    if (key === name) return equals === -1 ? '' : decodeUriComponentOrKeep(pair.slice(equals + 1));
  }
  return undefined;
}

/** Percent-decoded; a value whose escapes do not decode to UTF-8 is kept as sent (never throws). */
export function decodeUriComponentOrKeep(raw: string): string {
  if (!raw.includes('%')) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
