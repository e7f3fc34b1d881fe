// The in-process transport: the unmodified AWS SDK client with simulatorRequestHandler(sim) gets
// the same answers, byte for byte, as the same client over HTTP, for every case of the interaction
// catalog; and the SDK's own behaviour (error classes, retries, signing-derived account and region) holds.
import {
  GetRuntimeManagementConfigCommand,
  LambdaClient,
  PutRuntimeManagementConfigCommand,
  ResourceNotFoundException,
  ServiceException,
  type UpdateRuntimeOn,
} from '@aws-sdk/client-lambda';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { interactionCatalog, type CatalogEntry } from '../../src/contracts/index.js';
import {
  createSimulator,
  exampleRuntimeVersionArn,
  simulatorRequestHandler,
  SimulatorConfigError,
  type RunningSimulator,
  type SdkHttpRequest,
  type SdkHttpResponse,
  type SimulatorRequestHandler,
} from '../../src/simulator/index.js';
import { startSimulator } from '../../src/simulator/index.js';
import { simulatorStateHandlers } from '../contracts/support/simulator-states.js';

interface Recorded {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Wraps a request handler so each raw answer is kept (its body read once and handed on intact). */
function recording(inner: SimulatorRequestHandler): { handler: SimulatorRequestHandler; answers: Recorded[] } {
  const answers: Recorded[] = [];
  const handler: SimulatorRequestHandler = {
    metadata: inner.metadata,
    async handle(request, options) {
      const { response } = await inner.handle(request, options);
      const chunks: Buffer[] = [];
      for await (const chunk of response.body) chunks.push(Buffer.from(chunk as Uint8Array));
      const body = Buffer.concat(chunks);
      answers.push({ status: response.statusCode, headers: { ...response.headers }, body: body.toString('utf8') });
      return { response: { ...response, body: Readable.from([body]) } };
    },
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
    destroy: () => inner.destroy(),
  };
  return { handler, answers };
}

/** Headers that belong to the transport or the moment, not to the answer. */
const transportHeaders = new Set(['date', 'x-amzn-requestid', 'connection', 'keep-alive']);
const comparable = ({ status, headers, body }: Recorded) => ({
  status,
  headers: Object.fromEntries(Object.entries(headers).filter(([name]) => !transportHeaders.has(name.toLowerCase()))),
  body,
});

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'test' };
let simulator: RunningSimulator;
let overHttp: ReturnType<typeof recording>;
let inProcess: ReturnType<typeof recording>;
let httpClient: LambdaClient;
let inProcessClient: LambdaClient;

beforeAll(async () => {
  simulator = await startSimulator();
  // The SDK's own HTTP handler (NodeHttpHandler), taken from a client built the ordinary way.
  const plain = new LambdaClient({ endpoint: simulator.url, region: 'us-east-1', credentials });
  overHttp = recording(plain.config.requestHandler as unknown as SimulatorRequestHandler);
  inProcess = recording(simulatorRequestHandler(simulator));
  httpClient = new LambdaClient({ endpoint: simulator.url, region: 'us-east-1', credentials, maxAttempts: 1, requestHandler: overHttp.handler });
  inProcessClient = new LambdaClient({ region: 'us-east-1', credentials, maxAttempts: 1, requestHandler: inProcess.handler });
});
afterAll(async () => {
  httpClient?.destroy();
  inProcessClient?.destroy();
  await simulator?.close();
});

function commandFor(entry: CatalogEntry) {
  const input = { FunctionName: entry.request.functionName, ...(entry.request.qualifier !== undefined && { Qualifier: entry.request.qualifier }) };
  if (entry.operation === 'GetRuntimeManagementConfig') return new GetRuntimeManagementConfigCommand(input);
  const body = entry.request.body as { UpdateRuntimeOn: UpdateRuntimeOn; RuntimeVersionArn?: string };
  return new PutRuntimeManagementConfigCommand({ ...input, ...body });
}

async function outcome(client: LambdaClient, entry: CatalogEntry): Promise<string> {
  try {
    await client.send(commandFor(entry) as GetRuntimeManagementConfigCommand);
    return 'ok';
  } catch (error) {
    return (error as Error).name;
  }
}

describe('every catalog case: in process and over HTTP, the same answer byte for byte', () => {
  const handlers = () => simulatorStateHandlers(simulator) as Record<string, (params: unknown) => Promise<unknown>>;

  it.each(interactionCatalog.map((entry) => [entry.id, entry] as const))('%s', async (_id, entry) => {
    await handlers()[entry.state.name]!(entry.state.params);
    const httpOutcome = await outcome(httpClient, entry);
    await handlers()[entry.state.name]!(entry.state.params);
    const inProcessOutcome = await outcome(inProcessClient, entry);

    const http = overHttp.answers.at(-1)!;
    const local = inProcess.answers.at(-1)!;
    expect(comparable(local)).toEqual(comparable(http));
    expect(local.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
    expect(local.headers['date']).toMatch(/ GMT$/);
    expect(inProcessOutcome).toBe(httpOutcome);
    expect([local.status, local.headers['x-amzn-errortype']]).toEqual([entry.response.status, entry.response.error]);
  });
});

describe('the SDK over the in-process transport', () => {
  it('is typed as a requestHandler of LambdaClient', () => {
    expectTypeOf(simulatorRequestHandler).returns.toMatchTypeOf<NonNullable<ConstructorParameters<typeof LambdaClient>[0]>['requestHandler']>();
    expectTypeOf<SdkHttpResponse['statusCode']>().toEqualTypeOf<number>();
    expectTypeOf<SdkHttpRequest['path']>().toEqualTypeOf<string>();
  });

  it('needs no socket: createSimulator, Put then Get', async () => {
    const local = createSimulator();
    const client = new LambdaClient({ region: 'us-east-1', credentials, requestHandler: simulatorRequestHandler(local) });
    try {
      await client.send(
        new PutRuntimeManagementConfigCommand({ FunctionName: 'my-function', UpdateRuntimeOn: 'Manual', RuntimeVersionArn: exampleRuntimeVersionArn }),
      );
      const read = await client.send(new GetRuntimeManagementConfigCommand({ FunctionName: 'my-function' }));
      expect([read.UpdateRuntimeOn, read.RuntimeVersionArn, read.$metadata.httpStatusCode]).toEqual(['Manual', exampleRuntimeVersionArn, 200]);
      expect(local.state.getConfig('my-function')).toEqual({ UpdateRuntimeOn: 'Manual', RuntimeVersionArn: exampleRuntimeVersionArn });
    } finally {
      client.destroy();
    }
  });

  it('keeps error classes, and the default retry strategy runs on injected 500s', async () => {
    const local = createSimulator();
    const client = new LambdaClient({ region: 'us-east-1', credentials, requestHandler: simulatorRequestHandler(local) });
    try {
      await expect(client.send(new GetRuntimeManagementConfigCommand({ FunctionName: 'nobody' }))).rejects.toBeInstanceOf(ResourceNotFoundException);
      local.faults.enqueue({ status: 500, count: 2 });
      const read = await client.send(new GetRuntimeManagementConfigCommand({ FunctionName: 'my-function' }));
      expect(read.$metadata.attempts).toBe(3);
      local.faults.enqueue({ status: 500, count: 3 });
      await expect(client.send(new GetRuntimeManagementConfigCommand({ FunctionName: 'my-function' }))).rejects.toBeInstanceOf(ServiceException);
    } finally {
      client.destroy();
    }
  });

  it('takes the account and region from the client credentials, as over HTTP', async () => {
    const local = createSimulator();
    const client = new LambdaClient({
      region: 'eu-west-1',
      credentials: { accessKeyId: '111111111111', secretAccessKey: 'test' },
      requestHandler: simulatorRequestHandler(local),
    });
    try {
      const read = await client.send(new GetRuntimeManagementConfigCommand({ FunctionName: 'eu-function' }));
      expect(read.FunctionArn).toBe('arn:aws:lambda:eu-west-1:111111111111:function:eu-function');
      await expect(
        client.send(new GetRuntimeManagementConfigCommand({ FunctionName: 'arn:aws:lambda:us-east-1:111111111111:function:my-function' })),
      ).rejects.toMatchObject({
        name: 'ResourceNotFoundException',
        message: "Functions from 'us-east-1' are not reachable in this region ('eu-west-1')",
      });
    } finally {
      client.destroy();
    }
  });

  it('refuses an object that is not a simulator', () => {
    expect(() => simulatorRequestHandler({})).toThrow(SimulatorConfigError);
  });
});
