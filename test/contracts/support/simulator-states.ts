// Provider states set up as real state of the simulator, through its in-process API.
import { providerStateNames, type ProviderState } from '../../../src/contracts/provider-states.js';
import { catalogStateHandlers, type StateHandlers } from './state-handlers.js';
import type { RunningSimulator } from '../../../src/simulator/index.js';

/** One handler per catalog state; each starts from the simulator's starting fixture. */
export function simulatorStateHandlers(simulator: RunningSimulator): StateHandlers {
  return catalogStateHandlers((state) => {
    simulator.reset();
    applyState(simulator, state);
  });
}

function applyState(simulator: RunningSimulator, state: ProviderState): void {
  switch (state.name) {
    case providerStateNames.functionExists: {
      const { functionName, version, updateRuntimeOn, runtimeVersionArn } = state.params;
      simulator.state.upsertFunction({
        name: functionName,
        versions: version === '$LATEST' ? [] : [version],
        configs: { [version]: { UpdateRuntimeOn: updateRuntimeOn, ...(runtimeVersionArn !== null && { RuntimeVersionArn: runtimeVersionArn }) } },
      });
      return;
    }
    case providerStateNames.functionMissing:
      simulator.state.deleteFunction(state.params.functionName);
      return;
    case providerStateNames.runtimeVersionMissing: {
      // A function of the default runtime and region; the state holds when the catalogue lacks the version.
      simulator.state.upsertFunction({ name: state.params.functionName });
      const fn = simulator.state.snapshot().functions.find((candidate) => candidate.name === state.params.functionName)!;
      if (simulator.runtimeVersions.versions(fn.runtime!, fn.region).includes(state.params.runtimeVersionArn)) {
        throw new Error(`provider state '${state.name}': ${state.params.runtimeVersionArn} is a version of ${fn.runtime} in ${fn.region}`);
      }
      return;
    }
    case providerStateNames.updateInProgress:
      simulator.state.upsertFunction({ name: state.params.functionName });
      simulator.state.setUpdateInProgress(state.params.functionName, true);
      return;
    case providerStateNames.callerThrottled:
      // The simulator throttles with the reason the spec documents for these calls.
      if (state.params.reason !== 'CallerRateLimitExceeded') throw new Error(`the simulator cannot throttle with reason ${state.params.reason}`);
      simulator.faults.enqueue({ operation: state.params.operation, status: 429, retryAfterSeconds: state.params.retryAfterSeconds });
      return;
    case providerStateNames.serviceFault:
      simulator.faults.enqueue({ operation: state.params.operation, status: 500 });
      return;
  }
}
