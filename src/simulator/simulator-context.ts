import type { FaultScript } from './fault-script.js';
import type { FunctionStore } from './function-store.js';
import type { Sleep } from './latency.js';
import type { BodyLimits } from './request-body.js';
import type { TrafficControls } from './traffic-controls.js';

/** Everything a request handler reads or changes; one per running simulator. */
export interface SimulatorContext {
  store: FunctionStore;
  faults: FaultScript;
  traffic: TrafficControls;
  limits: BodyLimits;
  controlEndpoint: boolean;
  /** Host header values the control endpoint answers (lower case): loopback names and the bound address, with the port. */
  controlHosts: ReadonlySet<string>;
  /** Most functions the table may hold. */
  maxFunctions: number;
  /** Waits out added latency; tests replace it to observe delays without waiting. */
  sleep: Sleep;
  /** Draws latency jitter, in [0, 1). */
  random: () => number;
}
