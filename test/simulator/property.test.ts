// Generated requests, valid and invalid, against one simulator: no 5xx unless injected, every answer
// AWS-shaped (and, for the spec's own errors and successes, valid against the spec), and the state
// changes only on a 200 Put, by exactly the config that Put answered with.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleRuntimeVersionArn, startSimulator, type FunctionSnapshot, type RunningSimulator } from '../../src/simulator/index.js';
import { awsErrorShapes, isOperationId, validateResponse, type AwsErrorName } from '../../src/validation/index.js';
import { sendRaw, type RawRequest, type RawResponse } from '../support/raw-http.js';

/** Errors of the HTTP front end, outside the spec's documented responses. */
const protocolErrors = new Set<string>([
  'SerializationException',
  'UnsupportedMediaTypeException',
  'RequestEntityTooLargeException',
  'UnknownOperationException',
]);

const functionNames = fc.constantFrom(
  'my-function',
  'pinned-function',
  'busy-function',
  'image-function',
  'eu-function',
  'nobody',
  'my.function',
  'a'.repeat(65),
);
const qualifiers = fc.oneof(
  fc.constantFrom('$LATEST', '$LATEST.PUBLISHED', '1', '2', '7', 'stable', '$LATESTxyz', '', 'a?b', ' '),
  fc.string({ maxLength: 12 }),
);
const arns = fc
  .tuple(
    fc.constantFrom('aws', 'aws-cn', ''),
    fc.constantFrom('us-east-1', 'eu-west-1', 'us-gov-west-1', 'xx'),
    fc.constantFrom('123456789012', '999999999999', '12'),
    functionNames,
  )
  .map(([partition, region, account, name]) => `arn:${partition}:lambda:${region}:${account}:function:${name}`);
const partialArns = fc
  .tuple(fc.constantFrom('', 'us-east-1:', 'eu-west-1:'), fc.constantFrom('123456789012:', '999999999999:', ''), functionNames)
  .map(([region, account, name]) => `${region}${account}function:${name}`);
const nameValues = fc.oneof(
  { weight: 4, arbitrary: functionNames },
  { weight: 2, arbitrary: arns },
  { weight: 2, arbitrary: partialArns },
  { weight: 2, arbitrary: fc.tuple(fc.oneof(functionNames, arns), qualifiers).map(([name, qualifier]) => `${name}:${qualifier}`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
);
/** One path segment: usually encoded as the SDK encodes it, sometimes with an escape that does not decode. */
const nameSegments = fc.tuple(nameValues, fc.constantFrom('', '', '', '%ZZ', '%2F', '%C3%28')).map(([name, odd]) => `${encodeURIComponent(name)}${odd}`);
const queries = fc.option(
  qualifiers.map((qualifier) => `?Qualifier=${encodeURIComponent(qualifier)}`),
  { nil: '' },
);
const paths = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(nameSegments, queries).map(([name, query]) => `/2021-07-20/functions/${name}/runtime-management-config${query}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '/',
      '/2021-07-20/functions/my-function',
      '/2021-07-20/functions/my-function/runtime-management-config/',
      '/_simulator/state',
      '/2015-03-31/functions/my-function/runtime-management-config',
    ),
  },
);
const configBodies = fc
  .record(
    {
      UpdateRuntimeOn: fc.constantFrom('Auto', 'Manual', 'FunctionUpdate', 'Sometimes', 1, null),
      RuntimeVersionArn: fc.constantFrom(exampleRuntimeVersionArn, 'arn:aws:lambda:eu-west-1::runtime:abc123abc123abc', 'arn:bad', null),
      Extra: fc.jsonValue({ maxDepth: 2 }),
    },
    { requiredKeys: [] },
  )
  .map((body) => JSON.stringify(body));
const bodies = fc.oneof(
  { weight: 6, arbitrary: configBodies },
  { weight: 1, arbitrary: fc.json({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      '{"UpdateRuntimeOn":"Auto","__proto__":{}}',
      `${'['.repeat(40)}${']'.repeat(40)}`,
      '{"UpdateRuntimeOn":"Auto"'.padEnd(300, ' '),
    ),
  },
);
const anyRequests: fc.Arbitrary<RawRequest> = fc
  .tuple(
    fc.constantFrom('GET', 'GET', 'PUT', 'PUT', 'PUT', 'POST', 'DELETE'),
    paths,
    fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', undefined),
    bodies,
  )
  .map(([method, target, contentType, body]): RawRequest => ({
    method,
    target,
    headers: contentType === undefined ? {} : { 'content-type': contentType },
    ...(method !== 'GET' && { body }),
  }));

/** Requests Lambda would mostly execute: existing functions, real qualifiers, valid bodies. */
const existingNames = fc.oneof(
  fc.constantFrom('my-function', 'pinned-function', 'busy-function', 'eu-function', 'image-function'),
  fc.constantFrom('my-function', 'pinned-function').map((name) => `arn:aws:lambda:us-east-1:123456789012:function:${name}`),
  fc.constantFrom('my-function:1', 'pinned-function:2', '123456789012:function:pinned-function'),
);
const validBodies = fc.oneof(
  fc.constantFrom({ UpdateRuntimeOn: 'Auto' }, { UpdateRuntimeOn: 'FunctionUpdate' }, { UpdateRuntimeOn: 'Auto', RuntimeVersionArn: null }),
  fc
    .constantFrom(exampleRuntimeVersionArn, 'arn:aws:lambda:eu-west-1::runtime:abc123abc123abc')
    .map((arn) => ({ UpdateRuntimeOn: 'Manual', RuntimeVersionArn: arn })),
);
const wellFormedRequests: fc.Arbitrary<RawRequest> = fc
  .tuple(
    fc.constantFrom('GET', 'PUT'),
    existingNames,
    fc.option(fc.constantFrom('$LATEST', '$LATEST.PUBLISHED', '1', '2', 'stable', '7'), { nil: undefined }),
    validBodies,
  )
  .map(([method, name, qualifier, body]): RawRequest => ({
    method,
    target: `/2021-07-20/functions/${encodeURIComponent(name)}/runtime-management-config${qualifier === undefined ? '' : `?Qualifier=${encodeURIComponent(qualifier)}`}`,
    headers: method === 'PUT' ? { 'content-type': 'application/json' } : {},
    ...(method === 'PUT' && { body: JSON.stringify(body) }),
  }));

const requests = fc.oneof({ weight: 2, arbitrary: wellFormedRequests }, { weight: 3, arbitrary: anyRequests });

function operationOf(request: RawRequest) {
  return request.method === 'PUT' ? 'PutRuntimeManagementConfig' : 'GetRuntimeManagementConfig';
}

/** Problems with one answer, whatever the request was. */
function answerProblems(request: RawRequest, response: RawResponse, injected: boolean): string[] {
  const problems: string[] = [];
  if (response.status >= 500 && !injected) problems.push(`status ${response.status}`);
  if (!response.headers['x-amzn-requestid']) problems.push('no x-amzn-RequestId');
  if (response.headers['content-type'] !== 'application/json') problems.push(`content-type ${response.headers['content-type']}`);
  if (response.json === undefined) problems.push(`body is not JSON: ${response.text}`);
  if (response.status === 200) {
    problems.push(
      ...validateResponse({ operation: operationOf(request), status: 200, headers: response.headers, body: response.json }).map(
        (v) => `${v.field} ${v.problem}`,
      ),
    );
    return problems;
  }
  const errorType = response.headers['x-amzn-errortype'] ?? '';
  if (!Object.hasOwn(awsErrorShapes, errorType)) return [...problems, `x-amzn-ErrorType '${errorType}'`];
  const shape = awsErrorShapes[errorType as AwsErrorName];
  if (shape.status !== response.status) problems.push(`${errorType} with status ${response.status}`);
  if (protocolErrors.has(errorType)) {
    const body = response.json as Record<string, unknown>;
    if (typeof body?.[shape.messageMember] !== 'string') problems.push(`${errorType} body ${response.text}`);
  } else {
    const operation = operationOf(request);
    if (!isOperationId(operation)) problems.push('no operation');
    problems.push(
      ...validateResponse({ operation, status: response.status, headers: response.headers, body: response.json }).map((v) => `${v.field} ${v.problem}`),
    );
  }
  return problems;
}

/** The configs that differ between two snapshots, as `function/version`. */
function changedConfigs(before: FunctionSnapshot[], after: FunctionSnapshot[]): Array<{ key: string; config: unknown }> {
  const changes: Array<{ key: string; config: unknown }> = [];
  after.forEach((fn, index) => {
    const old = before[index];
    for (const [version, config] of Object.entries(fn.configs)) {
      if (JSON.stringify(old?.configs[version]) !== JSON.stringify(config)) changes.push({ key: `${fn.name}/${version}`, config });
    }
  });
  return changes;
}

describe('generated requests', () => {
  let simulator: RunningSimulator;
  beforeAll(async () => {
    simulator = await startSimulator({ maxBodyBytes: 256 });
  });
  afterAll(() => simulator.close());

  it('no 5xx, every answer AWS-shaped and valid, state changes only on a 200 Put', async () => {
    await fc.assert(
      fc.asyncProperty(requests, async (request) => {
        const before = simulator.state.snapshot();
        const response = await sendRaw(simulator.url, request);
        const problems = answerProblems(request, response, false);
        if (problems.length > 0) expect(problems).toEqual([]);

        const after = simulator.state.snapshot();
        const changes = changedConfigs(before.functions, after.functions);
        const withoutConfigs = (functions: FunctionSnapshot[]) => functions.map((fn) => ({ ...fn, configs: undefined }));
        if (!isDeepStrictEqual(withoutConfigs(after.functions), withoutConfigs(before.functions))) expect(after.functions).toEqual(before.functions);
        if (response.status === 200 && request.method === 'PUT') {
          const answer = response.json as { UpdateRuntimeOn: string; RuntimeVersionArn: string | null };
          const written = {
            UpdateRuntimeOn: answer.UpdateRuntimeOn,
            ...(answer.RuntimeVersionArn !== null && { RuntimeVersionArn: answer.RuntimeVersionArn }),
          };
          // A Put that writes what was already there changes nothing; otherwise exactly one config, to the answer.
          expect(changes.length).toBeLessThanOrEqual(1);
          for (const change of changes) expect(change.config).toEqual(written);
        } else {
          expect(changes).toEqual([]);
        }
      }),
      { numRuns: 2000 },
    );
    // 2,000 HTTP round trips: about 9 s on a quiet 2-core machine, more when other work shares it.
  }, 60_000);
});

describe('generated requests with an injected error rate', () => {
  let simulator: RunningSimulator;
  beforeAll(async () => {
    simulator = await startSimulator({ errorRate: { probability: 0.3, seed: 7 } });
  });
  afterAll(() => simulator.close());

  it('injected failures are ServiceExceptions that validate, and change nothing', async () => {
    let injected = 0;
    await fc.assert(
      fc.asyncProperty(requests, async (request) => {
        const before = simulator.state.snapshot();
        const response = await sendRaw(simulator.url, request);
        expect(answerProblems(request, response, true)).toEqual([]);
        if (response.status >= 500) {
          injected += 1;
          expect(response.headers['x-amzn-errortype']).toBe('ServiceException');
          expect(simulator.state.snapshot()).toEqual(before);
        }
      }),
      { numRuns: 500 },
    );
    expect(injected).toBeGreaterThan(0);
  });
});
