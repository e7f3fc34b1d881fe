// Each way AWS could move, applied to a copy of the vendored excerpt: the drift check must report
// exactly that difference, with the model path and the spec location, read as botocore and as Smithy.
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkDrift, type Difference } from '../../src/drift/index.js';
import { specPath } from '../../src/spec/index.js';
import { botocoreToSmithy } from './support/botocore-to-smithy.js';
import { vendoredModel } from './support/run-drift.js';
import type { LooseJson } from '../support/loose-json.js';

type Json = LooseJson;
const vendored = readFileSync(vendoredModel, 'utf8');
const specText = readFileSync(specPath, 'utf8');

interface Want {
  kind: Difference['kind'];
  /** The botocore model path; the Smithy path is checked by kind and spec pointer. */
  model: string;
  spec: string;
  message?: RegExp;
}

function differencesOf(model: Json, smithy: boolean, spec = specText): Difference[] {
  const bytes = Buffer.from(JSON.stringify(smithy ? botocoreToSmithy(model) : model));
  return checkDrift({ modelFile: 'model.json', modelBytes: bytes, specFile: specPath, specText: spec }).differences;
}

const modelCases: Array<[string, { given: (model: Json) => void; want: Want[] }]> = [
  [
    'an error removed from an operation',
    {
      given: (model) =>
        (model.operations.PutRuntimeManagementConfig.errors = model.operations.PutRuntimeManagementConfig.errors.filter(
          (error: Json) => error.shape !== 'ResourceConflictException',
        )),
      want: [
        {
          kind: 'error-removed',
          model: '/operations/PutRuntimeManagementConfig/errors',
          spec: '/components/schemas/ResourceConflictException',
          message: /the spec documents ResourceConflictException for PutRuntimeManagementConfig, which the model does not list/,
        },
      ],
    },
  ],
  [
    'an error added to an operation',
    {
      given: (model) => model.operations.GetRuntimeManagementConfig.errors.push({ shape: 'ResourceConflictException' }),
      want: [
        {
          kind: 'error-added',
          model: '/shapes/ResourceConflictException',
          spec: '/paths/~12021-07-20~1functions~1{FunctionName}~1runtime-management-config/get/responses',
          message: /GetRuntimeManagementConfig can answer ResourceConflictException \(HTTP 409\)/,
        },
      ],
    },
  ],
  [
    'a changed max',
    {
      given: (model) => (model.shapes.RuntimeVersionArn.max = 4096),
      want: [
        {
          kind: 'max',
          model: '/shapes/RuntimeVersionArn/max',
          spec: '/components/schemas/RuntimeVersionArn/maxLength',
          message: /RuntimeVersionArn maximum length differs: model 4096, spec 2048/,
        },
      ],
    },
  ],
  [
    'a changed min',
    {
      given: (model) => (model.shapes.NumericLatestPublishedOrAliasQualifier.min = 2),
      want: [
        {
          kind: 'min',
          model: '/shapes/NumericLatestPublishedOrAliasQualifier/min',
          spec: '/components/schemas/NumericLatestPublishedOrAliasQualifier/minLength',
        },
      ],
    },
  ],
  [
    'a max the model drops',
    {
      given: (model) => delete model.shapes.NamespacedFunctionName.max,
      want: [
        {
          kind: 'max',
          model: '/shapes/NamespacedFunctionName',
          spec: '/components/schemas/NamespacedFunctionName/maxLength',
          message: /the spec states maximum length 256; the model states none/,
        },
      ],
    },
  ],
  [
    'a new enum value',
    {
      given: (model) => model.shapes.UpdateRuntimeOn.enum.push('OnDeploy'),
      want: [
        {
          kind: 'enum',
          model: '/shapes/UpdateRuntimeOn/enum',
          spec: '/components/schemas/UpdateRuntimeOn/enum',
          message: /UpdateRuntimeOn enum differs: the model adds OnDeploy$/,
        },
      ],
    },
  ],
  [
    'an enum value removed',
    {
      given: (model) =>
        (model.shapes.ThrottleReason.enum = model.shapes.ThrottleReason.enum.filter((value: string) => value !== 'ConcurrentSnapshotCreateLimitExceeded')),
      want: [
        {
          kind: 'enum',
          model: '/shapes/ThrottleReason/enum',
          spec: '/components/schemas/ThrottleReason/enum',
          message: /the spec has ConcurrentSnapshotCreateLimitExceeded, which the model does not/,
        },
      ],
    },
  ],
  [
    'a changed pattern',
    {
      given: (model) => (model.shapes.NumericLatestPublishedOrAliasQualifier.pattern = '\\$LATEST|[0-9]+'),
      want: [
        {
          kind: 'pattern',
          model: '/shapes/NumericLatestPublishedOrAliasQualifier/pattern',
          spec: '/components/schemas/NumericLatestPublishedOrAliasQualifier/x-aws-pattern',
        },
      ],
    },
  ],
  [
    'an error with another status',
    {
      given: (model) => (model.shapes.ResourceConflictException.error.httpStatusCode = 412),
      want: [
        {
          kind: 'error-status',
          model: '/shapes/ResourceConflictException/error/httpStatusCode',
          spec: '/paths/~12021-07-20~1functions~1{FunctionName}~1runtime-management-config/put/responses/409',
          message: /ResourceConflictException is HTTP 412 in the model, 409 in the spec/,
        },
      ],
    },
  ],
  [
    'an error member whose casing changes',
    {
      given: (model) => {
        const { Message, ...rest } = model.shapes.ResourceNotFoundException.members;
        model.shapes.ResourceNotFoundException.members = { ...rest, message: Message };
      },
      want: [
        {
          kind: 'member-casing',
          model: '/shapes/ResourceNotFoundException/members/message',
          spec: '/components/schemas/ResourceNotFoundException/properties/Message',
          message: /error ResourceNotFoundException member is 'message' in the model, 'Message' in the spec/,
        },
      ],
    },
  ],
  [
    'a new error member',
    {
      given: (model) => (model.shapes.ServiceException.members.Reason = { shape: 'String' }),
      want: [{ kind: 'member-added', model: '/shapes/ServiceException/members/Reason', spec: '/components/schemas/ServiceException' }],
    },
  ],
  [
    'a new request member',
    {
      given: (model) => (model.shapes.PutRuntimeManagementConfigRequest.members.RuntimeVersionConfig = { shape: 'String' }),
      want: [
        {
          kind: 'member-added',
          model: '/shapes/PutRuntimeManagementConfigRequest/members/RuntimeVersionConfig',
          spec: '/components/schemas/PutRuntimeManagementConfigRequest/properties',
        },
      ],
    },
  ],
  [
    'a response member removed',
    {
      given: (model) => delete model.shapes.GetRuntimeManagementConfigResponse.members.RuntimeVersionArn,
      want: [
        {
          kind: 'member-removed',
          model: '/shapes/GetRuntimeManagementConfigResponse/members',
          spec: '/components/schemas/GetRuntimeManagementConfigResponse/properties/RuntimeVersionArn',
        },
      ],
    },
  ],
  [
    'a member moved from query to header',
    {
      given: (model) => Object.assign(model.shapes.GetRuntimeManagementConfigRequest.members.Qualifier, { location: 'header' }),
      want: [
        {
          kind: 'member-location',
          model: '/shapes/GetRuntimeManagementConfigRequest/members/Qualifier',
          spec: '/components/parameters/Qualifier',
          message: /Qualifier travels in the header in the model, in the query in the spec/,
        },
      ],
    },
  ],
  [
    'a member no longer required',
    {
      given: (model) => (model.shapes.PutRuntimeManagementConfigRequest.required = ['FunctionName']),
      want: [
        {
          kind: 'required',
          model: '/shapes/PutRuntimeManagementConfigRequest',
          spec: '/components/schemas/PutRuntimeManagementConfigRequest/required/0',
          message: /UpdateRuntimeOn is required in the spec, optional in the model/,
        },
      ],
    },
  ],
  [
    'a response member now required',
    {
      given: (model) => (model.shapes.GetRuntimeManagementConfigResponse.required = ['UpdateRuntimeOn']),
      want: [
        { kind: 'required', model: '/shapes/GetRuntimeManagementConfigResponse/required/0', spec: '/components/schemas/GetRuntimeManagementConfigResponse' },
      ],
    },
  ],
  [
    'a member of another type',
    {
      given: (model) => (model.shapes.ThrottleReason = { type: 'integer' }),
      want: [
        {
          kind: 'type',
          model: '/shapes/ThrottleReason/type',
          spec: '/components/schemas/ThrottleReason/type',
          message: /Reason \(shape ThrottleReason\) is integer in the model, string in the spec/,
        },
      ],
    },
  ],
  [
    'Retry-After bound to another header',
    {
      given: (model) => (model.shapes.TooManyRequestsException.members.retryAfterSeconds.locationName = 'X-Retry-After'),
      want: [
        { kind: 'member-added', model: '/shapes/TooManyRequestsException/members/retryAfterSeconds', spec: '/components/schemas/TooManyRequestsException' },
        { kind: 'member-removed', model: '/shapes/TooManyRequestsException', spec: '/components/headers/RetryAfter' },
      ],
    },
  ],
  [
    'Retry-After moved into the body',
    {
      given: (model) => delete model.shapes.TooManyRequestsException.members.retryAfterSeconds.location,
      want: [
        {
          kind: 'member-location',
          model: '/shapes/TooManyRequestsException/members/retryAfterSeconds',
          spec: '/components/headers/RetryAfter',
          message: /Retry-After travels in the body in the model, in the header in the spec/,
        },
      ],
    },
  ],
  [
    'another URI',
    {
      given: (model) => (model.operations.GetRuntimeManagementConfig.http.requestUri = '/2026-07-30/functions/{FunctionName}/runtime-management-config'),
      want: [
        {
          kind: 'http-binding',
          model: '/operations/GetRuntimeManagementConfig/http/requestUri',
          spec: '/paths/~12021-07-20~1functions~1{FunctionName}~1runtime-management-config',
        },
      ],
    },
  ],
  [
    'another method',
    {
      given: (model) => (model.operations.PutRuntimeManagementConfig.http.method = 'POST'),
      want: [
        {
          kind: 'http-binding',
          model: '/operations/PutRuntimeManagementConfig/http/method',
          spec: '/paths/~12021-07-20~1functions~1{FunctionName}~1runtime-management-config/put',
          message: /method is 'POST' in the model, 'PUT' in the spec/,
        },
      ],
    },
  ],
  [
    'an operation removed',
    {
      given: (model) => delete model.operations.GetRuntimeManagementConfig,
      want: [{ kind: 'operation-missing', model: '/operations', spec: '/paths/~12021-07-20~1functions~1{FunctionName}~1runtime-management-config/get' }],
    },
  ],
];

describe.each([
  ['botocore', false],
  ['Smithy', true],
] as const)('drift against a mutated model (%s)', (_format, smithy) => {
  it.each(modelCases)('%s', (_name, { given, want }) => {
    const model = JSON.parse(vendored) as Json;
    given(model);
    const found = differencesOf(model, smithy);
    expect(found.map((difference) => [difference.kind, difference.spec.pointer])).toEqual(want.map((entry) => [entry.kind, entry.spec]));
    found.forEach((difference, index) => {
      const expected = want[index]!;
      if (!smithy) expect(difference.model.path).toBe(expected.model);
      else expect(difference.model.path).toMatch(/^\/shapes(\/com\.amazonaws\.lambda#|$)/);
      if (expected.message) expect(difference.message).toMatch(expected.message);
      expect(difference.spec.line).toBeGreaterThan(0);
    });
  });
});

const pathKey = '/2021-07-20/functions/{FunctionName}/runtime-management-config';
const specCases: Array<[string, { given: (spec: Json) => void; want: Array<[Difference['kind'], string]> }]> = [
  [
    'a request constraint the model does not state',
    { given: (spec) => (spec.components.schemas.UpdateRuntimeOn.maxLength = 14), want: [['max', '/components/schemas/UpdateRuntimeOn/maxLength']] },
  ],
  [
    'an error the model does not list',
    {
      given: (spec) => (spec.paths[pathKey].get.responses['409'] = { $ref: '#/components/responses/ResourceConflict' }),
      want: [['error-removed', '/components/schemas/ResourceConflictException']],
    },
  ],
  [
    'a common error with another status than AWS gives it',
    {
      given: (spec) => (spec.paths[pathKey].get.responses['403'] = spec.paths[pathKey].get.responses['400']),
      want: [
        ['error-status', '/paths/~12021-07-20~1functions~1{FunctionName}~1runtime-management-config/get/responses/403'],
        ['error-status', '/paths/~12021-07-20~1functions~1{FunctionName}~1runtime-management-config/get/responses/403'],
      ],
    },
  ],
  [
    'a response member the model lacks',
    {
      given: (spec) => (spec.components.schemas.GetRuntimeManagementConfigResponse.properties.RuntimeVersionConfig = { type: 'string' }),
      want: [['member-removed', '/components/schemas/GetRuntimeManagementConfigResponse/properties/RuntimeVersionConfig']],
    },
  ],
  // Error bodies may be narrower than the model where it is silent: the spec records what Lambda sends.
  [
    'an error body narrower than the model (Type: User, required members)',
    { given: (spec) => (spec.components.schemas.ServiceException.properties.Type.enum = ['Service']), want: [] },
  ],
];

describe('drift against a mutated spec', () => {
  it.each(specCases)('%s', (_name, { given, want }) => {
    const spec = parse(specText) as Json;
    given(spec);
    const found = differencesOf(JSON.parse(vendored) as Json, false, stringify(spec));
    expect(found.map((difference) => [difference.kind, difference.spec.pointer])).toEqual(want);
  });
});
