// Response headers of one response: added, removed, required-ness, and their schemas (for this API
// that includes the x-amzn-ErrorType values the AWS SDK turns into exception classes).
import type { DiffSession } from './diff-session.js';
import type { OperationRef } from './diff-report.js';
import type { Located } from '../spec/index.js';
import { compareSchemas } from './schema-compare.js';
import { child, entriesOf, objectAt } from './spec-nodes.js';

function headersByName(session: DiffSession, side: 'base' | 'head', response: Located): Map<string, { name: string; at: Located }> {
  const headers = new Map<string, { name: string; at: Located }>();
  for (const [name, at] of entriesOf(response, 'headers')) {
    // OpenAPI: a Content-Type response header is ignored (the media type says it).
    if (name.toLowerCase() === 'content-type') continue;
    headers.set(name.toLowerCase(), { name, at: session.resolve(side, at) });
  }
  return headers;
}

export function compareResponseHeaders(session: DiffSession, operation: OperationRef, status: string, base: Located, head: Located): void {
  const baseHeaders = headersByName(session, 'base', base);
  const headHeaders = headersByName(session, 'head', head);
  for (const [key, { name, at }] of headHeaders) {
    if (baseHeaders.has(key)) continue;
    session.report('response-header-added', {
      operation,
      message: `response ${status} header '${name}' added`,
      basePointer: base.pointer,
      headPointer: at.pointer,
    });
  }
  for (const [key, { name, at }] of baseHeaders) {
    const counterpart = headHeaders.get(key);
    const wasRequired = objectAt(at)['required'] === true;
    if (!counterpart) {
      session.report(wasRequired ? 'required-response-header-removed' : 'optional-response-header-removed', {
        operation,
        message: `response ${status} ${wasRequired ? 'required' : 'optional'} header '${name}' removed`,
        basePointer: at.pointer,
        headPointer: head.pointer,
      });
      continue;
    }
    const isRequired = objectAt(counterpart.at)['required'] === true;
    if (wasRequired !== isRequired) {
      session.report(isRequired ? 'response-header-became-required' : 'response-header-became-optional', {
        operation,
        message: `response ${status} header '${name}' became ${isRequired ? 'required' : 'optional'}`,
        basePointer: at.pointer,
        headPointer: counterpart.at.pointer,
      });
    }
    const baseSchema = child(at, 'schema');
    const headSchema = child(counterpart.at, 'schema');
    if (baseSchema && headSchema) {
      compareSchemas(session, { operation, root: 'response-header', subject: `response ${status} header '${name}'` }, baseSchema, headSchema);
    }
  }
}
