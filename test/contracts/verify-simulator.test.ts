// Provider verification: every committed pact, replayed by the Pact Verifier against the stateful
// simulator, with each provider state set up through the simulator's in-process API.
import { Verifier } from '@pact-foundation/pact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { committedPactFiles } from './support/committed-pacts.js';
import { providerName } from './support/consumer-pact.js';
import { failedInteractions } from './support/verify-pacts.js';
import { simulatorStateHandlers } from './support/simulator-states.js';

let simulator: RunningSimulator;

beforeAll(async () => {
  simulator = await startSimulator({ port: 0 });
});

afterAll(async () => {
  await simulator?.close();
});

describe('the simulator honours every committed contract', () => {
  it('passes Pact verification of contracts/*.json', async () => {
    const verifier = new Verifier({
      provider: providerName,
      providerBaseUrl: simulator.url,
      pactUrls: committedPactFiles(),
      stateHandlers: simulatorStateHandlers(simulator),
      logLevel: 'error',
    });
    expect(await failedInteractions(verifier)).toEqual([]);
  });
});
