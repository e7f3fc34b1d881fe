// Consumer: lambda-rmc's own typed client (src/client). Every catalog interaction runs through Pact's
// mock server; the test asserts the typed result: the validated value, or the error by AWS name, with
// a 429 retried after its Retry-After until the retry budget is spent.
import { afterAll, describe, expect, it } from 'vitest';
import { createRuntimeManagementClient, defaultRetryPolicy } from '../../src/client/index.js';
import { interactionCatalog, type CatalogEntry } from '../../src/contracts/index.js';
import { responseHeader } from '../../src/contracts/spec-document.js';
import type { components } from '../../src/generated/openapi-types.js';
import { awsError, type ThrottleReason } from '../../src/validation/index.js';
import { consumerPact, executeCatalogTest } from './support/consumer-pact.js';

type UpdateRuntimeOn = components['schemas']['UpdateRuntimeOn'];

const consumer = consumerPact('lambda-rmc-client-consumer');
afterAll(() => consumer.removeTemporaryDir());

async function call(baseUrl: string, entry: CatalogEntry) {
  const sleeps: number[] = [];
  const client = createRuntimeManagementClient({
    baseUrl,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
  const { functionName: FunctionName, qualifier: Qualifier, body } = entry.request;
  const input = { FunctionName, ...(Qualifier !== undefined && { Qualifier }) };
  const result =
    entry.operation === 'PutRuntimeManagementConfig'
      ? await client.putRuntimeManagementConfig({
          ...input,
          UpdateRuntimeOn: body?.['UpdateRuntimeOn'] as UpdateRuntimeOn,
          ...(body?.['RuntimeVersionArn'] && { RuntimeVersionArn: body['RuntimeVersionArn'] }),
        })
      : await client.getRuntimeManagementConfig(input);
  return { result, sleeps };
}

/** The typed result the client should return for the entry's response, derived from the response itself. */
function expectedOutcome(entry: CatalogEntry) {
  const status = String(entry.response.status);
  const requestId = responseHeader(entry.operation, status, 'x-amzn-RequestId').example;
  const body = entry.response.body as Record<string, string>;
  const name = entry.response.error;
  if (name === undefined) return { result: { ok: true, status: 200, requestId, attempts: 1, value: body }, sleeps: [] };
  const message = body['message'] ?? body['Message'] ?? '';
  if (name !== 'TooManyRequestsException') {
    return { result: { ok: false, status: entry.response.status, requestId, attempts: 1, error: awsError(name, message) }, sleeps: [] };
  }
  const retryAfterSeconds = Number(responseHeader(entry.operation, status, 'Retry-After').example);
  return {
    result: {
      ok: false,
      status: 429,
      requestId,
      // The contract's provider stays throttled: every retry meets the same 429.
      attempts: defaultRetryPolicy.maxRetries + 1,
      error: awsError(name, message, { retryAfterSeconds, reason: body['Reason'] as ThrottleReason }),
    },
    sleeps: Array.from({ length: defaultRetryPolicy.maxRetries }, () => retryAfterSeconds * 1000),
  };
}

describe('lambda-rmc client against every catalog interaction', () => {
  const cases = interactionCatalog.map((entry) => [entry.id, { given: entry, want: expectedOutcome(entry) }] as const);

  it.each(cases)('%s', async (_id, { given, want }) => {
    await executeCatalogTest(consumer.pact, given, async (server) => {
      expect(await call(server.url, given)).toEqual(want);
    });
  });

  it('writes its pact deterministically: regenerated, it is byte-identical to the committed contract', async () => {
    const written = consumer.readWritten();
    expect(JSON.parse(written).interactions).toHaveLength(interactionCatalog.length);
    await expect(written).toMatchFileSnapshot(consumer.committedFile);
  });
});
