// The responses of one operation: statuses added or removed, and per status its headers, media
// types and body schemas.
import type { DiffSession, SideName } from './diff-session.js';
import type { OperationSides } from './operation-sides.js';
import { compareResponseHeaders } from './compare-headers.js';
import type { Located } from '../spec/index.js';
import { compareSchemas } from './schema-compare.js';
import { child, entriesOf, mediaTypeKey } from './spec-nodes.js';

/** 2xx statuses (and the 2XX range) are successes; everything else, `default` included, is not. */
function isSuccess(status: string): boolean {
  return /^2(\d\d|XX)$/i.test(status);
}

function responsesOf(session: DiffSession, side: SideName, operation: Located): Map<string, Located> {
  const responses = new Map<string, Located>();
  for (const [status, at] of entriesOf(operation, 'responses')) {
    if (!status.startsWith('x-')) responses.set(status.toLowerCase() === 'default' ? 'default' : status.toUpperCase(), session.resolve(side, at));
  }
  return responses;
}

export function compareResponses(session: DiffSession, sides: OperationSides): void {
  const { operation } = sides;
  const base = responsesOf(session, 'base', sides.baseOperation);
  const head = responsesOf(session, 'head', sides.headOperation);
  for (const [status, at] of head) {
    if (base.has(status)) continue;
    const success = isSuccess(status);
    session.report(success ? 'response-success-status-added' : 'response-non-success-status-added', {
      operation,
      message: `${success ? 'success' : 'non-success'} response status ${status} added`,
      basePointer: sides.baseOperation.pointer,
      headPointer: at.pointer,
    });
  }
  for (const [status, at] of base) {
    const counterpart = head.get(status);
    if (!counterpart) {
      const success = isSuccess(status);
      session.report(success ? 'response-success-status-removed' : 'response-non-success-status-removed', {
        operation,
        message: `${success ? 'success' : 'non-success'} response status ${status} removed`,
        basePointer: at.pointer,
        headPointer: sides.headOperation.pointer,
      });
      continue;
    }
    if (session.sameContent(at, counterpart)) continue;
    compareResponseHeaders(session, operation, status, at, counterpart);
    compareResponseContent(session, sides, status, at, counterpart);
  }
}

function compareResponseContent(session: DiffSession, sides: OperationSides, status: string, base: Located, head: Located): void {
  const { operation } = sides;
  const baseMedia = new Map(entriesOf(base, 'content').map(([name, at]) => [mediaTypeKey(name), { name, at }]));
  const headMedia = new Map(entriesOf(head, 'content').map(([name, at]) => [mediaTypeKey(name), { name, at }]));
  for (const [key, { name, at }] of baseMedia) {
    const counterpart = headMedia.get(key);
    if (!counterpart) {
      session.report('response-media-type-removed', {
        operation,
        message: `response ${status} media type '${name}' removed`,
        basePointer: at.pointer,
        headPointer: head.pointer,
      });
      continue;
    }
    const baseSchema = child(at, 'schema');
    const headSchema = child(counterpart.at, 'schema');
    if (baseSchema && headSchema) {
      compareSchemas(session, { operation, root: 'response-body', subject: `response ${status} body` }, baseSchema, headSchema);
    } else if (headSchema) {
      session.report('response-body-media-type-schema-added', {
        operation,
        message: `response ${status} media type '${name}' now has a schema`,
        basePointer: at.pointer,
        headPointer: headSchema.pointer,
      });
    } else if (baseSchema) {
      session.report('response-body-media-type-schema-removed', {
        operation,
        message: `response ${status} media type '${name}' no longer has a schema`,
        basePointer: baseSchema.pointer,
        headPointer: counterpart.at.pointer,
      });
    }
  }
  for (const [key, { name, at }] of headMedia) {
    if (!baseMedia.has(key))
      session.report('response-media-type-added', {
        operation,
        message: `response ${status} media type '${name}' added`,
        basePointer: base.pointer,
        headPointer: at.pointer,
      });
  }
}
