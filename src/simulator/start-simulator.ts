import { checkFault, checkFunctionFixtures, checkSchema } from './check-simulator-config.js';
import { defaultFixture } from './default-fixture.js';
import { FaultScript } from './fault-script.js';
import { FunctionStore } from './function-store.js';
import { handleRequest } from './handle-request.js';
import { setTimeout as sleepFor } from 'node:timers/promises';
import type { Sleep } from './latency.js';
import { defaultServerLimits, listen } from './server.js';
import * as actions from './simulator-actions.js';
import { SimulatorConfigError } from './simulator-config-error.js';
import type { SimulatorContext } from './simulator-context.js';
import { defaultMaxBodyBytes, defaultMaxFunctions, maxJsonDepth, type RunningSimulator, type SimulatorOptions } from './simulator-options.js';
import { TrafficControls } from './traffic-controls.js';
import type { Clock } from './token-bucket.js';

/** What tests swap in to observe time-based behaviour without waiting. */
export interface SimulatorHooks {
  sleep?: Sleep;
  clock?: Clock;
  random?: () => number;
}

const source = 'startSimulator options';

/** startSimulator with replaceable time and randomness; the public entry passes no hooks. */
export async function startSimulatorWith(options: SimulatorOptions, hooks: SimulatorHooks): Promise<RunningSimulator> {
  checkOptions(options);
  const stopped = new AbortController();
  const context: SimulatorContext = {
    store: new FunctionStore(options.functions ?? defaultFixture),
    faults: new FaultScript(),
    traffic: new TrafficControls({ throttle: options.throttle, latency: options.latency, errorRate: options.errorRate }, hooks.clock),
    limits: { maxBytes: options.maxBodyBytes ?? defaultMaxBodyBytes, maxDepth: maxJsonDepth },
    controlEndpoint: options.controlEndpoint ?? false,
    controlHosts: new Set(),
    maxFunctions: options.maxFunctions ?? defaultMaxFunctions,
    sleep: hooks.sleep ?? ((ms) => sleepFor(ms, undefined, { signal: stopped.signal })),
    random: hooks.random ?? Math.random,
  };
  for (const fault of options.faults ?? []) context.faults.enqueue(fault);

  const limits = { ...defaultServerLimits, ...options.connections, maxBodyBytes: context.limits.maxBytes };
  const server = await listen((request, reply) => handleRequest(context, request, reply), options.host ?? '127.0.0.1', options.port ?? 0, limits);
  context.controlHosts = controlHostsFor(options.host ?? '127.0.0.1', Number(new URL(server.url).port));
  const apiSource = 'RunningSimulator';
  return {
    url: server.url,
    close: async (closeOptions) => {
      await server.close(closeOptions);
      stopped.abort(); // latency still pending past the drain: nothing keeps the process alive for it
    },
    reset: () => actions.resetSimulator(context),
    state: {
      upsertFunction: (fixture) => actions.upsertFunction(context, fixture, apiSource),
      deleteFunction: (name) => void actions.deleteFunction(context, name),
      getConfig: (name, version) => actions.getConfig(context, name, version),
      setUpdateInProgress: (name, inProgress) => actions.setUpdateInProgress(context, name, inProgress, apiSource),
      snapshot: () => context.store.snapshot(),
    },
    faults: {
      enqueue: (outcome) => actions.enqueueFault(context, outcome, apiSource),
      clear: () => context.faults.clear(),
    },
  };
}

/** Every option checked before anything starts; the first bad one is a SimulatorConfigError. */
function checkOptions(options: SimulatorOptions): void {
  const { port, maxBodyBytes } = options;
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) {
    throw new SimulatorConfigError(source, 'port', `must be an integer from 0 to 65535, got ${String(port)}`);
  }
  if (maxBodyBytes !== undefined && !(Number.isInteger(maxBodyBytes) && maxBodyBytes >= 1)) {
    throw new SimulatorConfigError(source, 'maxBodyBytes', `must be a positive integer, got ${String(maxBodyBytes)}`);
  }
  if (options.maxFunctions !== undefined && !(Number.isInteger(options.maxFunctions) && options.maxFunctions >= 1)) {
    throw new SimulatorConfigError(source, 'maxFunctions', `must be a positive integer, got ${String(options.maxFunctions)}`);
  }
  if (options.functions !== undefined) checkFunctionFixtures(options.functions, source);
  const maxFunctions = options.maxFunctions ?? defaultMaxFunctions;
  if ((options.functions?.length ?? 0) > maxFunctions) throw new SimulatorConfigError(source, 'functions', `has ${options.functions!.length} functions, more than maxFunctions (${maxFunctions})`);
  if (options.connections !== undefined) checkSchema('connections', options.connections, source, 'connections');
  const traffic = Object.fromEntries(
    (['throttle', 'latency', 'errorRate'] as const).filter((key) => options[key] !== undefined).map((key) => [key, options[key]]),
  );
  if (Object.keys(traffic).length > 0) checkSchema('trafficSettings', traffic, source);
  (options.faults ?? []).forEach((fault, index) => checkFault(fault, source, `faults[${index}]`));
}

/**
 * The Host values a control request may carry: loopback names, and the bound address unless it is a
 * wildcard. Anything else (a page's DNS-rebound name) is refused, so a web page cannot drive the simulator.
 */
function controlHostsFor(host: string, port: number): Set<string> {
  const wildcard = host === '0.0.0.0' || host === '::' || host === '[::]';
  const names = ['localhost', '127.0.0.1', '[::1]', ...(wildcard ? [] : [host.includes(':') && !host.startsWith('[') ? `[${host}]` : host])];
  return new Set(names.map((name) => `${name.toLowerCase()}:${port}`));
}
