// The stateful simulator of Lambda's runtime-management API: an HTTP server that keeps functions,
// versions and configs, answers as Lambda does, and injects throttling, faults and latency on demand.
import { startSimulatorWith } from './start-simulator.js';
import type { RunningSimulator, SimulatorOptions } from './simulator-options.js';

/** Starts a simulator (port 0 = a free port) and resolves once it listens. Bad options throw SimulatorConfigError. */
export function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  return startSimulatorWith(options, {});
}

export { defaultFixture, exampleRuntimeVersionArn } from './default-fixture.js';
export { readConfigFile, readFunctionsFile } from './fixture-file.js';
export { SimulatorConfigError } from './simulator-config-error.js';
export { controlPrefix } from './route-request.js';
export { defaultDrainMs, defaultServerLimits } from './server.js';
export {
  defaultMaxBodyBytes,
  defaultMaxFunctions,
  maxJsonDepth,
  type ConnectionSettings,
  type ErrorRateSettings,
  type FaultOutcome,
  type FunctionFixture,
  type FunctionSnapshot,
  type LatencySettings,
  type RunningSimulator,
  type RuntimeConfig,
  type SimulatorConfigFile,
  type SimulatorFaults,
  type SimulatorOptions,
  type SimulatorState,
  type ThrottleSettings,
  type TrafficSettings,
} from './simulator-options.js';
