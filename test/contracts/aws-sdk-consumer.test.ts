// Consumer: the official AWS SDK v3 LambdaClient. Every catalog interaction runs through Pact's mock
// server; the test asserts what the SDK makes of it (output and $metadata, or the typed exception).
import {
  GetRuntimeManagementConfigCommand,
  InvalidParameterValueException,
  LambdaClient,
  LambdaServiceException,
  PutRuntimeManagementConfigCommand,
  ResourceConflictException,
  ResourceNotFoundException,
  ServiceException,
  TooManyRequestsException,
} from '@aws-sdk/client-lambda';
import { afterAll, describe, expect, it } from 'vitest';
import { interactionCatalog, type CatalogEntry } from '../../src/contracts/index.js';
import { responseHeader } from '../../src/contracts/spec-document.js';
import { consumerPact, executeCatalogTest } from './support/consumer-pact.js';

const consumer = consumerPact('lambda-rmc-aws-sdk-consumer');
afterAll(() => consumer.removeTemporaryDir());

/** The exception class the SDK deserialises each documented error into; ValidationException is not in Lambda's model. */
type ExceptionClass = abstract new (...args: never[]) => LambdaServiceException;

const exceptionClasses: Record<string, ExceptionClass> = {
  InvalidParameterValueException,
  ResourceNotFoundException,
  ResourceConflictException,
  TooManyRequestsException,
  ServiceException,
  ValidationException: LambdaServiceException,
};

type Outcome = { output: Record<string, unknown> } | { error: unknown };

async function send(endpoint: string, entry: CatalogEntry): Promise<Outcome> {
  const client = new LambdaClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' },
    maxAttempts: 1, // the contract's 429 and 500 are the outcome under test, not something to retry
  });
  const { functionName: FunctionName, qualifier: Qualifier, body } = entry.request;
  try {
    const command =
      entry.operation === 'PutRuntimeManagementConfig'
        ? new PutRuntimeManagementConfigCommand({
            FunctionName,
            Qualifier,
            UpdateRuntimeOn: body?.['UpdateRuntimeOn'],
            RuntimeVersionArn: body?.['RuntimeVersionArn'],
          })
        : new GetRuntimeManagementConfigCommand({ FunctionName, Qualifier });
    return { output: (await client.send(command as PutRuntimeManagementConfigCommand)) as unknown as Record<string, unknown> };
  } catch (error) {
    return { error };
  } finally {
    client.destroy();
  }
}

/** What the SDK should make of the entry's response, derived from the response itself. */
function expectedOutcome(entry: CatalogEntry): { output: Record<string, unknown> } | { error: { class: ExceptionClass; fields: Record<string, unknown> } } {
  const requestId = responseHeader(entry.operation, String(entry.response.status), 'x-amzn-RequestId').example;
  const body = entry.response.body as Record<string, unknown>;
  if (entry.response.error === undefined) {
    // A null RuntimeVersionArn is absent from the SDK's output object.
    const members = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null));
    return { output: { ...members, $metadata: expect.objectContaining({ httpStatusCode: 200, requestId, attempts: 1 }) } };
  }
  const fields: Record<string, unknown> = {
    name: entry.response.error,
    message: body['message'] ?? body['Message'],
    $fault: entry.response.status >= 500 ? 'server' : 'client',
    $metadata: expect.objectContaining({ httpStatusCode: entry.response.status, requestId }),
  };
  if (body['Reason'] !== undefined) fields['Reason'] = body['Reason'];
  if (body['Type'] !== undefined) fields['Type'] = body['Type'];
  if (entry.response.error === 'TooManyRequestsException') {
    fields['retryAfterSeconds'] = responseHeader(entry.operation, String(entry.response.status), 'Retry-After').example;
  }
  return { error: { class: exceptionClasses[entry.response.error] ?? LambdaServiceException, fields } };
}

describe('AWS SDK v3 LambdaClient against every catalog interaction', () => {
  const cases = interactionCatalog.map((entry) => [entry.id, { given: entry, want: expectedOutcome(entry) }] as const);

  it.each(cases)('%s', async (_id, { given, want }) => {
    await executeCatalogTest(consumer.pact, given, async (server) => {
      const outcome = await send(server.url, given);
      if ('output' in want) {
        expect(outcome).toEqual({ output: want.output });
      } else {
        expect(outcome).toHaveProperty('error');
        const error = (outcome as { error: unknown }).error;
        expect(error).toBeInstanceOf(want.error.class);
        expect(error).toMatchObject(want.error.fields);
      }
    });
  });

  it('writes its pact deterministically: regenerated, it is byte-identical to the committed contract', async () => {
    const written = consumer.readWritten();
    expect(JSON.parse(written).interactions).toHaveLength(interactionCatalog.length);
    await expect(written).toMatchFileSnapshot(consumer.committedFile);
  });
});
