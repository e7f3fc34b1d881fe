// A simulator started once for the describe block (or file) it is called in, with the unmodified SDK
// client pointed at it; every test starts from the starting fixture.
import type { LambdaClient } from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { lambdaClient } from './lambda-client.js';

export interface SimulatorWithSdk {
  readonly simulator: RunningSimulator;
  readonly client: LambdaClient;
}

export function useSimulatorWithSdk(): SimulatorWithSdk {
  let simulator: RunningSimulator | undefined;
  let client: LambdaClient | undefined;
  beforeAll(async () => {
    simulator = await startSimulator();
    client = lambdaClient(simulator.url);
  });
  afterAll(async () => {
    client?.destroy();
    await simulator?.close();
  });
  beforeEach(() => simulator?.reset());
  return {
    get simulator() {
      if (!simulator) throw new Error('the simulator starts in beforeAll; read it inside a test');
      return simulator;
    },
    get client() {
      if (!client) throw new Error('the client is made in beforeAll; read it inside a test');
      return client;
    },
  };
}
