import { specFacts } from '../generated/spec-facts.js';
import { compilePathTemplate, decodeUriComponentOrKeep } from '../spec/path-template.js';
import { awsError, type AwsError } from './aws-error.js';
import { operationIds, type OperationId } from './operation.js';

/** What a request line asks for, in the API's own terms: an operation with its URI members, or nothing the API serves. */
export type OperationRoute = { kind: 'operation'; operation: OperationId; functionName: string; qualifier: string | undefined } | { kind: 'unknown' };

export { decodeUriComponentOrKeep };

/** Each operation's method and its path template: `{FunctionName}` is exactly one raw segment, empty included (validation names it). */
const matchers = operationIds.map((operation) => {
  const { method, path } = specFacts.operations[operation];
  return { operation, method, template: compilePathTemplate(path, { emptySegments: true }) };
});

/**
 * Matches a raw request target (`/2021-07-20/functions/{FunctionName}/runtime-management-config[?Qualifier=…]`)
 * against the spec's operations. FunctionName is one path segment, percent-decoded, so an encoded
 * `/` arrives inside the name (and validation refuses it); an escape that does not decode (`%`,
 * `%ZZ`, broken UTF-8) leaves the text as sent, which validation refuses too.
 */
export function routeOperation(method: string, target: string): OperationRoute {
  const { path, query } = splitTarget(target);
  for (const matcher of matchers) {
    if (matcher.method !== method) continue;
    const functionName = matcher.template.match(path)?.['FunctionName'];
    if (functionName === undefined) continue;
    return { kind: 'operation', operation: matcher.operation, functionName, qualifier: queryParameter(query, 'Qualifier') };
  }
  return { kind: 'unknown' };
}

/** A raw request target's path and query (without the `?`; empty when there is none), neither decoded. */
export function splitTarget(target: string): { path: string; query: string } {
  const queryStart = target.indexOf('?');
  return queryStart === -1 ? { path: target, query: '' } : { path: target.slice(0, queryStart), query: target.slice(queryStart + 1) };
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
