// Webhooks (OpenAPI 3.1, top level) and callbacks (per operation): requests the API sends to its
// consumers. One removed stops reaching consumers that serve it (ERR), one added is INFO. Their
// contents are not compared operation by operation yet: a changed one is `unsupported-keyword`, so
// the change is never silent.
import type { DiffSession } from './diff-session.js';
import type { OperationSides } from './operation-sides.js';
import type { Located } from './ref-resolver.js';
import { entriesOf } from './spec-nodes.js';

export function compareWebhooks(session: DiffSession): void {
  const base = new Map(entriesOf({ node: session.base, pointer: '' }, 'webhooks'));
  const head = new Map(entriesOf({ node: session.head, pointer: '' }, 'webhooks'));
  for (const [name, at] of head) {
    if (!base.has(name)) session.report('webhook-added', { message: `webhook '${name}' added`, headPointer: at.pointer });
  }
  for (const [name, at] of base) {
    const counterpart = head.get(name);
    if (!counterpart) session.report('webhook-removed', { message: `webhook '${name}' removed`, basePointer: at.pointer });
    else reportChanged(session, `webhook '${name}'`, at, counterpart, undefined);
  }
}

export function compareCallbacks(session: DiffSession, sides: OperationSides): void {
  const { operation } = sides;
  const base = new Map(entriesOf(sides.baseOperation, 'callbacks'));
  const head = new Map(entriesOf(sides.headOperation, 'callbacks'));
  for (const [name, at] of head) {
    if (!base.has(name)) session.report('api-callback-added', { operation, message: `callback '${name}' added`, basePointer: sides.baseOperation.pointer, headPointer: at.pointer });
  }
  for (const [name, at] of base) {
    const counterpart = head.get(name);
    if (!counterpart) session.report('api-callback-removed', { operation, message: `callback '${name}' removed`, basePointer: at.pointer, headPointer: sides.headOperation.pointer });
    else reportChanged(session, `callback '${name}'`, at, counterpart, operation);
  }
}

function reportChanged(session: DiffSession, subject: string, base: Located, head: Located, operation: OperationSides['operation'] | undefined): void {
  if (session.sameContent(session.resolve('base', base), session.resolve('head', head))) return;
  session.report('unsupported-keyword', {
    ...(operation ? { operation } : {}),
    message: `${subject} changed; the gate does not compare the requests it describes, check by hand what it changes for consumers`,
    basePointer: base.pointer,
    headPointer: head.pointer,
  });
}
