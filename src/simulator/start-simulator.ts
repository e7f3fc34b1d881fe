import { checkFault, checkFunctionFixtures, checkRuntimeVersions, checkSchema } from './check-simulator-config.js';
import { defaultFixture } from './default-fixture.js';
import { handleRequest } from './handle-request.js';
import type { HttpHandler } from './http-exchange.js';
import { setTimeout as sleepFor } from 'node:timers/promises';
import { isAccountId } from '../validation/index.js';
import type { Sleep } from './latency.js';
import { registerRequestHandler } from './request-handlers.js';
import type { RuntimeVersionCatalogue } from './runtime-version-catalogue.js';
import { defaultServerLimits, listen } from './server.js';
import * as actions from './simulator-actions.js';
import { SimulatorConfigError } from './simulator-config-error.js';
import type { SimulatorContext } from './simulator-context.js';
import {
  defaultAccountId,
  defaultMaxAccounts,
  defaultMaxBodyBytes,
  defaultMaxFunctions,
  maxJsonDepth,
  type AccountView,
  type InProcessSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from './simulator-options.js';
import { Tenants } from './tenants.js';
import { FaultScript } from './fault-script.js';
import { maxVersionsPerAccount, versionCountOf } from './function-store.js';
import { TrafficControls } from './traffic-controls.js';
import type { Clock } from './token-bucket.js';

/** What tests swap in to observe time-based behaviour without waiting. */
export interface SimulatorHooks {
  sleep?: Sleep;
  clock?: Clock;
  random?: () => number;
}

const source = 'startSimulator options';
const apiSource = 'RunningSimulator';

/** startSimulator with replaceable time and randomness; the public entry passes no hooks. */
export async function startSimulatorWith(options: SimulatorOptions, hooks: SimulatorHooks): Promise<RunningSimulator> {
  const stopped = new AbortController();
  // A latency wait still pending when close() has drained ends at once: the request is answered (to a
  // socket gone, or in process), and no timer keeps the process alive; never a 500 for the caller.
  const sleep: Sleep = (ms) => sleepFor(ms, undefined, { signal: stopped.signal }).catch(() => undefined);
  const { simulator, handler, context } = buildSimulator(options, { ...hooks, sleep: hooks.sleep ?? sleep });
  const limits = { ...defaultServerLimits, ...options.connections, maxBodyBytes: context.limits.maxBytes };
  const host = options.host ?? '127.0.0.1';
  const server = await listen(handler, host, options.port ?? 0, limits);
  context.controlHosts = controlHostsFor(host, Number(new URL(server.url).port));
  const close: RunningSimulator['close'] = async (closeOptions) => {
    await server.close(closeOptions);
    stopped.abort(); // latency still pending past the drain: nothing keeps the process alive for it
  };
  const running: RunningSimulator = { ...simulator, url: server.url, close };
  registerRequestHandler(running, { handler, maxBodyBytes: context.limits.maxBytes });
  return running;
}

/** A simulator without a socket: reached only through simulatorRequestHandler. */
export function createSimulatorWith(options: SimulatorOptions, hooks: SimulatorHooks): InProcessSimulator {
  const { simulator, handler, context } = buildSimulator(options, hooks);
  registerRequestHandler(simulator, { handler, maxBodyBytes: context.limits.maxBytes });
  return simulator;
}

function buildSimulator(options: SimulatorOptions, hooks: SimulatorHooks): { simulator: InProcessSimulator; handler: HttpHandler; context: SimulatorContext } {
  const catalogue = checkOptions(options);
  const context: SimulatorContext = {
    tenants: new Tenants(options.functions ?? defaultFixture, catalogue, options.maxAccounts ?? defaultMaxAccounts),
    traffic: new TrafficControls({ throttle: options.throttle, latency: options.latency, errorRate: options.errorRate }, hooks.clock),
    limits: { maxBytes: options.maxBodyBytes ?? defaultMaxBodyBytes, maxDepth: maxJsonDepth },
    controlEndpoint: options.controlEndpoint ?? false,
    // No socket, no cross-site request to fear: an in-process simulator answers any Host.
    controlHosts: undefined,
    maxFunctions: options.maxFunctions ?? defaultMaxFunctions,
    sleep: hooks.sleep ?? ((ms) => sleepFor(ms)),
    random: hooks.random ?? Math.random,
  };
  // Faults queued at start are the default account's: the one unsigned callers and the CLI's users are in.
  for (const fault of options.faults ?? []) context.tenants.get(defaultAccountId).faults.enqueue(fault);

  const defaultView = accountView(context, defaultAccountId);
  const simulator: InProcessSimulator = {
    reset: () => actions.resetSimulator(context),
    state: defaultView.state,
    faults: defaultView.faults,
    account: (accountId) => {
      if (!isAccountId(accountId)) {
        throw new SimulatorConfigError(apiSource, 'account', `must be a 12-digit account id, got ${JSON.stringify(accountId)}`);
      }
      return accountView(context, accountId);
    },
    accounts: () => context.tenants.accountIds(),
    runtimeVersions: {
      versions: (runtime, region) => [...catalogue.versions(runtime, region)],
      snapshot: (filter) => catalogue.snapshot(filter),
    },
  };
  return { simulator, handler: (request, reply) => handleRequest(context, request, reply), context };
}

function accountView(context: SimulatorContext, accountId: string): AccountView {
  return {
    accountId,
    reset: () => actions.resetAccount(context, accountId),
    state: {
      accountId,
      upsertFunction: (fixture) => actions.upsertFunction(context, accountId, fixture, apiSource),
      deleteFunction: (name) => void actions.deleteFunction(context, accountId, name),
      getConfig: (name, version) => actions.getConfig(context, accountId, name, version),
      setUpdateInProgress: (name, inProgress) => actions.setUpdateInProgress(context, accountId, name, inProgress, apiSource),
      runtimeVersionArn: (name, version) => actions.runtimeVersionArn(context, accountId, name, version),
      snapshot: () => context.tenants.get(accountId).store.snapshot(),
    },
    faults: {
      enqueue: (outcome) => actions.enqueueFault(context, accountId, outcome, apiSource),
      clear: () => context.tenants.get(accountId).faults.clear(),
    },
  };
}

/** Every option checked before anything starts; the first bad one is a SimulatorConfigError. Returns the runtime-version catalogue. */
function checkOptions(options: SimulatorOptions): RuntimeVersionCatalogue {
  const { port, maxBodyBytes } = options;
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) {
    throw new SimulatorConfigError(source, 'port', `must be an integer from 0 to 65535, got ${String(port)}`);
  }
  if (maxBodyBytes !== undefined && !(Number.isInteger(maxBodyBytes) && maxBodyBytes >= 1)) {
    throw new SimulatorConfigError(source, 'maxBodyBytes', `must be a positive integer, got ${String(maxBodyBytes)}`);
  }
  for (const bound of ['maxFunctions', 'maxAccounts'] as const) {
    const value = options[bound];
    if (value !== undefined && !(Number.isInteger(value) && value >= 1))
      throw new SimulatorConfigError(source, bound, `must be a positive integer, got ${String(value)}`);
  }
  const catalogue = checkRuntimeVersions(options.runtimeVersions, source);
  if (options.functions !== undefined) checkFunctionFixtures(options.functions, source, catalogue);
  const maxFunctions = options.maxFunctions ?? defaultMaxFunctions;
  if ((options.functions?.length ?? 0) > maxFunctions)
    throw new SimulatorConfigError(source, 'functions', `has ${options.functions!.length} functions, more than maxFunctions (${maxFunctions})`);
  if (options.connections !== undefined) checkSchema('connections', options.connections, source, 'connections');
  const fixtureVersions = (options.functions ?? []).reduce((sum, fixture) => sum + versionCountOf(fixture), 0);
  if (fixtureVersions > maxVersionsPerAccount)
    throw new SimulatorConfigError(source, 'functions', `hold ${fixtureVersions} versions in all, more than an account may hold (${maxVersionsPerAccount})`);
  if ((options.faults?.length ?? 0) > FaultScript.maxQueued)
    throw new SimulatorConfigError(source, 'faults', `has ${options.faults!.length} outcomes, more than an account may queue (${FaultScript.maxQueued})`);
  const traffic = Object.fromEntries(
    (['throttle', 'latency', 'errorRate'] as const).filter((key) => options[key] !== undefined).map((key) => [key, options[key]]),
  );
  if (Object.keys(traffic).length > 0) checkSchema('trafficSettings', traffic, source);
  (options.faults ?? []).forEach((fault, index) => checkFault(fault, source, `faults[${index}]`));
  return catalogue;
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
