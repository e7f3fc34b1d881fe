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

/** Whether the tables define `text` as an id. */
export function isRuleId(text: string): text is RuleId {
  return rulesById.has(text);
}

/** An id assembled at run time (a prefix and a keyword's suffix), checked against the tables. */
export function ruleId(text: string): RuleId {
  return ruleFor(text as RuleId).id;
}

/** Where a schema sits; schema rule ids start with it, as oasdiff's do. */
export type SchemaPrefix = 'request-parameter' | 'request-parameter-property' | 'request-body' | 'request-property' | 'response-body' | 'response-property' | 'response-header';

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
