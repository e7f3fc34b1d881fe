// Webhooks (OpenAPI 3.1, top level) and callbacks (per operation): requests the API sends to its
// consumers. One removed stops reaching consumers that serve it (ERR), one added is INFO. One present
// on both sides is compared operation by operation as a path's operation is — parameters, request
// body, responses, under the same ids — with the roles swapped: the consumer receives the request and
// sends the response, so each change is rated as its mirror is on a path (DiffSession.reversed).
import { compareParameters } from './compare-parameters.js';
import { compareRequestBody } from './compare-request-body.js';
import { compareResponses } from './compare-responses.js';
import type { OperationRef } from './diff-report.js';
import type { DiffSession } from './diff-session.js';
import type { OperationSides } from './operation-sides.js';
import { httpMethods, type Located } from '../spec/index.js';
import { appendPointer } from '../spec/json-pointer.js';
import { child, entriesOf, objectAt } from './spec-nodes.js';

export function compareWebhooks(session: DiffSession): void {
  const base = new Map(entriesOf({ node: session.base, pointer: '' }, 'webhooks'));
  const head = new Map(entriesOf({ node: session.head, pointer: '' }, 'webhooks'));
  for (const [name, at] of head) {
    if (!base.has(name)) session.report('webhook-added', { message: `webhook '${name}' added`, headPointer: at.pointer });
  }
  for (const [name, at] of base) {
    const counterpart = head.get(name);
    if (!counterpart) {
      session.report('webhook-removed', { message: `webhook '${name}' removed`, basePointer: at.pointer });
      continue;
    }
    compareExchanges(session, `webhook ${name}`, at, counterpart, {
      added: (method, pointer) =>
        session.report('webhook-added', {
          operation: { method, path: `webhook ${name}` },
          message: `webhook '${name}' ${method} added`,
          basePointer: at.pointer,
          headPointer: pointer,
        }),
      removed: (method, pointer) =>
        session.report('webhook-removed', {
          operation: { method, path: `webhook ${name}` },
          message: `webhook '${name}' ${method} removed`,
          basePointer: pointer,
          headPointer: counterpart.pointer,
        }),
    });
  }
}

export function compareCallbacks(session: DiffSession, sides: OperationSides): void {
  const { operation } = sides;
  const base = new Map(entriesOf(sides.baseOperation, 'callbacks'));
  const head = new Map(entriesOf(sides.headOperation, 'callbacks'));
  for (const [name, at] of head) {
    if (!base.has(name))
      session.report('api-callback-added', {
        operation,
        message: `callback '${name}' added`,
        basePointer: sides.baseOperation.pointer,
        headPointer: at.pointer,
      });
  }
  for (const [name, at] of base) {
    const counterpart = head.get(name);
    if (!counterpart) {
      session.report('api-callback-removed', {
        operation,
        message: `callback '${name}' removed`,
        basePointer: at.pointer,
        headPointer: sides.headOperation.pointer,
      });
      continue;
    }
    const baseCallback = session.resolve('base', at);
    const headCallback = session.resolve('head', counterpart);
    const baseExpressions = expressionsOf(baseCallback);
    const headExpressions = expressionsOf(headCallback);
    const subject = (expression: string, method?: string) => `callback '${name}' ${method === undefined ? '' : `${method} `}${expression}`;
    for (const [expression, expressionAt] of headExpressions) {
      if (!baseExpressions.has(expression))
        session.report('api-callback-added', {
          operation,
          message: `${subject(expression)} added`,
          basePointer: baseCallback.pointer,
          headPointer: expressionAt.pointer,
        });
    }
    for (const [expression, expressionAt] of baseExpressions) {
      const headExpression = headExpressions.get(expression);
      if (!headExpression) {
        session.report('api-callback-removed', {
          operation,
          message: `${subject(expression)} removed`,
          basePointer: expressionAt.pointer,
          headPointer: headCallback.pointer,
        });
        continue;
      }
      compareExchanges(session, `${operation.method} ${operation.path} callback ${name} ${expression}`, expressionAt, headExpression, {
        added: (method, pointer) =>
          session.report('api-callback-added', {
            operation,
            message: `${subject(expression, method)} added`,
            basePointer: expressionAt.pointer,
            headPointer: pointer,
          }),
        removed: (method, pointer) =>
          session.report('api-callback-removed', {
            operation,
            message: `${subject(expression, method)} removed`,
            basePointer: pointer,
            headPointer: headExpression.pointer,
          }),
      });
    }
  }
}

/** A callback object's members: one path item per runtime expression (extensions left out). */
function expressionsOf(callback: Located): Map<string, Located> {
  return new Map(
    Object.entries(objectAt(callback))
      .filter(([expression]) => !expression.startsWith('x-'))
      .map(([expression, node]) => [expression, { node, pointer: appendPointer(callback.pointer, expression) }]),
  );
}

interface Presence {
  added(method: string, pointer: string): void;
  removed(method: string, pointer: string): void;
}

/** The operations of two path items the API calls, matched by method; `path` names them in the report. */
function compareExchanges(session: DiffSession, path: string, baseAt: Located, headAt: Located, presence: Presence): void {
  const basePathItem = session.resolve('base', baseAt);
  const headPathItem = session.resolve('head', headAt);
  if (session.sameContent(basePathItem, headPathItem)) return;
  for (const method of httpMethods) {
    const baseOperation = child(basePathItem, method);
    const headOperation = child(headPathItem, method);
    if (!baseOperation && headOperation) presence.added(method.toUpperCase(), headOperation.pointer);
    if (baseOperation && !headOperation) presence.removed(method.toUpperCase(), baseOperation.pointer);
    if (!baseOperation || !headOperation) continue;
    const operation: OperationRef = { method: method.toUpperCase(), path };
    const sides: OperationSides = { operation, basePathItem, headPathItem, baseOperation, headOperation, basePath: path, headPath: path };
    reportUncompared(session, sides);
    const outer = session.reversed;
    session.reversed = !outer;
    try {
      compareParameters(session, sides);
      compareRequestBody(session, sides);
      compareResponses(session, sides);
    } finally {
      session.reversed = outer;
    }
  }
}

// Members of a webhook or callback operation that only document it; the others that are not
// compared (deprecated, security, servers, callbacks, x-sunset…) are reported when they change.
const comparedMembers = new Set(['parameters', 'requestBody', 'responses', 'summary', 'description', 'externalDocs', 'tags', 'operationId']);

function reportUncompared(session: DiffSession, sides: OperationSides): void {
  const base = objectAt(sides.baseOperation);
  const head = objectAt(sides.headOperation);
  const changed = [...new Set([...Object.keys(base), ...Object.keys(head)])].filter((member) => {
    if (comparedMembers.has(member) || (member.startsWith('x-') && member !== 'x-sunset' && member !== 'x-stability-level')) return false;
    const baseMember = child(sides.baseOperation, member);
    const headMember = child(sides.headOperation, member);
    return !baseMember || !headMember || !session.sameContent(session.resolve('base', baseMember), session.resolve('head', headMember));
  });
  if (changed.length === 0) return;
  session.report('unsupported-keyword', {
    operation: sides.operation,
    message: `${changed.map((member) => `'${member}'`).join(', ')} changed; the gate does not compare ${changed.length === 1 ? 'it' : 'them'} in a webhook or callback, check by hand what it changes for consumers`,
    basePointer: sides.baseOperation.pointer,
    headPointer: sides.headOperation.pointer,
  });
}
