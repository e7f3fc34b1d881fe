// Consumer contract test: every Put interaction of lambda-rmc's catalog and the Get successes, run
// through Pact's mock server against the application code. Writes pacts/ (Pact's default), which
// `npm run contracts:coverage` then gates on.
import { PactV4 } from '@pact-foundation/pact';
import { interactionCatalog, type CatalogEntry } from 'lambda-rmc/contracts';
import { addCatalogInteraction } from 'lambda-rmc/contracts/pact';
import { describe, expect, it } from 'vitest';
import { lambdaClient, runtimeUpdates, setRuntimeUpdates } from '../src/runtime-updates.js';

const pact = new PactV4({ consumer: 'runtime-pinning-service', provider: 'lambda-runtime-management', dir: 'pacts', logLevel: 'error' });

// This service calls Put in every form, and reads back only successful configurations.
const used = interactionCatalog.filter((entry) => entry.operation === 'PutRuntimeManagementConfig' || entry.response.error === undefined);

async function callApplication(entry: CatalogEntry, endpoint: string) {
  const lambda = lambdaClient(endpoint);
  const { functionName, qualifier } = entry.request;
  try {
    return entry.operation === 'PutRuntimeManagementConfig'
      ? await setRuntimeUpdates(lambda, { functionName, qualifier }, { ...entry.request.body! })
      : await runtimeUpdates(lambda, { functionName, qualifier });
  } finally {
    lambda.destroy();
  }
}

describe('runtime updates against lambda-runtime-management', () => {
  it.each(used.map((entry) => [entry.id, entry] as const))('%s', async (_id, entry) => {
    await addCatalogInteraction(pact, entry).executeTest(async (server) => {
      const outcome = callApplication(entry, server.url);
      if (entry.response.error === undefined) {
        const body = entry.response.body as { UpdateRuntimeOn: string; FunctionArn: string };
        await expect(outcome).resolves.toMatchObject({ updateRuntimeOn: body.UpdateRuntimeOn, functionArn: body.FunctionArn });
      } else {
        await expect(outcome).rejects.toMatchObject({ name: entry.response.error, $metadata: { httpStatusCode: entry.response.status } });
      }
    });
  });
});
