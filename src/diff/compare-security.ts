// Security requirements of one operation (its own, or the document's): a list of alternatives, any
// one of which a client may satisfy; an empty list, or an empty alternative, admits anonymous calls.
import { isJsonObject, type Located } from '../spec/index.js';
import type { DiffSession } from './diff-session.js';
import type { OperationSides } from './operation-sides.js';
import { objectAt } from './spec-nodes.js';

type Requirement = Map<string, Set<string>>;

function requirementsOf(root: unknown, operation: Located): Requirement[] {
  const own = objectAt(operation)['security'];
  const list = Array.isArray(own) ? own : isJsonObject(root) && Array.isArray(root['security']) ? root['security'] : [];
  return list
    .filter(isJsonObject)
    .map((requirement) => new Map(Object.entries(requirement).map(([scheme, scopes]) => [scheme, new Set(Array.isArray(scopes) ? scopes.map(String) : [])])));
}

const keyOf = (requirement: Requirement) => [...requirement.keys()].sort().join(' + ');
const admitsAnonymous = (requirements: Requirement[]) => requirements.length === 0 || requirements.some((requirement) => requirement.size === 0);

export function compareSecurity(session: DiffSession, sides: OperationSides): void {
  const { operation } = sides;
  const base = requirementsOf(session.base, sides.baseOperation);
  const head = requirementsOf(session.head, sides.headOperation);
  const fields = { operation, basePointer: sides.baseOperation.pointer, headPointer: sides.headOperation.pointer };
  if (admitsAnonymous(base)) {
    if (!admitsAnonymous(head)) {
      session.report('api-security-became-required', {
        ...fields,
        message: `the endpoint now requires ${head.map(keyOf).join(' or ')}; it admitted anonymous requests`,
      });
    }
    return;
  }
  if (admitsAnonymous(head)) return; // every client that authenticated is still admitted
  const headByKey = new Map(head.map((requirement) => [keyOf(requirement), requirement]));
  const baseKeys = new Set(base.map(keyOf));
  for (const requirement of base) {
    const key = keyOf(requirement);
    const counterpart = headByKey.get(key);
    if (!counterpart) {
      session.report('api-security-alternative-removed', { ...fields, message: `security requirement '${key}' removed: clients that use it are refused` });
      continue;
    }
    for (const [scheme, scopes] of counterpart) {
      const before = requirement.get(scheme) ?? new Set();
      for (const scope of scopes)
        if (!before.has(scope)) session.report('api-security-scope-added', { ...fields, message: `scope '${scope}' added to security scheme '${scheme}'` });
      for (const scope of before)
        if (!scopes.has(scope))
          session.report('api-security-scope-removed', { ...fields, message: `scope '${scope}' removed from security scheme '${scheme}'` });
    }
  }
  for (const requirement of head) {
    const key = keyOf(requirement);
    if (!baseKeys.has(key)) session.report('api-security-added', { ...fields, message: `security requirement '${key}' added as an alternative` });
  }
}
