// Writes a botocore model as the Smithy JSON AST AWS publishes for its SDKs (anchored patterns, enum
// shapes, member binding traits), so every model case can be run through both readers.
import type { LooseJson } from '../../support/loose-json.js';

type Json = LooseJson;

const namespace = 'com.amazonaws.lambda#';
const simpleTypes: Record<string, string> = {
  string: 'string',
  integer: 'integer',
  long: 'long',
  boolean: 'boolean',
  double: 'double',
  float: 'float',
  timestamp: 'timestamp',
  blob: 'blob',
};

function stringShape(shape: Json): Json {
  if (Array.isArray(shape['enum'])) {
    return {
      type: 'enum',
      members: Object.fromEntries(shape['enum'].map((value: string) => [value, { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': value } }])),
    };
  }
  const traits: Json = {};
  if (shape['min'] !== undefined || shape['max'] !== undefined) traits['smithy.api#length'] = { min: shape['min'], max: shape['max'] };
  if (shape['pattern'] !== undefined) traits['smithy.api#pattern'] = `^${shape['pattern']}$`;
  return { type: 'string', ...(Object.keys(traits).length > 0 ? { traits } : {}) };
}

function memberTraits(member: Json, required: boolean): Json {
  const traits: Json = {};
  if (member['location'] === 'uri') traits['smithy.api#httpLabel'] = {};
  if (member['location'] === 'querystring') traits['smithy.api#httpQuery'] = member['locationName'];
  if (member['location'] === 'header') traits['smithy.api#httpHeader'] = member['locationName'];
  if (member['location'] === undefined && member['locationName'] !== undefined) traits['smithy.api#jsonName'] = member['locationName'];
  if (required) traits['smithy.api#required'] = {};
  return traits;
}

function structureShape(shape: Json): Json {
  const required = new Set<string>(shape['required'] ?? []);
  const members = Object.fromEntries(
    Object.entries<Json>(shape['members'] ?? {}).map(([name, member]) => {
      const traits = memberTraits(member, required.has(name));
      return [name, { target: namespace + member['shape'], ...(Object.keys(traits).length > 0 ? { traits } : {}) }];
    }),
  );
  const traits: Json = {};
  if (shape['exception']) {
    traits['smithy.api#error'] = shape['fault'] ? 'server' : 'client';
    if (shape['error']?.['httpStatusCode'] !== undefined) traits['smithy.api#httpError'] = shape['error']['httpStatusCode'];
  }
  return { type: 'structure', members, ...(Object.keys(traits).length > 0 ? { traits } : {}) };
}

export function botocoreToSmithy(model: Json): Json {
  const shapes: Json = {};
  for (const [name, shape] of Object.entries<Json>(model['shapes'])) {
    if (shape['type'] === 'structure') shapes[namespace + name] = structureShape(shape);
    else if (shape['type'] === 'string') shapes[namespace + name] = stringShape(shape);
    else if (shape['type'] === 'list') shapes[namespace + name] = { type: 'list', member: { target: namespace + shape['member']['shape'] } };
    else shapes[namespace + name] = { type: simpleTypes[shape['type']] ?? shape['type'] };
  }
  for (const [name, operation] of Object.entries<Json>(model['operations'])) {
    shapes[namespace + name] = {
      type: 'operation',
      ...(operation['input'] ? { input: { target: namespace + operation['input']['shape'] } } : {}),
      ...(operation['output'] ? { output: { target: namespace + operation['output']['shape'] } } : {}),
      errors: (operation['errors'] ?? []).map((error: Json) => ({ target: namespace + error['shape'] })),
      traits: {
        'smithy.api#http': { method: operation['http']['method'], uri: operation['http']['requestUri'], code: operation['http']['responseCode'] ?? 200 },
      },
    };
  }
  shapes[`${namespace}AWSGirApiService`] = {
    type: 'service',
    version: model['metadata']['apiVersion'],
    operations: Object.keys(model['operations']).map((name) => ({ target: namespace + name })),
    traits: { 'aws.api#service': { sdkId: model['metadata']['serviceId'], endpointPrefix: model['metadata']['endpointPrefix'] } },
  };
  return { smithy: '2.0', shapes };
}
