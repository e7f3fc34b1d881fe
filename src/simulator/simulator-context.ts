import type { Sleep } from './latency.js';
import type { BodyLimits } from './request-body.js';
import type { Tenants } from './tenants.js';
import type { TrafficControls } from './traffic-controls.js';

/** Everything a request handler reads or changes; one per running simulator. */
export interface SimulatorContext {
  /** Functions and scripted faults, per account. */
  tenants: Tenants;
  /** Throttle, latency and error rate: server-wide, as one endpoint's limits are. */
  traffic: TrafficControls;
  limits: BodyLimits;
  controlEndpoint: boolean;
  /** Host header values the control endpoint answers (lower case): loopback names and the bound address, with the port; undefined without a socket. */
  controlHosts: ReadonlySet<string> | undefined;
  /** Most functions one account's table may hold. */
  maxFunctions: number;
  /** Waits out added latency; tests replace it to observe delays without waiting. */
  sleep: Sleep;
  /** Draws latency jitter, in [0, 1). */
  random: () => number;
}
