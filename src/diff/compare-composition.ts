// oneOf / anyOf / allOf: sub-schemas added or removed, and matched sub-schemas compared in turn.
// oneOf and anyOf are matched together (both list alternatives; switching one for the other with the
// same sub-schemas is no change worth a report). Sub-schemas are matched by content first (a $ref
// renamed to an equal schema is no change), then by $ref, then — when exactly one is left on each
// side — to each other, as an edited sub-schema.
import { isJsonObject, type Located } from '../spec/index.js';
import type { DiffSession } from './diff-session.js';
import type { CompareNested } from './compare-object.js';
import { annotationSchemaKeywords } from './compare-unsupported.js';
import { reportSchemaChange, type SchemaPair } from './schema-site.js';
import type { CompositionKeyword } from './schema-view.js';

const idStem: Record<CompositionKeyword, string> = { oneOf: 'one-of', anyOf: 'any-of', allOf: 'all-of' };

interface Branch {
  keyword: CompositionKeyword;
  at: Located;
}

export interface BranchLists {
  base: Branch[];
  head: Branch[];
}

function refOf(branch: Branch): string | undefined {
  const node = branch.at.node;
  return isJsonObject(node) && typeof node['$ref'] === 'string' ? node['$ref'] : undefined;
}

// Keywords that say something about a value without constraining it: the annotations, and what an
// allOf member may say about a value's use (readOnly, writeOnly, default) without narrowing it.
const annotationKeywords = new Set([...annotationSchemaKeywords, 'readOnly', 'writeOnly', 'default']);

/** Whether an allOf sub-schema constrains anything (a `$ref` is assumed to: it was not resolved to an annotation-only target). */
function constrains(node: unknown): boolean {
  if (!isJsonObject(node)) return node === false;
  return Object.keys(node).some((key) => !annotationKeywords.has(key) && !key.startsWith('x-'));
}

function branchesOf(pair: SchemaPair, side: 'base' | 'head', keywords: readonly CompositionKeyword[]): Branch[] {
  return keywords.flatMap((keyword) => pair[side].composition[keyword].map((at) => ({ keyword, at })));
}

/** Compares the sub-schemas of the pair, or the given lists (a plain schema read as a one-branch composition). */
export function compareComposition(session: DiffSession, pair: SchemaPair, nested: CompareNested, lists?: BranchLists): void {
  const groups: BranchLists[] = lists
    ? [lists]
    : [
        { base: branchesOf(pair, 'base', ['oneOf', 'anyOf']), head: branchesOf(pair, 'head', ['oneOf', 'anyOf']) },
        { base: branchesOf(pair, 'base', ['allOf']), head: branchesOf(pair, 'head', ['allOf']) },
      ];
  for (const group of groups) compareGroup(session, pair, nested, group);
}

function compareGroup(session: DiffSession, pair: SchemaPair, nested: CompareNested, group: BranchLists): void {
  const baseLeft = [...group.base];
  const headLeft = [...group.head];
  if (baseLeft.length === 0 && headLeft.length === 0) return;
  const matched: Array<[Branch, Branch]> = [];
  const take = (matches: (base: Branch, head: Branch) => boolean) => {
    for (const head of [...headLeft]) {
      const index = baseLeft.findIndex((base) => matches(base, head));
      if (index < 0) continue;
      matched.push([baseLeft[index] as Branch, head]);
      baseLeft.splice(index, 1);
      headLeft.splice(headLeft.indexOf(head), 1);
    }
  };
  take((base, head) => session.sameContent(base.at, head.at));
  take((base, head) => refOf(base) !== undefined && refOf(base) === refOf(head));
  if (baseLeft.length === 1 && headLeft.length === 1) matched.push([baseLeft.pop() as Branch, headLeft.pop() as Branch]);

  const annotationOnly = (branch: Branch, side: 'base' | 'head') => branch.keyword === 'allOf' && !constrains(session.resolve(side, branch.at).node);
  for (const head of headLeft) {
    const suffix = annotationOnly(head, 'head') ? 'all-of-added-annotation-only' : `${idStem[head.keyword]}-added`;
    reportSchemaChange(session, pair, suffix, `sub-schema ${refOf(head) ?? '(inline)'} added to ${head.keyword}`, { headPointer: head.at.pointer });
  }
  for (const base of baseLeft) {
    const suffix = annotationOnly(base, 'base') ? 'all-of-removed-annotation-only' : `${idStem[base.keyword]}-removed`;
    reportSchemaChange(session, pair, suffix, `sub-schema ${refOf(base) ?? '(inline)'} removed from ${base.keyword}`, { basePointer: base.at.pointer });
  }
  for (const [base, head] of matched) {
    const index = Number(head.at.pointer.slice(head.at.pointer.lastIndexOf('/') + 1));
    nested([...pair.path, { kind: 'branch', keyword: head.keyword, index: Number.isInteger(index) ? index : 0 }], base.at, head.at);
  }
}
