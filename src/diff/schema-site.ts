// Where a compared schema sits (which operation, parameter, body or header) and how far inside it,
// which decides the rule-id prefix, the direction and the words a change is reported with.
import type { DiffSession, ChangeFields } from './diff-session.js';
import type { OperationRef } from './diff-report.js';
import { isRuleId, schemaRuleId, type RuleId, type SchemaPrefix } from './rules.js';
import type { CompositionKeyword, SchemaView } from './schema-view.js';

export type SchemaRoot = 'request-parameter' | 'request-body' | 'response-body' | 'response-header';

export interface SchemaSite {
  operation: OperationRef;
  root: SchemaRoot;
  /** The words for the root, e.g. "query parameter 'Qualifier'", "response 200 body". */
  subject: string;
  /** For a request parameter: where it is sent (path, query, header, cookie). */
  parameterIn?: string;
}

export type PathSegment =
  | { kind: 'property'; name: string }
  | { kind: 'items' }
  | { kind: 'additionalProperties' }
  | { kind: 'branch'; keyword: CompositionKeyword; index: number }
  | { kind: 'keyword'; keyword: string; name?: string }
  /** A $ref into components/schemas was followed: what follows is worded from that component, whoever reached it. */
  | { kind: 'component'; name: string; nested: boolean };

export interface SchemaPair {
  site: SchemaSite;
  path: readonly PathSegment[];
  base: SchemaView;
  head: SchemaView;
}

export function directionOfSite(site: SchemaSite): 'request' | 'response' {
  return site.root.startsWith('request') ? 'request' : 'response';
}

/** oasdiff names a change at the top of a body `…-body-…` and one inside it `…-property-…`. */
export function prefixOf(site: SchemaSite, path: readonly PathSegment[]): SchemaPrefix {
  const nested = path.some((segment) => (segment.kind === 'component' ? segment.nested : segment.kind !== 'branch'));
  if (site.root === 'request-body') return nested ? 'request-property' : 'request-body';
  if (site.root === 'response-body') return nested ? 'response-property' : 'response-body';
  // A property of an object-typed parameter (deepObject, form explode) has oasdiff's
  // request-parameter-property-* ids where oasdiff has one; its other changes keep the parameter's.
  if (site.root === 'request-parameter' && path.some((segment) => segment.kind === 'property')) return 'request-parameter-property';
  return site.root;
}

/** The rule id of a schema change at `prefix`: a property of a parameter without an id of its own takes the parameter's. */
function schemaChangeId(prefix: SchemaPrefix, suffix: string): RuleId {
  return prefix === 'request-parameter-property' && !isRuleId(`${prefix}-${suffix}`) ? schemaRuleId('request-parameter', suffix) : schemaRuleId(prefix, suffix);
}

export function describeSchema(site: SchemaSite, path: readonly PathSegment[]): string {
  let subject = site.subject;
  let property = '';
  let branch = '';
  for (const segment of path) {
    if (segment.kind === 'component') {
      subject = `schema '${segment.name}'`;
      property = '';
      branch = '';
    } else if (segment.kind === 'keyword')
      property += `${property === '' ? '' : '.'}<${segment.keyword}${segment.name === undefined ? '' : ` ${segment.name}`}>`;
    else if (segment.kind === 'property') property += property === '' ? segment.name : `.${segment.name}`;
    else if (segment.kind === 'items') property += '[]';
    else if (segment.kind === 'additionalProperties') property += property === '' ? '*' : '.*';
    else branch = ` (${segment.keyword} #${segment.index + 1})`;
  }
  return property === '' ? `${subject}${branch}` : `${subject} property '${property}'${branch}`;
}

/** Reports `<prefix>-<suffix>` for the pair, the message prefixed with what it is about. */
export function reportSchemaChange(
  session: DiffSession,
  pair: SchemaPair,
  suffix: string,
  message: string,
  fields: Omit<ChangeFields, 'message' | 'operation'> = {},
): void {
  session.report(schemaChangeId(prefixOf(pair.site, pair.path), suffix), {
    operation: pair.site.operation,
    message: `${describeSchema(pair.site, pair.path)}: ${message}`,
    basePointer: pair.base.at.pointer,
    headPointer: pair.head.at.pointer,
    ...fields,
  });
}

/** The pointer of `keyword` in the view's schema when written there, else of the schema. */
export function keywordPointer(view: SchemaView, keyword: string): string {
  return keyword in view.schema ? `${view.at.pointer}/${keyword}` : view.at.pointer;
}

export function formatValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
