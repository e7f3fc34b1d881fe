// The rule table: every change the gate reports has one of these ids, and the id alone decides its
// level. The ids are written out in the tables under rules/ (one per keyword family, structural ones
// in structural-rules.ts); RuleId is the union of them, so a misspelt id does not compile. Levels
// follow direction: a narrower request or a wider response breaks clients. Where oasdiff has the
// same id at another level, the table says so and why (docs/diff-rules.md, generated from here).
import type { Direction, Level } from './levels.js';
import { arrayRules } from './rules/array-rules.js';
import { boundsRules } from './rules/bounds-rules.js';
import { compositionRules } from './rules/composition-rules.js';
import { conditionalRules } from './rules/conditional-rules.js';
import { contentRules } from './rules/content-rules.js';
import { defaultRules } from './rules/default-rules.js';
import { enumRules } from './rules/enum-rules.js';
import { nullabilityRules } from './rules/nullability-rules.js';
import { numericRules } from './rules/numeric-rules.js';
import { objectRules } from './rules/object-rules.js';
import { patternRules } from './rules/pattern-rules.js';
import type { OasdiffVerdict } from './rules/rule-definition.js';
import { structuralRules } from './rules/structural-rules.js';
import { typeRules } from './rules/type-rules.js';

export type { OasdiffVerdict } from './rules/rule-definition.js';

/** Every table, by family name: the catalogue lists them in this order. */
export const ruleTables = {
  structural: structuralRules,
  type: typeRules,
  nullability: nullabilityRules,
  enum: enumRules,
  bounds: boundsRules,
  pattern: patternRules,
  default: defaultRules,
  object: objectRules,
  array: arrayRules,
  numeric: numericRules,
  conditional: conditionalRules,
  content: contentRules,
  composition: compositionRules,
} as const;

type Tables = typeof ruleTables;
export type RuleId = Tables[keyof Tables][number]['id'];

export interface Rule {
  id: RuleId;
  level: Level;
  direction: Direction;
  description: string;
  oasdiff: OasdiffVerdict;
  /** Whether oasdiff has this id (with the same meaning); the others are this gate's own. */
  source: 'oasdiff' | 'lambda-rmc';
}

export const rules: readonly Rule[] = Object.values(ruleTables).flatMap((table) =>
  table.map((rule): Rule => ({ ...rule, source: rule.oasdiff === 'none' ? 'lambda-rmc' : 'oasdiff' })),
);

const rulesById = new Map<string, Rule>(rules.map((rule) => [rule.id, rule]));

/** The rule for `id`; an unknown id is a programming error in a comparer, not bad input. */
export function ruleFor(id: RuleId): Rule {
  const rule = rulesById.get(id);
  if (!rule) throw new Error(`no rule '${id}' in the rule table`);
  return rule;
}

// Where the API is the client (webhooks, callbacks), a request is what consumers receive and a
// response what they send: a change there is rated as the same change on the other side of a path.
const mirroredPrefixes: Array<[string, string]> = [
  ['request-body-', 'response-body-'],
  ['request-property-', 'response-property-'],
  ['request-parameter-', 'response-header-'],
];
const mirroredIds: Array<[string, string]> = [
  ['new-required-request-property', 'response-required-property-added'],
  ['new-optional-request-property', 'response-optional-property-added'],
  ['request-body-media-type-added', 'response-media-type-added'],
  ['request-body-media-type-removed', 'response-media-type-removed'],
];

function mirrorOf(id: string): string | undefined {
  for (const [request, response] of mirroredIds) {
    if (id === request) return response;
    if (id === response) return request;
  }
  for (const [request, response] of mirroredPrefixes) {
    if (id.startsWith(request)) return `${response}${id.slice(request.length)}`;
    if (id.startsWith(response)) return `${request}${id.slice(response.length)}`;
  }
  return undefined;
}

/**
 * How `rule` rates where requests and responses swap roles: as its mirror does; a change with no
 * mirror in the tables is WARN (which side it hurts is not told), one without a direction as it is.
 */
export function mirroredRule(rule: Rule): Pick<Rule, 'level' | 'direction'> {
  if (rule.direction === 'none') return rule;
  const direction = rule.direction === 'request' ? 'response' : 'request';
  const mirror = rulesById.get(mirrorOf(rule.id) ?? '');
  return { level: mirror?.level ?? 'WARN', direction };
}

/** Whether the tables define `text` as an id. */
export function isRuleId(text: string): text is RuleId {
  return rulesById.has(text);
}

/** An id assembled at run time (a prefix and a keyword's suffix), checked against the tables. */
export function ruleId(text: string): RuleId {
  return ruleFor(text as RuleId).id;
}

/** Where a schema sits; schema rule ids start with it, as oasdiff's do. */
export type SchemaPrefix =
  'request-parameter' | 'request-parameter-property' | 'request-body' | 'request-property' | 'response-body' | 'response-property' | 'response-header';

export function schemaRuleId(prefix: SchemaPrefix, suffix: string): RuleId {
  return ruleId(`${prefix}-${suffix}`);
}

/** Keyword of a bound, the id fragment oasdiff uses for it, and which side of the range it bounds. */
export const boundKeywords = [
  ['maxLength', 'max-length', 'upper'],
  ['minLength', 'min-length', 'lower'],
  ['maximum', 'max', 'upper'],
  ['minimum', 'min', 'lower'],
  ['exclusiveMaximum', 'exclusive-max', 'upper'],
  ['exclusiveMinimum', 'exclusive-min', 'lower'],
  ['maxItems', 'max-items', 'upper'],
  ['minItems', 'min-items', 'lower'],
  ['maxProperties', 'max-properties', 'upper'],
  ['minProperties', 'min-properties', 'lower'],
  ['maxContains', 'max-contains', 'upper'],
  ['minContains', 'min-contains', 'lower'],
] as const;
