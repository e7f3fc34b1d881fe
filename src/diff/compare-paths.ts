// Paths and operations: endpoints added or removed, deprecation, operationId, and for every
// operation on both sides its parameters, request body and responses.
import type { DiffSession, SideName } from './diff-session.js';
import type { OperationRef } from './diff-report.js';
import { compareParameters } from './compare-parameters.js';
import type { OperationSides } from './operation-sides.js';
import { compareRequestBody } from './compare-request-body.js';
import { compareResponses } from './compare-responses.js';
import { compareSecurity } from './compare-security.js';
import { compareCallbacks } from './compare-webhooks.js';
import { beforeSunset, stabilityRank, sunsetOf, todayUtc } from './operation-lifecycle.js';
import { httpMethods, pathTemplateKey, type Located } from '../spec/index.js';
import { child, entriesOf, objectAt } from './spec-nodes.js';

interface PathEntry {
  path: string;
  at: Located;
}

function pathsOf(session: DiffSession, side: SideName): Map<string, PathEntry> {
  const paths = new Map<string, PathEntry>();
  const root = { node: side === 'base' ? session.base : session.head, pointer: '' };
  for (const [path, at] of entriesOf(root, 'paths')) {
    if (!path.startsWith('x-')) paths.set(pathTemplateKey(path), { path, at: session.resolve(side, at) });
  }
  return paths;
}

function operationsOf(pathItem: Located): Map<string, Located> {
  const operations = new Map<string, Located>();
  for (const method of httpMethods) {
    const operation = child(pathItem, method);
    if (operation) operations.set(method, operation);
  }
  return operations;
}

const isDeprecated = (operation: Located) => objectAt(operation)['deprecated'] === true;
const today = todayUtc();
const ref = (method: string, path: string): OperationRef => ({ method: method.toUpperCase(), path });

export function comparePaths(session: DiffSession): void {
  const base = pathsOf(session, 'base');
  const head = pathsOf(session, 'head');
  for (const [key, headEntry] of head) {
    const baseEntry = base.get(key);
    const baseOperations = baseEntry ? operationsOf(baseEntry.at) : new Map<string, Located>();
    for (const [method, operation] of operationsOf(headEntry.at)) {
      if (baseOperations.has(method)) continue;
      session.report('endpoint-added', {
        operation: ref(method, headEntry.path),
        message: `endpoint ${method.toUpperCase()} ${headEntry.path} added`,
        headPointer: operation.pointer,
        ...(baseEntry ? { basePointer: baseEntry.at.pointer } : {}),
      });
    }
  }
  for (const [key, baseEntry] of base) {
    const headEntry = head.get(key);
    const headOperations = headEntry ? operationsOf(headEntry.at) : new Map<string, Located>();
    for (const [method, operation] of operationsOf(baseEntry.at)) {
      const counterpart = headOperations.get(method);
      if (counterpart && headEntry) {
        compareOperation(session, {
          operation: ref(method, headEntry.path),
          basePathItem: baseEntry.at,
          headPathItem: headEntry.at,
          baseOperation: operation,
          headOperation: counterpart,
          basePath: baseEntry.path,
          headPath: headEntry.path,
        });
        continue;
      }
      const deprecated = isDeprecated(operation);
      const early = beforeSunset(objectAt(operation), today);
      const id = headEntry
        ? early
          ? 'api-removed-before-sunset'
          : deprecated
            ? 'api-removed-with-deprecation'
            : 'api-removed-without-deprecation'
        : early
          ? 'api-path-removed-before-sunset'
          : deprecated
            ? 'api-path-removed-with-deprecation'
            : 'api-path-removed-without-deprecation';
      const how = early ? ` before its sunset date ${sunsetOf(objectAt(operation)) ?? ''}` : deprecated ? ' after deprecation' : ' without deprecation';
      session.report(id, {
        operation: ref(method, baseEntry.path),
        message: `endpoint ${method.toUpperCase()} ${baseEntry.path} removed${headEntry ? '' : ' with its path'}${how}`,
        basePointer: operation.pointer,
        ...(headEntry ? { headPointer: headEntry.at.pointer } : {}),
      });
    }
  }
}

function compareOperation(session: DiffSession, sides: OperationSides): void {
  const { operation, baseOperation, headOperation } = sides;
  const wasDeprecated = isDeprecated(baseOperation);
  const deprecated = isDeprecated(headOperation);
  if (wasDeprecated !== deprecated) {
    const sunset = sunsetOf(objectAt(headOperation));
    session.report(deprecated ? (sunset ? 'endpoint-deprecated-with-sunset' : 'endpoint-deprecated') : 'endpoint-reactivated', {
      operation,
      message: `endpoint ${deprecated ? `deprecated${sunset ? ` (sunset ${sunset})` : ''}` : 'reactivated (no longer deprecated)'}`,
      basePointer: baseOperation.pointer,
      headPointer: headOperation.pointer,
    });
  }
  const wasStable = stabilityRank(objectAt(baseOperation));
  const isStable = stabilityRank(objectAt(headOperation));
  if (wasStable !== undefined && isStable !== undefined && wasStable !== isStable) {
    session.report(isStable < wasStable ? 'api-stability-decreased' : 'api-stability-increased', {
      operation,
      message: `x-stability-level changed from ${String(objectAt(baseOperation)['x-stability-level'])} to ${String(objectAt(headOperation)['x-stability-level'])}`,
      basePointer: `${baseOperation.pointer}/x-stability-level`,
      headPointer: `${headOperation.pointer}/x-stability-level`,
    });
  }
  compareCallbacks(session, sides);
  const fromId = objectAt(baseOperation)['operationId'];
  const toId = objectAt(headOperation)['operationId'];
  if (fromId !== toId) {
    const fields = { operation, basePointer: baseOperation.pointer, headPointer: headOperation.pointer, from: fromId, to: toId };
    if (typeof fromId === 'string')
      session.report('api-operation-id-removed', {
        ...fields,
        message: `operationId '${fromId}' ${typeof toId === 'string' ? `replaced by '${toId}'` : 'removed'}`,
      });
    else session.report('api-operation-id-added', { ...fields, message: `operationId '${String(toId)}' added` });
  }
  compareSecurity(session, sides);
  compareParameters(session, sides);
  compareRequestBody(session, sides);
  compareResponses(session, sides);
}
