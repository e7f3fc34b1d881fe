// Compares the schema at one site (a parameter, a body, a header) between base and head. $refs are
// followed; a pair of nodes is compared once per rule prefix (the same narrowing breaks a request
// and is harmless in a response, see rules.ts) and its changes are worded from the component that
// holds them, so a shared component's change is reported once with every operation it reaches
// (reach-graph.ts). A recursive schema meets an already-entered pair and stops there.
import type { DiffSession, SideName } from './diff-session.js';
import type { ReachEntry } from './reach-graph.js';
import { compareComposition, type BranchLists } from './compare-composition.js';
import type { CompareNested } from './compare-object.js';
import { keywordFamilies } from './keyword-families.js';
import { compareNullability } from './compare-type.js';
import type { Located } from '../spec/index.js';
import { pointerTokens } from '../spec/json-pointer.js';
import { describeSchema, prefixOf, type PathSegment, type SchemaPair, type SchemaSite } from './schema-site.js';
import { schemaViewOf, type SchemaView } from './schema-view.js';

interface PendingPair {
  site: SchemaSite;
  path: PathSegment[];
  base: Located;
  head: Located;
  parent: ReachEntry | undefined;
}

/**
 * Compares the pair and, breadth-first, the pairs nested in it. A queue rather than recursion: a
 * chain of schemas referring to one another (Stripe's expandable fields) is thousands deep.
 */
export function compareSchemas(session: DiffSession, site: SchemaSite, base: Located, head: Located): void {
  const queue: PendingPair[] = [{ site, path: [], base, head, parent: undefined }];
  for (let index = 0; index < queue.length; index += 1) {
    const pending = queue[index] as PendingPair;
    compareAt(session, pending, queue);
  }
}

const componentPrefix = '/components/schemas/';

/** After a $ref into components/schemas, the path restarts at that component (worded the same from every use). */
function anchoredPath(path: PathSegment[], baseIn: Located, headAt: Located): PathSegment[] {
  if (headAt.pointer === baseIn.pointer && headAt.node === baseIn.node) return path;
  if (!headAt.pointer.startsWith(componentPrefix)) return path;
  const name = pointerTokens(headAt.pointer).slice(2).join('/');
  return [{ kind: 'component', name, nested: prefixOfNested(path) }];
}

function prefixOfNested(path: PathSegment[]): boolean {
  return path.some((segment) => (segment.kind === 'component' ? segment.nested : segment.kind !== 'branch'));
}

function compareAt(session: DiffSession, { site, path: pathIn, base: baseIn, head: headIn, parent }: PendingPair, queue: PendingPair[]): void {
  const baseAt = session.resolve('base', baseIn);
  const headAt = session.resolve('head', headIn);
  if (session.sameContent(baseAt, headAt)) return;
  const base = unwrappedView(session, 'base', baseAt);
  const head = unwrappedView(session, 'head', headAt);
  const path = anchoredPath(pathIn, headIn, head.at);
  const key = `${session.reversed ? 'reversed\u0000' : ''}${prefixOf(site, path)}\u0000${base.at.pointer}\u0000${head.at.pointer}\u0000${describeSchema(site, path)}\u0000${base.nullable}/${head.nullable}`;
  const entry = session.reach.enter(key, parent, site.operation);
  if (!entry) return;

  const pair: SchemaPair = { site, path, base, head };
  const nested: CompareNested = (childPath, childBase, childHead) => queue.push({ site, path: childPath, base: childBase, head: childHead, parent: entry });

  const lifted = liftedComposition(base, head);
  if (lifted) {
    compareNullability(session, pair);
    compareComposition(session, pair, nested, lifted);
  } else if (!session.sameContent(base.at, head.at) || base.nullable !== head.nullable) {
    for (const family of keywordFamilies) if (family.compare(session, pair, nested) === 'stop') break;
  }
  session.reach.leave();
}

/** The view of a schema, with nullable wrappers (`oneOf: [X, {type: "null"}]`) replaced by X marked nullable. */
function unwrappedView(session: DiffSession, side: SideName, at: Located): SchemaView {
  const resolve = (located: Located) => session.resolve(side, located);
  let { view, unwrapped } = schemaViewOf(at, resolve);
  let nullable = view.nullable;
  const seen = new Set<string>([at.pointer]);
  while (unwrapped) {
    const inner = resolve(unwrapped);
    if (seen.has(inner.pointer)) break;
    seen.add(inner.pointer);
    ({ view, unwrapped } = schemaViewOf(inner, resolve));
    nullable ||= view.nullable;
  }
  return { ...view, nullable };
}

/**
 * When one side is nothing but a oneOf/anyOf and the other side is a plain schema with no
 * alternatives, the plain schema is read as a composition of one sub-schema (itself), so that
 * `X` → `oneOf: [X, Y]` is "Y added".
 */
function liftedComposition(base: SchemaView, head: SchemaView): BranchLists | undefined {
  const alternatives = (view: SchemaView) => (['oneOf', 'anyOf'] as const).flatMap((keyword) => view.composition[keyword].map((at) => ({ keyword, at })));
  const baseBranches = alternatives(base);
  const headBranches = alternatives(head);
  const keyword = (branches: ReturnType<typeof alternatives>) => branches[0]?.keyword ?? 'oneOf';
  if (baseBranches.length === 0 && headBranches.length > 0 && isOnlyComposition(head))
    return { base: [{ keyword: keyword(headBranches), at: base.at }], head: headBranches };
  if (headBranches.length === 0 && baseBranches.length > 0 && isOnlyComposition(base))
    return { base: baseBranches, head: [{ keyword: keyword(baseBranches), at: head.at }] };
  return undefined;
}

function isOnlyComposition(view: SchemaView): boolean {
  return view.types === undefined && view.enumValues === undefined && !('properties' in view.schema) && !('pattern' in view.schema);
}
