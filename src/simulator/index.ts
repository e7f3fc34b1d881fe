// The stateful simulator of Lambda's runtime-management API: an HTTP server that keeps functions,
// versions and configs, answers as Lambda does, and injects throttling, faults and latency on demand.
import { createSimulatorWith, startSimulatorWith } from './start-simulator.js';
import type { InProcessSimulator, RunningSimulator, SimulatorOptions } from './simulator-options.js';

/** Starts a simulator (port 0 = a free port) and resolves once it listens. Bad options throw SimulatorConfigError. */
export function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  return startSimulatorWith(options, {});
}

/** A simulator without a socket, for simulatorRequestHandler; host and port are ignored. Bad options throw SimulatorConfigError. */
export function createSimulator(options: SimulatorOptions = {}): InProcessSimulator {
  return createSimulatorWith(options, {});
}

export {
  answerInProcess,
  simulatorRequestHandler,
  type InProcessAnswer,
  type SdkHttpRequest,
  type SdkHttpResponse,
  type SimulatorRequestHandler,
} from './in-process-request-handler.js';
export { callerScope, type CallerScope } from './caller-scope.js';
export { builtInRegions, builtInRuntimes, RuntimeVersionCatalogue } from './runtime-version-catalogue.js';
// Validation owns the wording; the simulator's entry keeps exporting it.
export { unknownRuntimeVersionMessage } from '../validation/index.js';
export { readFixtureFile } from './fixture-file.js';

export { defaultFixture, exampleRuntimeVersionArn } from './default-fixture.js';
export { readConfigFile, readFunctionsFile } from './fixture-file.js';
export { SimulatorConfigError } from './simulator-config-error.js';
export { controlPrefix } from './route-request.js';
export { defaultDrainMs, defaultServerLimits } from './server.js';
export {
  defaultAccountId,
  defaultMaxBodyBytes,
  defaultMaxAccounts,
  defaultMaxFunctions,
  defaultRegion,
  maxJsonDepth,
  type ConnectionSettings,
  type AccountView,
  type InProcessSimulator,
  type RuntimeVersionFixture,
  type RuntimeVersionView,
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
