import type { JsonObject } from '../spec/index.js';
import { comparePaths } from './compare-paths.js';
import { compareWebhooks } from './compare-webhooks.js';
import { summarize, type Change, type DiffReport, type Level } from './diff-report.js';
import { DiffSession } from './diff-session.js';
import { assertOpenApi3 } from '../spec/index.js';
import { compareText } from './text-order.js';

const levelOrder: Record<Level, number> = { ERR: 0, WARN: 1, INFO: 2 };

function byImportance(a: Change, b: Change): number {
  return (
    levelOrder[a.level] - levelOrder[b.level] ||
    compareText(a.operation?.path ?? '', b.operation?.path ?? '') ||
    compareText(a.operation?.method ?? '', b.operation?.method ?? '') ||
    compareText(a.id, b.id) ||
    compareText(a.message, b.message)
  );
}

/**
 * Compares two parsed OpenAPI 3.x documents and classifies every change a consumer could notice.
 * Throws SpecLoadError when a side is not OpenAPI 3.x (Swagger 2.0 included), SpecRefError (from
 * src/spec/ref-resolver.ts) when a side has a $ref that cannot be followed.
 */
export function diffSpecs(base: JsonObject, head: JsonObject): DiffReport {
  assertOpenApi3(base, 'base spec');
  assertOpenApi3(head, 'head spec');
  const session = new DiffSession(base, head);
  comparePaths(session);
  compareWebhooks(session);
  const changes = session.changes().sort(byImportance);
  return { changes, summary: summarize(changes) };
}
