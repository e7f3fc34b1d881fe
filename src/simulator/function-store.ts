import { partitionOfRegion, type FunctionLocation } from './function-arn.js';
import type { RuntimeVersionCatalogue } from './runtime-version-catalogue.js';
import { defaultRegion, type FunctionFixture, type FunctionSnapshot, type RuntimeConfig } from './simulator-options.js';

/** A function as the simulator holds it: every version has an explicit config. */
export interface StoredFunction extends FunctionLocation {
  packageType: 'Zip' | 'Image';
  /** undefined for Image functions. */
  runtime: string | undefined;
  /** The runtime version the function runs now; undefined for Image functions. */
  runtimeVersionArn: string | undefined;
  updateInProgress: boolean;
  /** Published versions in ascending order. */
  versions: string[];
  aliases: Map<string, string>;
  configs: Map<string, RuntimeConfig>;
}

const autoConfig: RuntimeConfig = { UpdateRuntimeOn: 'Auto' };

/** The default runtime of a Zip function given without one. */
export const defaultRuntime = 'nodejs20.x';

/**
 * One account's functions, their versions and each version's runtime-management config. It starts
 * from the fixtures that are in every account (no accountId) or in this one. Fixtures must be
 * checked before they get here.
 */
export class FunctionStore {
  private readonly functions = new Map<string, StoredFunction>();

  constructor(
    readonly accountId: string,
    private readonly startingFixtures: readonly FunctionFixture[],
    private readonly catalogue: RuntimeVersionCatalogue,
  ) {
    this.reset();
  }

  reset(): void {
    this.functions.clear();
    for (const fixture of this.startingFixtures) {
      if (fixture.accountId === undefined || fixture.accountId === this.accountId) this.upsert(fixture);
    }
  }

  get(name: string): StoredFunction | undefined {
    return this.functions.get(name);
  }

  upsert(fixture: FunctionFixture): void {
    this.functions.set(fixture.name, storedFunction(fixture, this.accountId, this.catalogue));
  }

  delete(name: string): boolean {
    return this.functions.delete(name);
  }

  setConfig(fn: StoredFunction, version: string, config: RuntimeConfig): void {
    fn.configs.set(version, { ...config });
  }

  get size(): number {
    return this.functions.size;
  }

  /** One function as plain JSON: costs what that function holds, whatever the table's size. */
  snapshotOne(name: string): FunctionSnapshot | undefined {
    const fn = this.functions.get(name);
    return fn && snapshotOf(fn);
  }

  snapshot(): { functions: FunctionSnapshot[] } {
    const names = [...this.functions.keys()].sort();
    return { functions: names.map((name) => snapshotOf(this.functions.get(name)!)) };
  }
}

function storedFunction(fixture: FunctionFixture, accountId: string, catalogue: RuntimeVersionCatalogue): StoredFunction {
  const region = fixture.region ?? defaultRegion;
  const packageType = fixture.packageType ?? 'Zip';
  const runtime = packageType === 'Image' ? undefined : (fixture.runtime ?? defaultRuntime);
  const versions = [...(fixture.versions ?? [])].sort((a, b) => Number(a) - Number(b));
  const configs = new Map<string, RuntimeConfig>();
  for (const version of ['$LATEST', ...versions]) configs.set(version, { ...(fixture.configs?.[version] ?? autoConfig) });
  return {
    name: fixture.name,
    partition: partitionOfRegion(region),
    region,
    accountId,
    packageType,
    runtime,
    runtimeVersionArn: runtime === undefined ? undefined : (fixture.runtimeVersionArn ?? catalogue.newest(runtime, region)),
    updateInProgress: fixture.updateInProgress ?? false,
    versions,
    aliases: new Map(Object.entries(fixture.aliases ?? {})),
    configs,
  };
}

function snapshotOf(fn: StoredFunction): FunctionSnapshot {
  return {
    name: fn.name,
    partition: fn.partition,
    region: fn.region,
    accountId: fn.accountId,
    packageType: fn.packageType,
    runtime: fn.runtime ?? null,
    runtimeVersionArn: fn.runtimeVersionArn ?? null,
    updateInProgress: fn.updateInProgress,
    versions: [...fn.versions],
    aliases: Object.fromEntries(fn.aliases),
    configs: Object.fromEntries([...fn.configs].map(([version, config]) => [version, { ...config }])),
  };
}
