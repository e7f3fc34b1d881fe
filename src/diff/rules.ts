// The rule table: every change the gate reports has one of these ids, and the id alone decides its
// level. Ids and levels follow oasdiff (checker/rules.go and its `oasdiff checks` catalog, 1.32.x)
// wherever oasdiff has the rule; `source: 'lambda-rmc'` marks the few this gate adds (pattern
// tightened/generalized in both directions, parameter moved, additionalProperties, header enums).
import type { Direction, Level } from './levels.js';

export type RuleId = string;

export interface Rule {
  id: RuleId;
  level: Level;
  direction: Direction;
  description: string;
  source: 'oasdiff' | 'lambda-rmc';
}

/** What a change does to the set of values (or requests, or responses) the spec admits. */
export type Effect = 'narrows' | 'widens' | 'incomparable' | 'unknown' | 'none';

/** Where a schema sits; schema rule ids start with it, as oasdiff's do. */
export type SchemaPrefix =
  | 'request-parameter'
  | 'request-body'
  | 'request-property'
  | 'response-body'
  | 'response-property'
  | 'response-header';

const allPrefixes: readonly SchemaPrefix[] = [
  'request-parameter',
  'request-body',
  'request-property',
  'response-body',
  'response-property',
  'response-header',
];
const bodyPrefixes: readonly SchemaPrefix[] = ['request-body', 'request-property', 'response-body', 'response-property'];
const responsePrefixes: readonly SchemaPrefix[] = ['response-body', 'response-property', 'response-header'];

export function directionOf(prefix: SchemaPrefix): Direction {
  return prefix.startsWith('request') ? 'request' : 'response';
}

/**
 * A narrower request breaks clients that sent what is now refused; a wider response breaks clients
 * that relied on what they used to get. The mirror cases are compatible.
 */
function levelOf(direction: Direction, effect: Effect): Level {
  if (effect === 'unknown') return 'WARN';
  if (effect === 'none') return 'INFO';
  if (effect === 'incomparable') return 'ERR';
  const breaking = direction === 'request' ? effect === 'narrows' : effect === 'widens';
  return breaking ? 'ERR' : 'INFO';
}

interface SchemaRuleFamily {
  /** The id is `<prefix>-<suffix>`. */
  suffix: string;
  effect: Effect;
  description: string;
  appliesTo: readonly SchemaPrefix[];
  /** The prefixes for which oasdiff has this exact id. */
  inOasdiff: readonly SchemaPrefix[];
  /** A level that differs from levelOf(direction, effect), with the reason in a comment. */
  responseLevel?: Level;
}

const boundFamilies = (
  keyword: string,
  name: string,
  kind: 'upper' | 'lower',
): SchemaRuleFamily[] => {
  const tighter = kind === 'upper' ? 'decreased' : 'increased';
  const looser = kind === 'upper' ? 'increased' : 'decreased';
  return [
    { suffix: `${name}-${tighter}`, effect: 'narrows', description: `${keyword} ${tighter}`, appliesTo: allPrefixes, inOasdiff: allPrefixes },
    { suffix: `${name}-${looser}`, effect: 'widens', description: `${keyword} ${looser}`, appliesTo: allPrefixes, inOasdiff: allPrefixes },
    { suffix: `${name}-set`, effect: 'narrows', description: `${keyword} set`, appliesTo: allPrefixes, inOasdiff: allPrefixes },
    { suffix: `${name}-unset`, effect: 'widens', description: `${keyword} unset`, appliesTo: allPrefixes, inOasdiff: allPrefixes },
  ];
};

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

/** A keyword whose presence constrains: set narrows, unset widens (and, for `changed`, a change that is neither). */
const presenceFamilies = (stem: string, keyword: string, changed = false): SchemaRuleFamily[] => [
  { suffix: `${stem}-added`, effect: 'narrows', description: `${keyword} added`, appliesTo: allPrefixes, inOasdiff: [] },
  { suffix: `${stem}-removed`, effect: 'widens', description: `${keyword} removed`, appliesTo: allPrefixes, inOasdiff: [] },
  ...(changed ? [{ suffix: `${stem}-changed`, effect: 'incomparable' as const, description: `${keyword} changed to one that neither contains nor is contained in the old`, appliesTo: allPrefixes, inOasdiff: [] }] : []),
];

const schemaFamilies: SchemaRuleFamily[] = [
  // JSON Schema 2020-12 keywords beyond OpenAPI 3.0's
  ...presenceFamilies('const', 'const', true),
  ...presenceFamilies('contains', 'contains'),
  ...presenceFamilies('prefix-items', 'prefixItems (a position constrained)'),
  ...presenceFamilies('items', 'items (array members constrained)'),
  ...presenceFamilies('pattern-property', 'patternProperties entry'),
  ...presenceFamilies('property-names', 'propertyNames'),
  ...presenceFamilies('dependent-required', 'dependentRequired entry', true),
  ...presenceFamilies('dependent-schema', 'dependentSchemas entry'),
  ...presenceFamilies('unevaluated-properties', 'unevaluatedProperties'),
  ...presenceFamilies('unevaluated-items', 'unevaluatedItems'),
  ...presenceFamilies('content-schema', 'contentSchema'),
  ...presenceFamilies('if', 'if', true),
  ...presenceFamilies('then', 'then'),
  ...presenceFamilies('else', 'else'),
  ...presenceFamilies('not', 'not', true),
  ...presenceFamilies('additional-properties-schema', 'additionalProperties schema (unlisted members constrained)'),
  { suffix: 'content-media-type-changed', effect: 'incomparable', description: 'contentMediaType changed', appliesTo: allPrefixes, inOasdiff: [] },
  { suffix: 'content-encoding-changed', effect: 'incomparable', description: 'contentEncoding changed', appliesTo: allPrefixes, inOasdiff: [] },
  { suffix: 'multiple-of-set', effect: 'narrows', description: 'multipleOf set', appliesTo: allPrefixes, inOasdiff: [] },
  { suffix: 'multiple-of-unset', effect: 'widens', description: 'multipleOf unset', appliesTo: allPrefixes, inOasdiff: [] },
  { suffix: 'multiple-of-narrowed', effect: 'narrows', description: 'multipleOf changed to a multiple of the old one', appliesTo: allPrefixes, inOasdiff: [] },
  { suffix: 'multiple-of-widened', effect: 'widens', description: 'multipleOf changed to a divisor of the old one', appliesTo: allPrefixes, inOasdiff: [] },
  { suffix: 'multiple-of-changed', effect: 'incomparable', description: 'multipleOf changed to a value neither a multiple nor a divisor of the old one', appliesTo: allPrefixes, inOasdiff: [] },
  { suffix: 'unique-items-set', effect: 'narrows', description: 'uniqueItems set', appliesTo: allPrefixes, inOasdiff: [] },
  { suffix: 'unique-items-unset', effect: 'widens', description: 'uniqueItems unset', appliesTo: allPrefixes, inOasdiff: [] },
  { suffix: 'x-extensible-enum-value-removed', effect: 'narrows', description: 'x-extensible-enum value removed', appliesTo: allPrefixes, inOasdiff: [] },
  // clients must accept values an extensible enum does not list yet: adding one breaks nobody
  { suffix: 'x-extensible-enum-value-added', effect: 'none', description: 'x-extensible-enum value added', appliesTo: allPrefixes, inOasdiff: [] },
  { suffix: 'all-of-added-annotation-only', effect: 'none', description: 'sub-schema with annotations only (no constraint) added to allOf', appliesTo: allPrefixes, inOasdiff: [] },
  { suffix: 'all-of-removed-annotation-only', effect: 'none', description: 'sub-schema with annotations only (no constraint) removed from allOf', appliesTo: allPrefixes, inOasdiff: [] },
  ...boundKeywords.flatMap(([keyword, name, kind]) => boundFamilies(keyword, name, kind)),
  // type and format (oasdiff reports a narrowed request type as type-changed, hence no request specialized)
  { suffix: 'type-changed', effect: 'incomparable', description: 'type or format changed', appliesTo: allPrefixes, inOasdiff: allPrefixes },
  { suffix: 'type-generalized', effect: 'widens', description: 'type or format generalized', appliesTo: allPrefixes, inOasdiff: allPrefixes },
  { suffix: 'type-specialized', effect: 'narrows', description: 'type or format specialized', appliesTo: responsePrefixes, inOasdiff: responsePrefixes },
  // nullability
  { suffix: 'became-nullable', effect: 'widens', description: 'null became an accepted value', appliesTo: allPrefixes, inOasdiff: allPrefixes },
  { suffix: 'became-not-nullable', effect: 'narrows', description: 'null is no longer an accepted value', appliesTo: allPrefixes, inOasdiff: allPrefixes },
  // enum
  {
    suffix: 'enum-value-added',
    effect: 'widens',
    description: 'enum value added',
    appliesTo: allPrefixes,
    inOasdiff: ['request-parameter', 'request-body', 'request-property', 'response-property'],
  },
  {
    suffix: 'enum-value-removed',
    effect: 'narrows',
    description: 'enum value removed',
    appliesTo: allPrefixes,
    inOasdiff: ['request-parameter', 'request-body', 'request-property', 'response-property'],
  },
  {
    suffix: 'became-enum',
    effect: 'narrows',
    description: 'restricted to an enum',
    appliesTo: allPrefixes,
    inOasdiff: ['request-parameter', 'request-body', 'request-property'],
  },
  {
    suffix: 'became-not-enum',
    effect: 'widens',
    description: 'no longer restricted to an enum',
    appliesTo: allPrefixes,
    inOasdiff: ['request-parameter', 'request-body'],
  },
  // pattern: how tightened and relaxed are told apart is pattern-change.ts's job
  { suffix: 'pattern-added', effect: 'narrows', description: 'pattern set', appliesTo: allPrefixes, inOasdiff: ['request-parameter', 'request-property', 'response-property'] },
  { suffix: 'pattern-removed', effect: 'widens', description: 'pattern unset', appliesTo: allPrefixes, inOasdiff: ['request-parameter', 'request-property', 'response-property'] },
  {
    suffix: 'pattern-changed',
    effect: 'unknown',
    description: 'pattern changed, and whether it now admits more or fewer values could not be told',
    appliesTo: allPrefixes,
    inOasdiff: ['request-parameter', 'request-property', 'response-property'],
  },
  {
    suffix: 'pattern-generalized',
    effect: 'widens',
    description: 'pattern relaxed: every sample the old pattern accepts is still accepted',
    appliesTo: allPrefixes,
    inOasdiff: ['request-parameter', 'request-property'],
    // oasdiff rates any changed response pattern WARN; a relaxed one only breaks consumers that re-check responses against the old pattern.
    responseLevel: 'WARN',
  },
  {
    suffix: 'pattern-tightened',
    effect: 'narrows',
    description: 'pattern tightened: a value the old pattern accepts (the witness) is refused',
    appliesTo: allPrefixes,
    inOasdiff: [],
  },
  // default values inform; they do not change what is accepted
  { suffix: 'default-value-added', effect: 'none', description: 'default value set', appliesTo: allPrefixes, inOasdiff: ['request-parameter', 'request-body', 'request-property', 'response-body', 'response-property'] },
  { suffix: 'default-value-removed', effect: 'none', description: 'default value unset', appliesTo: allPrefixes, inOasdiff: ['request-parameter', 'request-body', 'request-property', 'response-body', 'response-property'] },
  { suffix: 'default-value-changed', effect: 'none', description: 'default value changed', appliesTo: allPrefixes, inOasdiff: ['request-parameter', 'request-body', 'request-property', 'response-body', 'response-property'] },
  // additionalProperties (oasdiff has no rule for it)
  {
    suffix: 'additional-properties-allowed',
    effect: 'widens',
    description: 'unknown members are now accepted (additionalProperties no longer false)',
    appliesTo: allPrefixes,
    inOasdiff: [],
    // like adding optional response members (INFO in oasdiff), except for consumers that validate strictly
    responseLevel: 'WARN',
  },
  {
    suffix: 'additional-properties-disallowed',
    effect: 'narrows',
    description: 'unknown members are now refused (additionalProperties: false)',
    appliesTo: allPrefixes,
    inOasdiff: [],
  },
  // composition
  { suffix: 'one-of-added', effect: 'widens', description: 'sub-schema added to oneOf', appliesTo: allPrefixes, inOasdiff: bodyPrefixes },
  { suffix: 'one-of-removed', effect: 'narrows', description: 'sub-schema removed from oneOf', appliesTo: allPrefixes, inOasdiff: bodyPrefixes },
  { suffix: 'any-of-added', effect: 'widens', description: 'sub-schema added to anyOf', appliesTo: allPrefixes, inOasdiff: bodyPrefixes },
  { suffix: 'any-of-removed', effect: 'narrows', description: 'sub-schema removed from anyOf', appliesTo: allPrefixes, inOasdiff: bodyPrefixes },
  { suffix: 'all-of-added', effect: 'narrows', description: 'sub-schema added to allOf', appliesTo: allPrefixes, inOasdiff: bodyPrefixes },
  { suffix: 'all-of-removed', effect: 'widens', description: 'sub-schema removed from allOf', appliesTo: allPrefixes, inOasdiff: bodyPrefixes },
];

function schemaRules(): Rule[] {
  return schemaFamilies.flatMap((family) =>
    family.appliesTo.map((prefix): Rule => {
      const direction = directionOf(prefix);
      const level = direction === 'response' && family.responseLevel ? family.responseLevel : levelOf(direction, family.effect);
      return {
        id: `${prefix}-${family.suffix}`,
        level,
        direction,
        description: `${prefix.replace(/-/g, ' ')} ${family.description}`,
        source: family.inOasdiff.includes(prefix) ? 'oasdiff' : 'lambda-rmc',
      };
    }),
  );
}

type Row = [id: RuleId, level: Level, direction: Direction, source: Rule['source'], description: string];

const structuralRows: Row[] = [
  // paths and operations
  ['endpoint-added', 'INFO', 'none', 'oasdiff', 'endpoint added'],
  ['api-removed-without-deprecation', 'ERR', 'none', 'oasdiff', 'endpoint deleted without deprecation'],
  ['api-removed-with-deprecation', 'INFO', 'none', 'oasdiff', 'endpoint deleted after deprecation'],
  ['api-path-removed-without-deprecation', 'ERR', 'none', 'oasdiff', 'path and endpoint deleted without deprecation'],
  ['api-path-removed-with-deprecation', 'INFO', 'none', 'oasdiff', 'path and endpoint deleted after deprecation'],
  ['endpoint-deprecated', 'INFO', 'none', 'oasdiff', 'endpoint deprecated'],
  ['endpoint-reactivated', 'INFO', 'none', 'oasdiff', 'endpoint reactivated (deprecation set to false)'],
  ['api-operation-id-added', 'INFO', 'none', 'oasdiff', 'operation ID added to an endpoint'],
  ['api-operation-id-removed', 'INFO', 'none', 'oasdiff', 'operation ID deleted from an endpoint (or replaced)'],
  ['api-removed-before-sunset', 'ERR', 'none', 'oasdiff', 'deprecated endpoint deleted before its x-sunset date'],
  ['api-path-removed-before-sunset', 'ERR', 'none', 'oasdiff', 'path of a deprecated endpoint deleted before its x-sunset date'],
  ['endpoint-deprecated-with-sunset', 'INFO', 'none', 'oasdiff', 'endpoint deprecated with an x-sunset date'],
  ['api-stability-decreased', 'ERR', 'none', 'oasdiff', 'x-stability-level lowered (stable > beta > alpha > draft)'],
  ['api-stability-increased', 'INFO', 'none', 'oasdiff', 'x-stability-level raised'],
  ['webhook-added', 'INFO', 'none', 'oasdiff', 'webhook added'],
  ['webhook-removed', 'ERR', 'none', 'oasdiff', 'webhook removed: consumers that subscribed stop receiving it'],
  ['api-callback-added', 'INFO', 'none', 'lambda-rmc', 'callback added to an endpoint'],
  ['api-callback-removed', 'ERR', 'none', 'lambda-rmc', 'callback removed from an endpoint: consumers that serve it stop being called'],
  ['unsupported-keyword', 'WARN', 'none', 'lambda-rmc', 'a keyword or construct the gate does not compare changed: check it by hand'],
  // security
  ['api-security-became-required', 'ERR', 'none', 'lambda-rmc', 'endpoint that admitted anonymous requests now requires security'],
  ['api-security-removed', 'ERR', 'none', 'oasdiff', 'security requirements deleted from endpoint'],
  ['api-security-added', 'INFO', 'none', 'oasdiff', 'security requirements added to endpoint (an alternative)'],
  ['api-security-scope-added', 'ERR', 'none', 'oasdiff', "scope added to an endpoint's security scheme"],
  ['api-security-scope-removed', 'INFO', 'none', 'oasdiff', "scope deleted from an endpoint's security scheme"],
  // parameters
  ['new-required-request-parameter', 'ERR', 'request', 'oasdiff', 'required request parameter added to endpoint'],
  ['new-optional-request-parameter', 'INFO', 'request', 'oasdiff', 'optional request parameter added to endpoint'],
  ['request-parameter-removed', 'WARN', 'request', 'oasdiff', 'request parameter deleted'],
  ['request-parameter-location-changed', 'ERR', 'request', 'lambda-rmc', 'request parameter moved (e.g. from query to header): clients still send it where it was'],
  ['request-parameter-became-required', 'ERR', 'request', 'oasdiff', 'request parameter became required'],
  ['request-parameter-became-optional', 'INFO', 'request', 'oasdiff', 'request parameter became optional'],
  // request body
  ['request-body-added-required', 'ERR', 'request', 'oasdiff', 'required request body added'],
  ['request-body-added-optional', 'INFO', 'request', 'oasdiff', 'optional request body added'],
  ['request-body-removed', 'ERR', 'request', 'oasdiff', 'request body removed'],
  ['request-body-became-required', 'ERR', 'request', 'oasdiff', 'request body became required'],
  ['request-body-became-optional', 'INFO', 'request', 'oasdiff', 'request body became optional'],
  ['request-body-media-type-added', 'INFO', 'request', 'oasdiff', 'request body media-type added'],
  ['request-body-media-type-removed', 'ERR', 'request', 'oasdiff', 'request body media-type deleted'],
  // request properties
  ['new-required-request-property', 'ERR', 'request', 'oasdiff', 'required property added to request'],
  ['new-optional-request-property', 'INFO', 'request', 'oasdiff', 'optional property added to request'],
  ['request-property-removed', 'WARN', 'request', 'oasdiff', 'request property removed (a schema that ignores unknown members still accepts it)'],
  [
    'request-property-removed-from-closed-schema',
    'ERR',
    'request',
    'lambda-rmc',
    'request property removed from a schema with additionalProperties: false, which now refuses it',
  ],
  ['request-property-became-required', 'ERR', 'request', 'oasdiff', 'request property became required'],
  ['request-property-became-optional', 'INFO', 'request', 'oasdiff', 'request property became optional'],
  ['request-optional-property-became-read-only', 'INFO', 'request', 'oasdiff', 'optional request property became readOnly (clients need not send it)'],
  ['request-required-property-became-read-only', 'INFO', 'request', 'oasdiff', 'required request property became readOnly (clients need not send it)'],
  ['request-optional-property-became-not-read-only', 'INFO', 'request', 'oasdiff', 'optional request property is no longer readOnly'],
  ['request-required-property-became-not-read-only', 'ERR', 'request', 'oasdiff', 'readOnly request property became writable and is required: clients must now send it'],
  ['response-optional-property-became-write-only', 'INFO', 'response', 'oasdiff', 'optional response property became writeOnly (no longer returned)'],
  ['response-required-property-became-write-only', 'ERR', 'response', 'oasdiff', 'required response property became writeOnly: clients that read it get nothing'],
  ['response-optional-property-became-not-write-only', 'INFO', 'response', 'oasdiff', 'optional response property is no longer writeOnly'],
  ['response-required-property-became-not-write-only', 'INFO', 'response', 'oasdiff', 'required response property is no longer writeOnly (now returned)'],
  ['request-body-media-type-schema-added', 'ERR', 'request', 'oasdiff', 'schema added to a request media type that had none (it accepted anything)'],
  ['request-body-media-type-schema-removed', 'INFO', 'request', 'oasdiff', 'schema removed from a request media type (it accepts anything)'],
  ['response-body-media-type-schema-added', 'INFO', 'response', 'oasdiff', 'schema added to a response media type that had none'],
  ['response-body-media-type-schema-removed', 'WARN', 'response', 'oasdiff', 'schema removed from a response media type: what it returns is no longer described'],
  // responses
  ['response-success-status-added', 'INFO', 'response', 'oasdiff', 'response success status added'],
  ['response-success-status-removed', 'ERR', 'response', 'oasdiff', 'response success status removed'],
  ['response-non-success-status-added', 'INFO', 'response', 'oasdiff', 'response non-success status added'],
  ['response-non-success-status-removed', 'INFO', 'response', 'oasdiff', 'response non-success status removed'],
  ['response-media-type-added', 'INFO', 'response', 'oasdiff', 'response media type added'],
  ['response-media-type-removed', 'ERR', 'response', 'oasdiff', 'response media type removed'],
  // response properties
  ['response-required-property-added', 'INFO', 'response', 'oasdiff', 'response required property added'],
  ['response-optional-property-added', 'INFO', 'response', 'oasdiff', 'response optional property added'],
  ['response-required-property-removed', 'ERR', 'response', 'oasdiff', 'response required property removed'],
  ['response-optional-property-removed', 'INFO', 'response', 'oasdiff', 'response optional property removed'],
  ['response-property-became-optional', 'ERR', 'response', 'oasdiff', 'response property became optional'],
  ['response-property-became-required', 'INFO', 'response', 'oasdiff', 'response property became required'],
  // response headers
  ['response-header-added', 'INFO', 'response', 'oasdiff', 'response header added'],
  ['required-response-header-removed', 'ERR', 'response', 'oasdiff', 'required response header removed'],
  ['optional-response-header-removed', 'INFO', 'response', 'oasdiff', 'optional response header deleted'],
  ['response-header-became-optional', 'ERR', 'response', 'oasdiff', 'response header became optional'],
  ['response-header-became-required', 'INFO', 'response', 'lambda-rmc', 'response header became required'],
];

export const rules: readonly Rule[] = [
  ...structuralRows.map(([id, level, direction, source, description]): Rule => ({ id, level, direction, source, description })),
  ...schemaRules(),
];

const rulesById = new Map(rules.map((rule) => [rule.id, rule]));

/** The rule for `id`; an unknown id is a programming error in a comparer, not bad input. */
export function ruleFor(id: RuleId): Rule {
  const rule = rulesById.get(id);
  if (!rule) throw new Error(`no rule '${id}' in the rule table`);
  return rule;
}

export function schemaRuleId(prefix: SchemaPrefix, suffix: string): RuleId {
  return ruleFor(`${prefix}-${suffix}`).id;
}
