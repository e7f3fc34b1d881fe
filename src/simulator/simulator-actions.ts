// What the in-process API and the control endpoint can do to a running simulator: one checked
// implementation for both, so the two cannot drift apart. Function and fault actions act on one
// account; traffic settings and the full reset on the whole server.
import { checkFault, checkFunctionFixture, checkSchema } from './check-simulator-config.js';
import { versionOf } from './resolve-function.js';
import { FaultScript } from './fault-script.js';
import { maxVersionsPerAccount, versionCountOf } from './function-store.js';
import { SimulatorConfigError } from './simulator-config-error.js';
import type { SimulatorContext } from './simulator-context.js';
import type { RuntimeConfig } from './simulator-options.js';

/** Adds or replaces a function in `accountId`; a fixture naming another account is refused. */
export function upsertFunction(context: SimulatorContext, accountId: string, fixture: unknown, source: string, field = ''): void {
  checkFunctionFixture(fixture, source, field, context.tenants.catalogue);
  if (fixture.accountId !== undefined && fixture.accountId !== accountId) {
    throw new SimulatorConfigError(source, field === '' ? 'accountId' : `${field}.accountId`, `must be '${accountId}', the account addressed (or left out)`);
  }
  const { accountId: _given, ...rest } = fixture;
  const store = context.tenants.get(accountId).store;
  const replaced = store.get(fixture.name);
  if (store.size >= context.maxFunctions && !replaced) {
    throw new SimulatorConfigError(
      source,
      field === '' ? 'name' : `${field}.name`,
      `cannot be added: an account holds at most ${context.maxFunctions} functions (maxFunctions)`,
    );
  }
  if (store.versionCount + versionCountOf(fixture) - (replaced ? replaced.versions.length + 1 : 0) > maxVersionsPerAccount) {
    throw new SimulatorConfigError(
      source,
      field === '' ? 'versions' : `${field}.versions`,
      `cannot be added: an account holds at most ${maxVersionsPerAccount} versions in all`,
    );
  }
  store.upsert(rest);
}

/** Whether the function existed. */
export function deleteFunction(context: SimulatorContext, accountId: string, name: string): boolean {
  return context.tenants.get(accountId).store.delete(name);
}

export function setUpdateInProgress(context: SimulatorContext, accountId: string, name: string, inProgress: boolean, source: string): void {
  const fn = context.tenants.get(accountId).store.get(name);
  if (!fn) throw new SimulatorConfigError(source, 'name', `no function named '${name}'`);
  fn.updateInProgress = inProgress;
}

export function getConfig(context: SimulatorContext, accountId: string, name: string, version = '$LATEST'): RuntimeConfig | undefined {
  const fn = context.tenants.get(accountId).store.get(name);
  const resolved = fn && versionOf(fn, version);
  const config = resolved === undefined ? undefined : fn?.configs.get(resolved);
  return config && { ...config };
}

/** The version a function version runs now: its Manual pin, else the function's current runtime version. */
export function runtimeVersionArn(context: SimulatorContext, accountId: string, name: string, version = '$LATEST'): string | undefined {
  const fn = context.tenants.get(accountId).store.get(name);
  if (!fn || fn.runtimeVersionArn === undefined) return undefined;
  const resolved = versionOf(fn, version);
  const config = resolved === undefined ? undefined : fn.configs.get(resolved);
  if (!config) return undefined;
  return config.UpdateRuntimeOn === 'Manual' && config.RuntimeVersionArn !== undefined ? config.RuntimeVersionArn : fn.runtimeVersionArn;
}

export function enqueueFault(context: SimulatorContext, accountId: string, outcome: unknown, source: string): void {
  checkFault(outcome, source);
  const faults = context.tenants.get(accountId).faults;
  if (faults.size >= FaultScript.maxQueued)
    throw new SimulatorConfigError(source, 'faults', `cannot be queued: an account holds at most ${FaultScript.maxQueued} scripted outcomes; clear them first`);
  faults.enqueue(outcome);
}

export function changeTraffic(context: SimulatorContext, change: unknown, source: string): void {
  checkSchema('trafficSettings', change, source);
  context.traffic.change(change);
}

/** One account back to the starting fixture, its scripted faults cleared. */
export function resetAccount(context: SimulatorContext, accountId: string): void {
  context.tenants.resetAccount(accountId);
}

/** Every account back to the starting fixture and the starting traffic settings, no scripted faults. */
export function resetSimulator(context: SimulatorContext): void {
  context.tenants.resetAll();
  context.traffic.reset();
}
