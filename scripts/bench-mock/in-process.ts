// The in-process transport measured in the bench process itself: the unmodified AWS SDK with
// simulatorRequestHandler (no socket), the bare in-process call under it (answerInProcess), and, as
// the reference, the same SDK calls over HTTP to a simulator in this process.
import { GetRuntimeManagementConfigCommand, LambdaClient, PutRuntimeManagementConfigCommand } from '@aws-sdk/client-lambda';
import { join } from 'node:path';
import type { MixEntry } from './request-mix.js';

type SimulatorModule = typeof import('../../src/simulator/index.js');

export interface CallRate {
  name: string;
  callsPerSecond: number;
  calls: number;
  /** Answers by status, for the SDK: 'ok' or the error name. */
  outcomes: Record<string, number>;
}

const credentials = { accessKeyId: '111111111111', secretAccessKey: 'test' };
const runtimeVersionArn = 'arn:aws:lambda:us-east-1::runtime:0cdcfbdefbc5e7d3343f73c2e2dd3cba17d61dea0686b404502a0c9ce83931b9';

/** The SDK calls of the bench mix's valid half: Get and Put in each mode and name form. */
const sdkCalls = [
  () => new GetRuntimeManagementConfigCommand({ FunctionName: 'my-function' }),
  () => new PutRuntimeManagementConfigCommand({ FunctionName: 'my-function', UpdateRuntimeOn: 'FunctionUpdate' }),
  () => new GetRuntimeManagementConfigCommand({ FunctionName: 'my-function', Qualifier: '1' }),
  () => new PutRuntimeManagementConfigCommand({ FunctionName: 'my-function', Qualifier: '1', UpdateRuntimeOn: 'Manual', RuntimeVersionArn: runtimeVersionArn }),
  () => new GetRuntimeManagementConfigCommand({ FunctionName: 'arn:aws:lambda:us-east-1:111111111111:function:pinned-function:1' }),
  () => new PutRuntimeManagementConfigCommand({ FunctionName: 'my-function', UpdateRuntimeOn: 'Auto' }),
];

/** Runs `call` from `concurrency` loops for `seconds`, after `warmupSeconds` unmeasured. */
async function rate(name: string, call: (index: number) => Promise<string>, seconds: number, warmupSeconds: number, concurrency = 10): Promise<CallRate> {
  const run = async (durationMs: number, outcomes: Record<string, number>) => {
    const end = performance.now() + durationMs;
    let calls = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async (_, loop) => {
        for (let index = loop; performance.now() < end; index += concurrency) {
          const outcome = await call(index);
          outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
          calls += 1;
        }
      }),
    );
    return calls;
  };
  await run(warmupSeconds * 1000, {});
  const outcomes: Record<string, number> = {};
  const started = performance.now();
  const calls = await run(seconds * 1000, outcomes);
  return { name, callsPerSecond: calls / ((performance.now() - started) / 1000), calls, outcomes };
}

async function sdkOutcome(client: LambdaClient, index: number): Promise<string> {
  try {
    await client.send(sdkCalls[index % sdkCalls.length]!() as GetRuntimeManagementConfigCommand);
    return 'ok';
  } catch (error) {
    return (error as Error).name;
  }
}

export async function measureInProcess(root: string, mix: MixEntry[], seconds: number, warmupSeconds: number): Promise<CallRate[]> {
  const simulatorModule = (await import(join(root, 'dist/simulator/index.js'))) as SimulatorModule;
  const results: CallRate[] = [];

  const viaSdk = simulatorModule.createSimulator();
  const inProcessClient = new LambdaClient({
    region: 'us-east-1',
    credentials,
    maxAttempts: 1,
    requestHandler: simulatorModule.simulatorRequestHandler(viaSdk),
  });
  results.push(await rate('AWS SDK, in-process transport', (index) => sdkOutcome(inProcessClient, index), seconds, warmupSeconds));
  inProcessClient.destroy();

  const bare = simulatorModule.createSimulator();
  const requests = mix.map(({ request }) => ({
    method: request.method ?? 'GET',
    target: request.path ?? '/',
    headers: Object.fromEntries(Object.entries(request.headers ?? {}).map(([name, value]) => [name.toLowerCase(), String(value)])),
    body: Buffer.from(typeof request.body === 'string' ? request.body : ''),
  }));
  results.push(
    await rate(
      'answerInProcess (no SDK), bench mix',
      async (index) => String((await simulatorModule.answerInProcess(bare, requests[index % requests.length]!)).status),
      seconds,
      warmupSeconds,
    ),
  );

  const server = await simulatorModule.startSimulator();
  const httpClient = new LambdaClient({ endpoint: server.url, region: 'us-east-1', credentials, maxAttempts: 1 });
  results.push(await rate('AWS SDK over HTTP (simulator in this process)', (index) => sdkOutcome(httpClient, index), seconds, warmupSeconds));
  httpClient.destroy();
  await server.close();
  return results;
}
