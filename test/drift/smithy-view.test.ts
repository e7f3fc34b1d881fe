// Reading the Smithy JSON AST: anchors, enum forms, member traits over target traits, service-wide errors.
import { describe, expect, it } from 'vitest';
import { comparedOperations, modelView, parseModelBytes, publishedPattern, unanchoredPattern } from '../../src/drift/index.js';

describe('publishedPattern (Smithy → the form botocore and x-aws-pattern use)', () => {
  it.each([
    ['anchored', { given: '^[a-z]+$', want: '[a-z]+' }],
    ['ends with an escaped dollar', { given: '^\\$LATEST|[0-9]+\\$', want: '^\\$LATEST|[0-9]+\\$' }],
    ['ends with an escaped backslash, then the anchor', { given: '^a\\\\$', want: 'a\\\\' }],
    ['unanchored', { given: 'arn:.+', want: 'arn:.+' }],
    ['anchored at the start only', { given: '^arn:.+', want: '^arn:.+' }],
  ])('%s', (_name, { given, want }) => expect(publishedPattern(given)).toBe(want));
});

describe('unanchoredPattern (the spec → the published form, where x-aws-pattern is absent)', () => {
  it.each([
    ['wrapped', { given: '^(?:[0-9]+)$', want: '[0-9]+' }],
    ['as written otherwise', { given: '^[0-9]+$', want: '^[0-9]+$' }],
  ])('%s', (_name, { given, want }) => expect(unanchoredPattern(given)).toBe(want));
});

const ns = 'com.amazonaws.lambda#';
function smithyModel(overrides: Record<string, unknown>) {
  const shapes: Record<string, unknown> = {
    [`${ns}Service`]: { type: 'service', traits: { 'aws.api#service': { sdkId: 'Lambda' } }, errors: [{ target: `${ns}ThrottledEverywhere` }] },
    [`${ns}GetRuntimeManagementConfig`]: {
      type: 'operation',
      input: { target: `${ns}Input` },
      output: { target: 'smithy.api#Unit' },
      errors: [],
      traits: { 'smithy.api#http': { method: 'GET', uri: '/x/{FunctionName}' } },
    },
    [`${ns}Input`]: {
      type: 'structure',
      members: {
        FunctionName: { target: `${ns}Name`, traits: { 'smithy.api#httpLabel': {}, 'smithy.api#required': {}, 'smithy.api#length': { max: 64 } } },
        Mode: { target: `${ns}Mode`, traits: { 'smithy.api#jsonName': 'mode' } },
        Legacy: { target: `${ns}Legacy` },
        Count: { target: 'smithy.api#Integer', traits: { 'smithy.api#range': { min: 1, max: 10 } } },
      },
    },
    [`${ns}Name`]: { type: 'string', traits: { 'smithy.api#length': { min: 1, max: 256 }, 'smithy.api#pattern': '^[a-z]+$' } },
    [`${ns}Mode`]: { type: 'intEnum', members: { ONE: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 1 } } } },
    [`${ns}Legacy`]: { type: 'string', traits: { 'smithy.api#enum': [{ value: 'a', name: 'A' }, { value: 'b' }] } },
    [`${ns}ThrottledEverywhere`]: { type: 'structure', members: {}, traits: { 'smithy.api#error': 'server' } },
    ...overrides,
  };
  return parseModelBytes(Buffer.from(JSON.stringify({ smithy: '2.0', shapes })), 'lambda.json');
}

describe('smithyView', () => {
  const operation = modelView(smithyModel({}), comparedOperations).operations.get('GetRuntimeManagementConfig')!;
  const member = (name: string) => operation.input.find((candidate) => candidate.name === name)!;

  it('reads the HTTP binding, with 200 as the default code', () => {
    expect([operation.method.value, operation.uri.value, operation.successStatus.value]).toEqual(['GET', '/x/{FunctionName}', 200]);
    expect(operation.output).toEqual([]);
  });

  it("a member's own trait replaces its target's trait of the same name, and says where it is written", () => {
    const name = member('FunctionName');
    expect([name.location, name.required.value, name.shape.min, name.shape.max?.value, name.shape.pattern?.value]).toEqual([
      'path',
      true,
      undefined,
      64,
      '[a-z]+',
    ]);
    expect(name.shape.max?.at).toBe(`/shapes/${ns}Input/members/FunctionName/traits/smithy.api#length/max`);
    expect(name.shape.pattern?.at).toBe(`/shapes/${ns}Name/traits/smithy.api#pattern`);
  });

  it('reads jsonName, intEnum values, the Smithy 1 enum trait and prelude shapes with ranges', () => {
    expect([member('Mode').wireName, member('Mode').shape.type.value, member('Mode').shape.enum?.value]).toEqual(['mode', 'integer', ['1']]);
    expect(member('Legacy').shape.enum?.value).toEqual(['a', 'b']);
    expect([member('Count').shape.type.value, member('Count').shape.min?.value, member('Count').shape.max?.value]).toEqual(['integer', 1, 10]);
  });

  it("adds the service's errors to each operation; a server error without httpError is a 500", () => {
    expect(operation.errors.map((error) => [error.name, error.status.value])).toEqual([['ThrottledEverywhere', 500]]);
  });
});
