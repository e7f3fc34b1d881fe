import { checkFault, checkFunctionFixtures, checkRuntimeVersions, checkSchema } from './check-simulator-config.js';
import { defaultFixture } from './default-fixture.js';
import { handleRequest } from './handle-request.js';
import type { HttpHandler } from './http-exchange.js';
import { realSleep, type Sleep } from './latency.js';
import { registerRequestHandler } from './request-handlers.js';
import type { RuntimeVersionCatalogue } from './runtime-version-catalogue.js';
import { listen } from './server.js';
import * as actions from './simulator-actions.js';
import { SimulatorConfigError } from './simulator-config-error.js';
import type { SimulatorContext } from './simulator-context.js';
import {
  defaultAccountId,
  defaultMaxBodyBytes,
  maxJsonDepth,
  type AccountView,
  type InProcessSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from './simulator-options.js';
import { Tenants } from './tenants.js';
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
const twelveDigits = /^\d{12}$/;

/** startSimulator with replaceable time and randomness; the public entry passes no hooks. */
export async function startSimulatorWith(options: SimulatorOptions, hooks: SimulatorHooks): Promise<RunningSimulator> {
  const { simulator, handler, context } = buildSimulator(options, hooks);
  const server = await listen(handler, options.host ?? '127.0.0.1', options.port ?? 0, context.limits.maxBytes);
  const running: RunningSimulator = { ...simulator, url: server.url, close: () => server.close() };
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
    tenants: new Tenants(options.functions ?? defaultFixture, catalogue),
    traffic: new TrafficControls({ throttle: options.throttle, latency: options.latency, errorRate: options.errorRate }, hooks.clock),
    limits: { maxBytes: options.maxBodyBytes ?? defaultMaxBodyBytes, maxDepth: maxJsonDepth },
    controlEndpoint: options.controlEndpoint ?? false,
    sleep: hooks.sleep ?? realSleep,
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
      if (typeof accountId !== 'string' || !twelveDigits.test(accountId)) {
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
  const catalogue = checkRuntimeVersions(options.runtimeVersions, source);
  if (options.functions !== undefined) checkFunctionFixtures(options.functions, source, catalogue);
  const traffic = Object.fromEntries(
    (['throttle', 'latency', 'errorRate'] as const).filter((key) => options[key] !== undefined).map((key) => [key, options[key]]),
  );
  if (Object.keys(traffic).length > 0) checkSchema('trafficSettings', traffic, source);
  (options.faults ?? []).forEach((fault, index) => checkFault(fault, source, `faults[${index}]`));
  return catalogue;
}
