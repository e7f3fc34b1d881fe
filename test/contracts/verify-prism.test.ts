// Provider verification: every committed pact, replayed by the Pact Verifier against the Prism mock
// of the spec, with each provider state turned into the `Prefer` header that selects its answer.
import { Verifier } from '@pact-foundation/pact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interactionCatalog } from '../../src/contracts/index.js';
import { startPrismMock, type RunningMock } from '../../src/mock/index.js';
import { committedPactFiles } from './support/committed-pacts.js';
import { providerName } from './support/consumer-pact.js';
import { failedInteractions } from './support/verify-pacts.js';
import { prismStateMapping } from './support/prism-states.js';

let mock: RunningMock;

beforeAll(async () => {
  mock = await startPrismMock({ port: 0 });
});

afterAll(async () => {
  await mock?.close();
});

describe('the Prism mock honours every committed contract', () => {
  it('passes Pact verification of contracts/*.json with states mapped to Prefer headers', async () => {
    const mapping = prismStateMapping();
    const pactFiles = committedPactFiles();
    const verifier = new Verifier({
      provider: providerName,
      providerBaseUrl: mock.url,
      pactUrls: pactFiles,
      stateHandlers: mapping.stateHandlers,
      requestFilter: mapping.requestFilter,
      logLevel: 'error',
    });
    expect(await failedInteractions(verifier)).toEqual([]);
    expect(mapping.preferHeaders).toHaveLength(pactFiles.length * interactionCatalog.length);
  });
});
