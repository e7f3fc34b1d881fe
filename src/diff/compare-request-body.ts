// The request body of one operation: added, removed, required-ness, media types and their schemas.
import type { DiffSession, SideName } from './diff-session.js';
import type { OperationSides } from './operation-sides.js';
import type { Located } from '../spec/index.js';
import { compareSchemas } from './schema-compare.js';
import { child, entriesOf, mediaTypeKey, objectAt } from './spec-nodes.js';

function requestBodyOf(session: DiffSession, side: SideName, operation: Located): Located | undefined {
  const body = child(operation, 'requestBody');
  return body ? session.resolve(side, body) : undefined;
}

function mediaTypes(body: Located): Map<string, { name: string; at: Located }> {
  return new Map(entriesOf(body, 'content').map(([name, at]) => [mediaTypeKey(name), { name, at }]));
}

export function compareRequestBody(session: DiffSession, sides: OperationSides): void {
  const { operation } = sides;
  const base = requestBodyOf(session, 'base', sides.baseOperation);
  const head = requestBodyOf(session, 'head', sides.headOperation);
  if (!base && !head) return;
  if (!base && head) {
    const required = objectAt(head)['required'] === true;
    session.report(required ? 'request-body-added-required' : 'request-body-added-optional', {
      operation,
      message: `${required ? 'required' : 'optional'} request body added`,
      basePointer: sides.baseOperation.pointer,
      headPointer: head.pointer,
    });
    return;
  }
  if (base && !head) {
    session.report('request-body-removed', { operation, message: 'request body removed', basePointer: base.pointer, headPointer: sides.headOperation.pointer });
    return;
  }
  if (!base || !head) return;
  const wasRequired = objectAt(base)['required'] === true;
  const isRequired = objectAt(head)['required'] === true;
  if (wasRequired !== isRequired) {
    session.report(isRequired ? 'request-body-became-required' : 'request-body-became-optional', {
      operation,
      message: `request body became ${isRequired ? 'required' : 'optional'}`,
      basePointer: base.pointer,
      headPointer: head.pointer,
    });
  }
  const baseMedia = mediaTypes(base);
  const headMedia = mediaTypes(head);
  for (const [key, { name, at }] of baseMedia) {
    const counterpart = headMedia.get(key);
    if (!counterpart) {
      session.report('request-body-media-type-removed', {
        operation,
        message: `request body media type '${name}' removed`,
        basePointer: at.pointer,
        headPointer: head.pointer,
      });
      continue;
    }
    const baseSchema = child(at, 'schema');
    const headSchema = child(counterpart.at, 'schema');
    if (baseSchema && headSchema) compareSchemas(session, { operation, root: 'request-body', subject: 'request body' }, baseSchema, headSchema);
    else if (headSchema)
      session.report('request-body-media-type-schema-added', {
        operation,
        message: `request body media type '${name}' now has a schema (it accepted anything)`,
        basePointer: at.pointer,
        headPointer: headSchema.pointer,
      });
    else if (baseSchema)
      session.report('request-body-media-type-schema-removed', {
        operation,
        message: `request body media type '${name}' no longer has a schema (it accepts anything)`,
        basePointer: baseSchema.pointer,
        headPointer: counterpart.at.pointer,
      });
  }
  for (const [key, { name, at }] of headMedia) {
    if (!baseMedia.has(key))
      session.report('request-body-media-type-added', {
        operation,
        message: `request body media type '${name}' added`,
        basePointer: base.pointer,
        headPointer: at.pointer,
      });
  }
}
