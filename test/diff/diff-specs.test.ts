// One fixture pair per rule: the real spec as base, the same spec with one edit as head (and, where a
// rule needs a particular starting point, an edited base). `want` lists every change expected, once
// per operation it affects: a component used by Put and Get reports twice.
import { describe, expect, it } from 'vitest';
import { diffSpecs, ruleFor, ruleId, type Level } from '../../src/diff/index.js';
import { parseSpecText } from '../../src/spec/index.js';
import { stringify } from 'yaml';
import { currentSpec, mutated, operationPath as P, withKeysReversed, type Mutation } from './spec-mutation.js';

type Want = Array<[id: string, level: Level]>;
interface Case {
  given: { base?: Mutation; head: Mutation };
  want: Want;
}

const times = (count: number, id: string, level: Level): Want => Array.from({ length: count }, () => [id, level]);

function classify(given: Case['given']): Want {
  const report = diffSpecs(mutated(given.base), mutated(given.head));
  // A change lists every operation it reaches; it counts once per operation here (see 'report once' below).
  return report.changes.flatMap((change) => (change.operations ?? [undefined]).map((): [string, Level] => [change.id, change.level])).sort();
}

const cases: Array<[string, Case]> = [
  // paths and operations
  ['path removed', { given: { head: (s) => delete s.paths[P] }, want: times(2, 'api-path-removed-without-deprecation', 'ERR') }],
  ['operation removed', { given: { head: (s) => delete s.paths[P].get }, want: [['api-removed-without-deprecation', 'ERR']] }],
  [
    'deprecated operation removed',
    { given: { base: (s) => (s.paths[P].get.deprecated = true), head: (s) => delete s.paths[P].get }, want: [['api-removed-with-deprecation', 'INFO']] },
  ],
  [
    'endpoint added',
    {
      given: { head: (s) => (s.paths['/2021-07-20/functions/{FunctionName}/other'] = { get: { operationId: 'Other', responses: { '200': { description: 'ok' } } } }) },
      want: [['endpoint-added', 'INFO']],
    },
  ],
  ['operation deprecated', { given: { head: (s) => (s.paths[P].put.deprecated = true) }, want: [['endpoint-deprecated', 'INFO']] }],
  ['operationId changed', { given: { head: (s) => (s.paths[P].put.operationId = 'SetRuntimeManagementConfig') }, want: [['api-operation-id-removed', 'INFO']] }],

  // security
  [
    'authentication required where anonymous requests were admitted',
    {
      given: {
        head: (s) => {
          s.components.securitySchemes = { sigv4: { type: 'apiKey', name: 'Authorization', in: 'header' } };
          s.security = [{ sigv4: [] }];
        },
      },
      want: times(2, 'api-security-became-required', 'ERR'),
    },
  ],
  [
    'a security alternative added',
    {
      given: {
        base: (s) => (s.security = [{ sigv4: [] }]),
        head: (s) => (s.security = [{ sigv4: [] }, { oauth: ['lambda'] }]),
      },
      want: times(2, 'api-security-added', 'INFO'),
    },
  ],
  [
    'a security alternative removed',
    { given: { base: (s) => (s.paths[P].put.security = [{ sigv4: [] }, { oauth: [] }]), head: (s) => (s.paths[P].put.security = [{ sigv4: [] }]) }, want: [['api-security-alternative-removed', 'ERR']] },
  ],
  [
    'a scope added to a security requirement',
    { given: { base: (s) => (s.paths[P].put.security = [{ oauth: ['read'] }]), head: (s) => (s.paths[P].put.security = [{ oauth: ['read', 'write'] }]) }, want: [['api-security-scope-added', 'ERR']] },
  ],

  // parameters
  [
    'required query parameter added',
    { given: { head: (s) => (s.paths[P].put.parameters = [{ name: 'Mode', in: 'query', required: true, schema: { type: 'string' } }]) }, want: [['new-required-request-parameter', 'ERR']] },
  ],
  [
    'optional header parameter added',
    { given: { head: (s) => (s.paths[P].put.parameters = [{ name: 'X-Trace', in: 'header', schema: { type: 'string' } }]) }, want: [['new-optional-request-parameter', 'INFO']] },
  ],
  ['parameter removed', { given: { head: (s) => s.paths[P].parameters.pop() }, want: times(2, 'request-parameter-removed', 'WARN') }],
  ['parameter moved from query to header', { given: { head: (s) => (s.components.parameters.Qualifier.in = 'header') }, want: times(2, 'request-parameter-location-changed', 'ERR') }],
  ['parameter became required', { given: { head: (s) => (s.components.parameters.Qualifier.required = true) }, want: times(2, 'request-parameter-became-required', 'ERR') }],
  [
    'parameter became optional',
    { given: { base: (s) => (s.components.parameters.Qualifier.required = true), head: () => {} }, want: times(2, 'request-parameter-became-optional', 'INFO') },
  ],
  ['maxLength decreased', { given: { head: (s) => (s.components.schemas.NamespacedFunctionName.maxLength = 128) }, want: times(2, 'request-parameter-max-length-decreased', 'ERR') }],
  ['maxLength increased', { given: { head: (s) => (s.components.schemas.NamespacedFunctionName.maxLength = 300) }, want: times(2, 'request-parameter-max-length-increased', 'INFO') }],
  [
    'minLength increased',
    { given: { head: (s) => (s.components.schemas.NumericLatestPublishedOrAliasQualifier.minLength = 2) }, want: times(2, 'request-parameter-min-length-increased', 'ERR') },
  ],
  [
    'maxLength unset',
    { given: { head: (s) => delete s.components.schemas.NumericLatestPublishedOrAliasQualifier.maxLength }, want: times(2, 'request-parameter-max-length-unset', 'INFO') },
  ],
  [
    'maxLength set',
    {
      given: { base: (s) => delete s.components.schemas.NumericLatestPublishedOrAliasQualifier.maxLength, head: () => {} },
      want: times(2, 'request-parameter-max-length-set', 'ERR'),
    },
  ],
  [
    'pattern tightened (a character class narrowed)',
    {
      given: { head: (s) => (s.components.schemas.NumericLatestPublishedOrAliasQualifier.pattern = '^(?:\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9]+)$') },
      want: times(2, 'request-parameter-pattern-tightened', 'ERR'),
    },
  ],
  [
    'pattern relaxed (a character class widened)',
    {
      given: { head: (s) => (s.components.schemas.NumericLatestPublishedOrAliasQualifier.pattern = '^(?:\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$.]+)$') },
      want: times(2, 'request-parameter-pattern-generalized', 'INFO'),
    },
  ],
  [
    'pattern tightened (the 64-character name limit lowered)',
    {
      given: { head: (s) => (s.components.schemas.NamespacedFunctionName.pattern = s.components.schemas.NamespacedFunctionName.pattern.replace('{1,64}', '{1,32}')) },
      want: times(2, 'request-parameter-pattern-tightened', 'ERR'),
    },
  ],
  ['pattern removed', { given: { head: (s) => delete s.components.schemas.NumericLatestPublishedOrAliasQualifier.pattern }, want: times(2, 'request-parameter-pattern-removed', 'INFO') }],
  [
    'pattern added',
    { given: { base: (s) => delete s.components.schemas.NumericLatestPublishedOrAliasQualifier.pattern, head: () => {} }, want: times(2, 'request-parameter-pattern-added', 'ERR') },
  ],
  [
    'pattern changed from one no samples can be generated from (lookbehind)',
    {
      given: { base: (s) => (s.components.schemas.NumericLatestPublishedOrAliasQualifier.pattern = '^(?:(?<![0-9])[a-z]+)$'), head: () => {} },
      want: times(2, 'request-parameter-pattern-changed', 'WARN'),
    },
  ],
  [
    'parameter restricted to an enum',
    { given: { head: (s) => (s.components.schemas.NumericLatestPublishedOrAliasQualifier.enum = ['$LATEST', '1']) }, want: times(2, 'request-parameter-became-enum', 'ERR') },
  ],
  [
    'parameter default added',
    { given: { head: (s) => (s.components.schemas.NumericLatestPublishedOrAliasQualifier.default = '$LATEST') }, want: times(2, 'request-parameter-default-value-added', 'INFO') },
  ],
  ['parameter format set', { given: { head: (s) => (s.components.schemas.NamespacedFunctionName.format = 'uri-reference') }, want: times(2, 'request-parameter-type-changed', 'ERR') }],

  // request body (UpdateRuntimeOn is read by Put's request and both 200 responses)
  [
    'enum value removed',
    {
      given: { head: (s) => (s.components.schemas.UpdateRuntimeOn.enum = ['Auto', 'Manual']) },
      want: [['request-property-enum-value-removed', 'ERR'], ...times(2, 'response-property-enum-value-removed', 'INFO')],
    },
  ],
  [
    'enum value added',
    {
      given: { head: (s) => s.components.schemas.UpdateRuntimeOn.enum.push('Scheduled') },
      want: [['request-property-enum-value-added', 'INFO'], ...times(2, 'response-property-enum-value-added', 'ERR')],
    },
  ],
  [
    'required request property added',
    {
      given: {
        head: (s) => {
          s.components.schemas.PutRuntimeManagementConfigRequest.properties.Reason = { type: 'string' };
          s.components.schemas.PutRuntimeManagementConfigRequest.required.push('Reason');
        },
      },
      want: [['new-required-request-property', 'ERR']],
    },
  ],
  [
    'optional request property added',
    { given: { head: (s) => (s.components.schemas.PutRuntimeManagementConfigRequest.properties.Reason = { type: 'string' }) }, want: [['new-optional-request-property', 'INFO']] },
  ],
  [
    'request property removed from a schema that ignores unknown members',
    { given: { head: (s) => delete s.components.schemas.PutRuntimeManagementConfigRequest.properties.RuntimeVersionArn }, want: [['request-property-removed', 'WARN']] },
  ],
  [
    'request property removed from a schema that refuses unknown members',
    {
      given: {
        base: (s) => (s.components.schemas.PutRuntimeManagementConfigRequest.additionalProperties = false),
        head: (s) => {
          s.components.schemas.PutRuntimeManagementConfigRequest.additionalProperties = false;
          delete s.components.schemas.PutRuntimeManagementConfigRequest.properties.RuntimeVersionArn;
        },
      },
      want: [['request-property-removed-from-closed-schema', 'ERR']],
    },
  ],
  [
    'request property became required',
    { given: { head: (s) => s.components.schemas.PutRuntimeManagementConfigRequest.required.push('RuntimeVersionArn') }, want: [['request-property-became-required', 'ERR']] },
  ],
  [
    'request property became optional',
    { given: { head: (s) => (s.components.schemas.PutRuntimeManagementConfigRequest.required = []) }, want: [['request-property-became-optional', 'INFO']] },
  ],
  [
    'request body refuses unknown members',
    { given: { head: (s) => (s.components.schemas.PutRuntimeManagementConfigRequest.additionalProperties = false) }, want: [['request-body-additional-properties-disallowed', 'ERR']] },
  ],
  [
    'request property became nullable',
    {
      given: {
        head: (s) =>
          (s.components.schemas.PutRuntimeManagementConfigRequest.properties.RuntimeVersionArn = {
            oneOf: [{ $ref: '#/components/schemas/RuntimeVersionArn' }, { type: 'null' }],
          }),
      },
      want: [['request-property-became-nullable', 'INFO']],
    },
  ],
  [
    'request property type changed',
    { given: { head: (s) => (s.components.schemas.PutRuntimeManagementConfigRequest.properties.UpdateRuntimeOn = { type: 'integer' }) }, want: [['request-property-type-changed', 'ERR']] },
  ],
  [
    'array items compared',
    {
      given: {
        base: (s) => (s.components.schemas.PutRuntimeManagementConfigRequest.properties.Tags = { type: 'array', items: { type: 'string', maxLength: 10 } }),
        head: (s) => (s.components.schemas.PutRuntimeManagementConfigRequest.properties.Tags = { type: 'array', items: { type: 'string', maxLength: 5 } }),
      },
      want: [['request-property-max-length-decreased', 'ERR']],
    },
  ],
  [
    'request media type replaced',
    {
      given: {
        head: (s) => {
          const content = s.paths[P].put.requestBody.content;
          content['application/x-amz-json-1.1'] = content['application/json'];
          delete content['application/json'];
        },
      },
      want: [
        ['request-body-media-type-added', 'INFO'],
        ['request-body-media-type-removed', 'ERR'],
      ],
    },
  ],
  ['request body became optional', { given: { head: (s) => (s.paths[P].put.requestBody.required = false) }, want: [['request-body-became-optional', 'INFO']] }],
  ['request body removed', { given: { head: (s) => delete s.paths[P].put.requestBody }, want: [['request-body-removed', 'ERR']] }],
  ['required request body added', { given: { base: (s) => delete s.paths[P].put.requestBody, head: () => {} }, want: [['request-body-added-required', 'ERR']] }],
  [
    'a shared schema loosened: harmless in the request, breaking in the responses',
    {
      given: { head: (s) => (s.components.schemas.RuntimeVersionArn.minLength = 20) },
      want: [['request-property-min-length-decreased', 'INFO'], ...times(2, 'response-property-min-length-decreased', 'ERR')],
    },
  ],

  // responses
  ['success status removed', { given: { head: (s) => delete s.paths[P].put.responses['200'] }, want: [['response-success-status-removed', 'ERR']] }],
  ['success status added', { given: { head: (s) => (s.paths[P].put.responses['202'] = { description: 'Accepted.' }) }, want: [['response-success-status-added', 'INFO']] }],
  ['error status removed', { given: { head: (s) => delete s.paths[P].put.responses['409'] }, want: [['response-non-success-status-removed', 'INFO']] }],
  [
    'error status added',
    { given: { head: (s) => (s.paths[P].get.responses['409'] = { $ref: '#/components/responses/ResourceConflict' }) }, want: [['response-non-success-status-added', 'INFO']] },
  ],
  [
    'response media type replaced',
    {
      given: {
        head: (s) => {
          const content = s.components.responses.ResourceNotFound.content;
          content['application/problem+json'] = content['application/json'];
          delete content['application/json'];
        },
      },
      want: [...times(2, 'response-media-type-added', 'INFO'), ...times(2, 'response-media-type-removed', 'ERR')],
    },
  ],
  [
    'required response property removed',
    {
      given: {
        head: (s) => {
          delete s.components.schemas.PutRuntimeManagementConfigResponse.properties.FunctionArn;
          s.components.schemas.PutRuntimeManagementConfigResponse.required = ['UpdateRuntimeOn'];
        },
      },
      want: [['response-required-property-removed', 'ERR']],
    },
  ],
  [
    'optional response property removed',
    { given: { head: (s) => delete s.components.schemas.GetRuntimeManagementConfigResponse.properties.RuntimeVersionArn }, want: [['response-optional-property-removed', 'INFO']] },
  ],
  [
    'response property became optional',
    { given: { head: (s) => (s.components.schemas.PutRuntimeManagementConfigResponse.required = ['UpdateRuntimeOn']) }, want: [['response-property-became-optional', 'ERR']] },
  ],
  [
    'response property became required',
    { given: { head: (s) => (s.components.schemas.GetRuntimeManagementConfigResponse.required = ['UpdateRuntimeOn']) }, want: [['response-property-became-required', 'INFO']] },
  ],
  [
    'optional response property added',
    { given: { head: (s) => (s.components.schemas.GetRuntimeManagementConfigResponse.properties.Tags = { type: 'string' }) }, want: [['response-optional-property-added', 'INFO']] },
  ],
  [
    'response admits unknown members',
    { given: { head: (s) => delete s.components.schemas.PutRuntimeManagementConfigResponse.additionalProperties }, want: [['response-body-additional-properties-allowed', 'WARN']] },
  ],
  [
    'response property no longer nullable',
    {
      given: { head: (s) => (s.components.schemas.PutRuntimeManagementConfigResponse.properties.RuntimeVersionArn = { $ref: '#/components/schemas/RuntimeVersionArn' }) },
      want: [['response-property-became-not-nullable', 'INFO']],
    },
  ],
  [
    'error body member renamed (Message to message)',
    {
      given: {
        head: (s) => {
          const error = s.components.schemas.ResourceNotFoundException;
          error.properties.message = error.properties.Message;
          delete error.properties.Message;
          error.required = ['Type', 'message'];
        },
      },
      want: [...times(2, 'response-required-property-added', 'INFO'), ...times(2, 'response-required-property-removed', 'ERR')],
    },
  ],
  [
    'error body member type changed',
    { given: { head: (s) => (s.components.schemas.ResourceNotFoundException.properties.Message.type = 'integer') }, want: times(2, 'response-property-type-changed', 'ERR') },
  ],
  ['error body sub-schema removed from oneOf', { given: { head: (s) => s.components.responses.BadRequest.content['application/json'].schema.oneOf.pop() }, want: times(2, 'response-body-one-of-removed', 'INFO') }],
  [
    'error body sub-schema added to oneOf',
    {
      given: { head: (s) => s.components.responses.BadRequest.content['application/json'].schema.oneOf.push({ $ref: '#/components/schemas/ResourceConflictException' }) },
      want: times(2, 'response-body-one-of-added', 'ERR'),
    },
  ],
  ['throttle reason added', { given: { head: (s) => s.components.schemas.ThrottleReason.enum.push('SomethingElse') }, want: times(2, 'response-property-enum-value-added', 'ERR') }],
  ['response maxLength increased', { given: { head: (s) => (s.components.schemas.FunctionArn.maxLength = 20000) }, want: [['response-property-max-length-increased', 'ERR']] }],
  [
    'response pattern relaxed',
    {
      given: { head: (s) => (s.components.schemas.FunctionArn.pattern = s.components.schemas.FunctionArn.pattern.replace(':function:[a-zA-Z0-9-_]+', ':function:[a-zA-Z0-9-_.]+')) },
      want: [['response-property-pattern-generalized', 'WARN']],
    },
  ],
  [
    'response pattern tightened',
    { given: { head: (s) => (s.components.schemas.FunctionArn.pattern = s.components.schemas.FunctionArn.pattern.replace('(eusc-)?', '')) }, want: [['response-property-pattern-tightened', 'INFO']] },
  ],

  // response headers
  ['required response header removed', { given: { head: (s) => delete s.components.responses.ResourceConflict.headers['x-amzn-ErrorType'] }, want: [['required-response-header-removed', 'ERR']] }],
  [
    'optional response header removed',
    {
      given: { base: (s) => (s.components.headers.RetryAfter.required = false), head: (s) => delete s.components.responses.TooManyRequests.headers['Retry-After'] },
      want: times(2, 'optional-response-header-removed', 'INFO'),
    },
  ],
  [
    'response header added',
    { given: { head: (s) => (s.paths[P].put.responses['200'].headers['x-amz-trace'] = { schema: { type: 'string' }, example: 'Root=1' }) }, want: [['response-header-added', 'INFO']] },
  ],
  ['response header became optional', { given: { head: (s) => (s.components.headers.ResourceConflictErrorType.required = false) }, want: [['response-header-became-optional', 'ERR']] }],
  ['x-amzn-ErrorType value added', { given: { head: (s) => s.components.headers.BadRequestErrorType.schema.enum.push('UnsupportedMediaTypeException') }, want: times(2, 'response-header-enum-value-added', 'ERR') }],
  ['x-amzn-ErrorType value removed', { given: { head: (s) => (s.components.headers.BadRequestErrorType.schema.enum = ['ValidationException']) }, want: times(2, 'response-header-enum-value-removed', 'INFO') }],
  ['response header pattern tightened', { given: { head: (s) => (s.components.headers.RetryAfter.schema.pattern = '^(?:[1-9][0-9]*)$') }, want: times(2, 'response-header-pattern-tightened', 'INFO') }],
];

const unchanged: Array<[string, Mutation]> = [
  ['an identical spec', () => {}],
  [
    'descriptions, summaries and examples edited',
    (s) => {
      s.info.description = 'Rewritten.';
      s.paths[P].put.summary = 'Another summary';
      s.components.schemas.UpdateRuntimeOn.description = 'Another description.';
      s.components.parameters.FunctionName.examples.FunctionName.value = 'other-function';
    },
  ],
  ['enum values and required members reordered', (s) => {
    s.components.schemas.UpdateRuntimeOn.enum.reverse();
    s.components.schemas.PutRuntimeManagementConfigResponse.required.reverse();
  }],
  ['a $ref replaced by the schema it points to', (s) => (s.components.parameters.Qualifier.schema = structuredClone(s.components.schemas.NumericLatestPublishedOrAliasQualifier))],
  [
    'a component renamed, with its references',
    (s) => {
      s.components.schemas.FunctionNameShape = s.components.schemas.NamespacedFunctionName;
      delete s.components.schemas.NamespacedFunctionName;
      s.components.parameters.FunctionName.schema.$ref = '#/components/schemas/FunctionNameShape';
    },
  ],
  [
    'a path parameter renamed in the template and its declaration',
    (s) => {
      s.paths['/2021-07-20/functions/{Name}/runtime-management-config'] = s.paths[P];
      delete s.paths[P];
      s.components.parameters.FunctionName.name = 'Name';
    },
  ],
  [
    'nullability spelled as a type list instead of oneOf',
    (s) => (s.components.schemas.PutRuntimeManagementConfigResponse.properties.RuntimeVersionArn = { ...s.components.schemas.RuntimeVersionArn, type: ['string', 'null'] }),
  ],
  [
    'the same alternatives listed under anyOf instead of oneOf',
    (s) => {
      const schema = s.components.responses.BadRequest.content['application/json'].schema;
      schema.anyOf = schema.oneOf;
      delete schema.oneOf;
    },
  ],
  ['a vacuous minLength: 0 removed', (s) => delete s.components.schemas.FunctionArn.minLength],
  ['an x- extension changed', (s) => (s.components.schemas.NamespacedFunctionName['x-aws-shape'] = 'Other')],
];

describe('diffSpecs: one fixture pair per rule', () => {
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(classify(given)).toEqual([...want].sort());
  });

  it.each(cases)('%s: the expected levels are the rule table’s', (_name, { want }) => {
    for (const [id, level] of want) expect(ruleFor(ruleId(id)).level).toBe(level);
  });
});

describe('diffSpecs: changes a consumer cannot notice', () => {
  it.each(unchanged)('%s yields no change', (_name, mutation) => {
    expect(diffSpecs(currentSpec(), mutated(mutation)).changes).toEqual([]);
  });

  it('reads the YAML and the JSON form of the spec as equal', () => {
    const json = parseSpecText(JSON.stringify(currentSpec(), null, 2), 'spec.json');
    const yaml = parseSpecText(stringify(currentSpec()), 'spec.yaml');
    expect(diffSpecs(yaml, json).changes).toEqual([]);
  });

  it('finds nothing when every key of the spec is reordered', () => {
    const reordered = withKeysReversed(currentSpec()) as ReturnType<typeof currentSpec>;
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(currentSpec())[0]);
    expect(diffSpecs(currentSpec(), reordered).changes).toEqual([]);
  });
});

describe('diffSpecs: report details', () => {
  it('names the component, the operations it reaches, the JSON pointers on both sides and the values, once', () => {
    const { changes } = diffSpecs(currentSpec(), mutated((s) => (s.components.schemas.NamespacedFunctionName.maxLength = 128)));
    expect(changes).toHaveLength(1);
    const [change] = changes;
    expect(change?.operations).toEqual([
      { method: 'GET', path: P },
      { method: 'PUT', path: P },
    ]);
    expect(change).toMatchObject({
      id: 'request-parameter-max-length-decreased',
      level: 'ERR',
      direction: 'request',
      operation: { method: 'GET', path: P },
      base: { pointer: '/components/schemas/NamespacedFunctionName/maxLength' },
      head: { pointer: '/components/schemas/NamespacedFunctionName/maxLength' },
      from: 256,
      to: 128,
    });
    expect(change?.message).toBe("schema 'NamespacedFunctionName': maxLength decreased from 256 to 128");
  });

  it('gives the witness of a tightened pattern: a value the old pattern accepted and the new one refuses', () => {
    const tightened = '^(?:\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9]+)$';
    const [change] = diffSpecs(currentSpec(), mutated((s) => (s.components.schemas.NumericLatestPublishedOrAliasQualifier.pattern = tightened))).changes;
    const witness = change?.witness ?? '';
    expect(new RegExp('^(?:\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$]+)$', 'u').test(witness)).toBe(true);
    expect(new RegExp(tightened, 'u').test(witness)).toBe(false);
  });

  it('names a $ref that cannot be followed', () => {
    const broken = mutated((s) => (s.components.parameters.FunctionName.schema.$ref = '#/components/schemas/Missing'));
    expect(() => diffSpecs(currentSpec(), broken)).toThrow("head spec: $ref '#/components/schemas/Missing' points to nothing");
  });
});

describe('diffSpecs: a change is reported once, where it is defined', () => {
  it('reports a shared schema once per side it reaches: the request once, the two responses together', () => {
    const { changes } = diffSpecs(currentSpec(), mutated((s) => (s.components.schemas.UpdateRuntimeOn.enum = ['Auto', 'Manual'])));
    expect(changes.map((change) => [change.id, change.operations?.map((operation) => operation.method)])).toEqual([
      ['request-property-enum-value-removed', ['PUT']],
      ['response-property-enum-value-removed', ['GET', 'PUT']],
    ]);
    expect(changes.every((change) => change.message.startsWith("schema 'UpdateRuntimeOn'"))).toBe(true);
  });

  it('compares a recursive schema node pair once and reports its change once', () => {
    const tree = (maxLength: number) => ({
      type: 'object',
      properties: { name: { type: 'string', maxLength }, children: { type: 'array', items: { $ref: '#/components/schemas/Tree' } } },
    });
    const withTree = (maxLength: number) =>
      mutated((s) => {
        s.components.schemas.Tree = tree(maxLength);
        s.components.schemas.PutRuntimeManagementConfigRequest.properties.Tree = { $ref: '#/components/schemas/Tree' };
      });
    const { changes } = diffSpecs(withTree(10), withTree(5));
    expect(changes.map((change) => [change.id, change.message])).toEqual([
      ['request-property-max-length-decreased', "schema 'Tree' property 'name': maxLength decreased from 10 to 5"],
    ]);
  });

  it('merges a path-level parameter change reached from two operations', () => {
    const { changes } = diffSpecs(currentSpec(), mutated((s) => (s.components.parameters.Qualifier.required = true)));
    expect(changes).toHaveLength(1);
    expect(changes[0]?.operations).toHaveLength(2);
  });
});
