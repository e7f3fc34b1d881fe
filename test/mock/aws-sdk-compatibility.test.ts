import {
  GetRuntimeManagementConfigCommand,
  InvalidParameterValueException,
  type LambdaClient,
  LambdaServiceException,
  PutRuntimeManagementConfigCommand,
  ResourceConflictException,
  ResourceNotFoundException,
  ServiceException,
  TooManyRequestsException,
  type GetRuntimeManagementConfigCommandInput,
  type PutRuntimeManagementConfigCommandInput,
  type UpdateRuntimeOn,
} from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPrismMock, type RunningMock } from '../../src/mock/index.js';
import { derefNode, isJsonObject, loadSpecFile, specPath, type JsonObject } from '../../src/spec/index.js';
import { lambdaClient } from '../support/lambda-client.js';
import { isProcessRunning } from './process-state.js';

const spec = loadSpecFile(specPath);
const runtimeVersionArn = 'arn:aws:lambda:us-east-1::runtime:0cdcfbdefbc5e7d3343f73c2e2dd3cba17d61dea0686b404502a0c9ce83931b9';

type OperationId = 'PutRuntimeManagementConfig' | 'GetRuntimeManagementConfig';
type AnyCommand = PutRuntimeManagementConfigCommand | GetRuntimeManagementConfigCommand;

let mock: RunningMock;
let client: LambdaClient;

beforeAll(async () => {
  mock = await startPrismMock({ port: 0 });
  client = lambdaClient(mock.url); // one attempt: every error below is expected
});

afterAll(async () => {
  client?.destroy();
  await mock?.close();
  expect(isProcessRunning(mock.prismPid)).toBe(false);
});

/** Both commands' stacks have the same API; TypeScript cannot call a method on their union. */
function stackOf(command: AnyCommand) {
  return (command as PutRuntimeManagementConfigCommand).middlewareStack;
}

/** Adds `Prefer` through the command's middleware stack, the SDK's public extension point. */
function preferring<C extends AnyCommand>(command: C, prefer: string): C {
  stackOf(command).add(
    (next) => async (args) => {
      const request = args.request as { headers?: Record<string, string> };
      if (request.headers) request.headers['prefer'] = prefer;
      return next(args);
    },
    { step: 'build', name: 'preferHeader' },
  );
  return command;
}

/** Records the raw response headers before the SDK deserializes (and maybe throws). */
function capturingHeaders<C extends AnyCommand>(command: C, into: Record<string, string>): C {
  stackOf(command).add(
    (next) => async (args) => {
      const result = await next(args);
      Object.assign(into, (result.response as { headers?: Record<string, string> }).headers ?? {});
      return result;
    },
    { step: 'deserialize', priority: 'low', name: 'captureHeaders' },
  );
  return command;
}

function commandFor(operation: OperationId, input: Partial<PutRuntimeManagementConfigCommandInput> = {}): AnyCommand {
  return operation === 'PutRuntimeManagementConfig'
    ? new PutRuntimeManagementConfigCommand({ FunctionName: 'my-function', UpdateRuntimeOn: 'Auto', ...input })
    : new GetRuntimeManagementConfigCommand({ FunctionName: 'my-function', ...(input as Partial<GetRuntimeManagementConfigCommandInput>) });
}

async function sendExpectingError(command: AnyCommand): Promise<LambdaServiceException> {
  const error = await client.send(command as PutRuntimeManagementConfigCommand).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(LambdaServiceException);
  return error as LambdaServiceException;
}

/** A documented example's value, looked up by operation, status and example name. */
function specExample(operation: OperationId, status: string, name: string): JsonObject {
  const examples = documentedExamples().get(`${operation} ${status}`);
  const value = examples?.get(name);
  if (!isJsonObject(value)) throw new Error(`no example ${name} for ${operation} ${status} in the spec`);
  return value;
}

/** Every example of every documented response: `${operationId} ${status}` -> name -> value. */
function documentedExamples(): Map<string, Map<string, unknown>> {
  const found = new Map<string, Map<string, unknown>>();
  for (const pathItem of Object.values(spec['paths'] as JsonObject)) {
    for (const operation of Object.values(pathItem as JsonObject)) {
      if (!isJsonObject(operation) || typeof operation['operationId'] !== 'string') continue;
      for (const [status, response] of Object.entries(operation['responses'] as JsonObject)) {
        const content = (derefNode(spec, response) as JsonObject)['content'] as JsonObject;
        const examples = (content['application/json'] as JsonObject)['examples'] as JsonObject;
        const byName = new Map(Object.entries(examples).map(([name, example]) => [name, (derefNode(spec, example) as JsonObject)['value']]));
        found.set(`${operation['operationId']} ${status}`, byName);
      }
    }
  }
  return found;
}

describe.each<OperationId>(['PutRuntimeManagementConfig', 'GetRuntimeManagementConfig'])('%s through the AWS SDK', (operation) => {
  const modeCases: Array<
    [string, { given: { example: string; input: Partial<PutRuntimeManagementConfigCommandInput> }; want: { mode: UpdateRuntimeOn; pinned: boolean } }]
  > =
    operation === 'PutRuntimeManagementConfig'
      ? [
          ['Auto', { given: { example: 'Auto', input: { UpdateRuntimeOn: 'Auto' } }, want: { mode: 'Auto', pinned: false } }],
          [
            'FunctionUpdate',
            { given: { example: 'FunctionUpdate', input: { UpdateRuntimeOn: 'FunctionUpdate' } }, want: { mode: 'FunctionUpdate', pinned: false } },
          ],
          [
            'Manual',
            {
              given: { example: 'Manual', input: { UpdateRuntimeOn: 'Manual', RuntimeVersionArn: runtimeVersionArn } },
              want: { mode: 'Manual', pinned: true },
            },
          ],
          ['a published version', { given: { example: 'QualifiedVersion', input: { Qualifier: '1' } }, want: { mode: 'Auto', pinned: false } }],
        ]
      : [
          ['Auto', { given: { example: 'Auto', input: {} }, want: { mode: 'Auto', pinned: false } }],
          ['FunctionUpdate', { given: { example: 'FunctionUpdate', input: {} }, want: { mode: 'FunctionUpdate', pinned: false } }],
          ['Manual', { given: { example: 'Manual', input: {} }, want: { mode: 'Manual', pinned: true } }],
          ['$LATEST.PUBLISHED', { given: { example: 'LatestPublished', input: { Qualifier: '$LATEST.PUBLISHED' } }, want: { mode: 'Auto', pinned: false } }],
        ];

  it.each(modeCases)('mode %s succeeds with the documented output', async (_name, { given, want }) => {
    const output = await client.send(preferring(commandFor(operation, given.input), `example=${given.example}`) as PutRuntimeManagementConfigCommand);
    const example = specExample(operation, '200', given.example);
    expect(output.$metadata.httpStatusCode).toBe(200);
    expect(output.UpdateRuntimeOn).toBe(want.mode);
    expect(output.FunctionArn).toBe(example['FunctionArn']);
    // A null RuntimeVersionArn in the body is absent from the SDK's output.
    expect(output.RuntimeVersionArn).toBe(want.pinned ? runtimeVersionArn : undefined);
  });

  type ErrorWant = {
    errorClass: abstract new (...args: never[]) => LambdaServiceException;
    name: string;
    status: number;
    type: string | undefined;
    throttled?: boolean;
  };
  const validation: ErrorWant = { errorClass: LambdaServiceException, name: 'ValidationException', status: 400, type: undefined };
  const invalidParameter: ErrorWant = { errorClass: InvalidParameterValueException, name: 'InvalidParameterValueException', status: 400, type: 'User' };
  const notFound: ErrorWant = { errorClass: ResourceNotFoundException, name: 'ResourceNotFoundException', status: 404, type: 'User' };
  const errorCases: Array<[string, { given: { status: string; example: string }; want: ErrorWant }]> = [
    ['400 ValidationException', { given: { status: '400', example: 'ValidationException' }, want: validation }],
    ['400 ValidationExceptionMissingMode', { given: { status: '400', example: 'ValidationExceptionMissingMode' }, want: validation }],
    ['400 ValidationExceptionSeveral', { given: { status: '400', example: 'ValidationExceptionSeveral' }, want: validation }],
    ['400 InvalidParameterValueException', { given: { status: '400', example: 'InvalidParameterValueException' }, want: invalidParameter }],
    [
      '400 InvalidParameterValueExceptionManualWithoutArn',
      { given: { status: '400', example: 'InvalidParameterValueExceptionManualWithoutArn' }, want: invalidParameter },
    ],
    [
      '400 InvalidParameterValueExceptionRuntimeVersion',
      { given: { status: '400', example: 'InvalidParameterValueExceptionRuntimeVersion' }, want: invalidParameter },
    ],
    ['404 ResourceNotFoundException', { given: { status: '404', example: 'ResourceNotFoundException' }, want: notFound }],
    ['404 ResourceNotFoundExceptionVersion', { given: { status: '404', example: 'ResourceNotFoundExceptionVersion' }, want: notFound }],
    ['404 ResourceNotFoundExceptionRegion', { given: { status: '404', example: 'ResourceNotFoundExceptionRegion' }, want: notFound }],
    ...(operation === 'PutRuntimeManagementConfig'
      ? [
          [
            '409 ResourceConflictException',
            {
              given: { status: '409', example: 'ResourceConflictException' },
              want: { errorClass: ResourceConflictException, name: 'ResourceConflictException', status: 409, type: 'User' },
            },
          ] satisfies [string, unknown],
        ]
      : []),
    [
      '429 TooManyRequestsException',
      {
        given: { status: '429', example: 'TooManyRequestsException' },
        want: { errorClass: TooManyRequestsException, name: 'TooManyRequestsException', status: 429, type: 'User', throttled: true },
      },
    ],
    [
      '500 ServiceException',
      { given: { status: '500', example: 'ServiceException' }, want: { errorClass: ServiceException, name: 'ServiceException', status: 500, type: 'Service' } },
    ],
  ];

  it.each(errorCases)('%s surfaces as its SDK error', async (_name, { given, want }) => {
    const error = await sendExpectingError(preferring(commandFor(operation), `code=${given.status}, example=${given.example}`));
    const example = specExample(operation, given.status, given.example);
    expect(error).toBeInstanceOf(want.errorClass);
    expect(error.name).toBe(want.name);
    expect(error.$metadata.httpStatusCode).toBe(want.status);
    expect(error.message).toBe(example['message'] ?? example['Message']);
    expect((error as { Type?: string }).Type).toBe(want.type);
    if (want.throttled) {
      const throttled = error as TooManyRequestsException;
      expect(throttled.Reason).toBe(example['Reason']);
      expect(throttled.retryAfterSeconds).toMatch(/^[0-9]+$/);
    }
  });

  it('covers every documented error example', () => {
    const documented = [...documentedExamples()]
      .filter(([key]) => key.startsWith(`${operation} `) && !key.endsWith(' 200'))
      .flatMap(([key, examples]) => [...examples.keys()].map((name) => `${key.split(' ')[1]} ${name}`));
    expect(errorCases.map(([name]) => name).sort()).toEqual(documented.sort());
  });
});

describe('requests the spec forbids', () => {
  const pattern = (member: string) =>
    new RegExp(`^1 validation error detected: Value '[^']*' at '${member}' failed to satisfy constraint: Member must satisfy regular expression pattern: `);
  const cases: Array<
    [string, { given: { operation: OperationId; input: Partial<PutRuntimeManagementConfigCommandInput> }; want: { name: string; message: string | RegExp } }]
  > = [
    [
      'a Qualifier outside the pattern',
      { given: { operation: 'GetRuntimeManagementConfig', input: { Qualifier: 'a?b' } }, want: { name: 'ValidationException', message: pattern('qualifier') } },
    ],
    [
      'an unknown UpdateRuntimeOn',
      {
        given: { operation: 'PutRuntimeManagementConfig', input: { UpdateRuntimeOn: 'Sometimes' as UpdateRuntimeOn } },
        want: {
          name: 'ValidationException',
          message:
            "1 validation error detected: Value 'Sometimes' at 'updateRuntimeOn' failed to satisfy constraint: Member must satisfy enum value set: [Auto, Manual, FunctionUpdate]",
        },
      },
    ],
    [
      'a RuntimeVersionArn that is no ARN',
      {
        given: { operation: 'PutRuntimeManagementConfig', input: { UpdateRuntimeOn: 'Manual', RuntimeVersionArn: 'not-an-arn-at-all-and-long-enough' } },
        want: { name: 'ValidationException', message: pattern('runtimeVersionArn') },
      },
    ],
    [
      'Manual without RuntimeVersionArn',
      {
        given: { operation: 'PutRuntimeManagementConfig', input: { UpdateRuntimeOn: 'Manual' } },
        want: { name: 'InvalidParameterValueException', message: 'RuntimeVersionArn is required when UpdateRuntimeOn is Manual.' },
      },
    ],
    [
      'a FunctionName of 65 characters (Put)',
      {
        given: { operation: 'PutRuntimeManagementConfig', input: { FunctionName: 'f'.repeat(65) } },
        want: {
          name: 'InvalidParameterValueException',
          message: /at 'functionName' failed to satisfy constraint: Member must have length less than or equal to 64$/,
        },
      },
    ],
    [
      'a FunctionName of 65 characters (Get)',
      {
        given: { operation: 'GetRuntimeManagementConfig', input: { FunctionName: 'f'.repeat(65) } },
        want: {
          name: 'InvalidParameterValueException',
          message: /at 'functionName' failed to satisfy constraint: Member must have length less than or equal to 64$/,
        },
      },
    ],
  ];

  it.each(cases)("%s gets the validator's error, worded from the request, whatever Prefer asks", async (_name, { given, want }) => {
    const headers: Record<string, string> = {};
    // Request validation wins over Prefer (as in Prism): asking for a 200 must not get one.
    const error = await sendExpectingError(capturingHeaders(preferring(commandFor(given.operation, given.input), 'code=200'), headers));
    expect(error.name).toBe(want.name);
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.message).toMatch(want.message);
    expect(headers['x-amzn-errortype']).toBe(want.name);
  });
});
