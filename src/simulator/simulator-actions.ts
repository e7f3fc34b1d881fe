// What the in-process API and the control endpoint can do to a running simulator: one checked
// implementation for both, so the two cannot drift apart.
import { checkFault, checkFunctionFixture, checkSchema } from './check-simulator-config.js';
import { versionOf } from './resolve-function.js';
import { SimulatorConfigError } from './simulator-config-error.js';
import type { SimulatorContext } from './simulator-context.js';
import type { RuntimeConfig } from './simulator-options.js';

export function upsertFunction(context: SimulatorContext, fixture: unknown, source: string): void {
  checkFunctionFixture(fixture, source);
  if (context.store.size >= context.maxFunctions && !context.store.get(fixture.name)) {
    throw new SimulatorConfigError(source, 'name', `cannot be added: the simulator holds at most ${context.maxFunctions} functions (maxFunctions)`);
  }
  context.store.upsert(fixture);
}

/** Whether the function existed. */
export function deleteFunction(context: SimulatorContext, name: string): boolean {
  return context.store.delete(name);
}

export function setUpdateInProgress(context: SimulatorContext, name: string, inProgress: boolean, source: string): void {
  const fn = context.store.get(name);
  if (!fn) throw new SimulatorConfigError(source, 'name', `no function named '${name}'`);
  fn.updateInProgress = inProgress;
}

export function getConfig(context: SimulatorContext, name: string, version = '$LATEST'): RuntimeConfig | undefined {
  const fn = context.store.get(name);
  const resolved = fn && versionOf(fn, version);
  const config = resolved === undefined ? undefined : fn?.configs.get(resolved);
  return config && { ...config };
}

export function enqueueFault(context: SimulatorContext, outcome: unknown, source: string): void {
  checkFault(outcome, source);
  context.faults.enqueue(outcome);
}

export function changeTraffic(context: SimulatorContext, change: unknown, source: string): void {
  checkSchema('trafficSettings', change, source);
  context.traffic.change(change);
}

/** The starting fixture and starting traffic settings again, no scripted faults. */
export function resetSimulator(context: SimulatorContext): void {
  context.store.reset();
  context.traffic.reset();
  context.faults.clear();
}
