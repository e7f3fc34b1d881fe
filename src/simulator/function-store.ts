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
 * The starting fixtures, indexed once for every account: those in every account (no accountId) and
 * those of one account. Names are unique across the fixture set (check-simulator-config.ts).
 */
export class StartingFixtures {
  private readonly shared = new Map<string, FunctionFixture>();
  private readonly byAccount = new Map<string, Map<string, FunctionFixture>>();

  constructor(fixtures: readonly FunctionFixture[]) {
    for (const fixture of fixtures) {
      if (fixture.accountId === undefined) this.shared.set(fixture.name, fixture);
      else {
        const own = this.byAccount.get(fixture.accountId) ?? new Map<string, FunctionFixture>();
        own.set(fixture.name, fixture);
        this.byAccount.set(fixture.accountId, own);
      }
    }
  }

  /** The fixture named `name` that is in `accountId`'s starting state. */
  of(accountId: string, name: string): FunctionFixture | undefined {
    return this.shared.get(name) ?? this.byAccount.get(accountId)?.get(name);
  }

  /** Every fixture name in `accountId`'s starting state. */
  namesOf(accountId: string): string[] {
    return [...this.shared.keys(), ...(this.byAccount.get(accountId)?.keys() ?? [])];
  }

  countOf(accountId: string): number {
    return this.shared.size + (this.byAccount.get(accountId)?.size ?? 0);
  }

  /** Versions ($LATEST included) of every fixture in `accountId`'s starting state. */
  versionCountOf(accountId: string): number {
    let count = this.sharedVersions;
    for (const fixture of this.byAccount.get(accountId)?.values() ?? []) count += versionCountOf(fixture);
    return count;
  }

  private get sharedVersions(): number {
    return (this.sharedVersionCount ??= [...this.shared.values()].reduce((sum, fixture) => sum + versionCountOf(fixture), 0));
  }

  private sharedVersionCount: number | undefined;
}

/** A function's versions, `$LATEST` included: what its table entry holds a config for. */
export function versionCountOf(fixture: Pick<FunctionFixture, 'versions'>): number {
  return (fixture.versions?.length ?? 0) + 1;
}

/** Versions ($LATEST included) one account may hold, all functions together: bounds what GET /_simulator/state answers. */
export const maxVersionsPerAccount = 100_000;

/**
 * One account's functions, their versions and each version's runtime-management config. It starts
 * from the fixtures that are in every account (no accountId) or in this one, copied on first touch:
 * a new account costs nothing until it reads or changes a function, so callers with many access keys
 * cannot make the simulator copy a large fixture set again and again. Fixtures must be checked
 * before they get here.
 */
export class FunctionStore {
  /** Functions read or written since the last reset (a fixture copy, or one added later). */
  private readonly functions = new Map<string, StoredFunction>();
  /** Fixture names already copied into `functions`, replaced or deleted: the fixture no longer speaks for them. */
  private readonly touched = new Set<string>();
  private readonly starting: StartingFixtures;
  /** Versions ($LATEST included) of every function the account has, held or not yet touched. */
  private versions: number;

  constructor(
    readonly accountId: string,
    startingFixtures: StartingFixtures | readonly FunctionFixture[],
    private readonly catalogue: RuntimeVersionCatalogue,
  ) {
    this.starting = startingFixtures instanceof StartingFixtures ? startingFixtures : new StartingFixtures(startingFixtures);
    this.versions = this.starting.versionCountOf(accountId);
  }

  reset(): void {
    this.functions.clear();
    this.touched.clear();
    this.versions = this.starting.versionCountOf(this.accountId);
  }

  /** Versions ($LATEST included) of all the account's functions. */
  get versionCount(): number {
    return this.versions;
  }

  get(name: string): StoredFunction | undefined {
    const held = this.functions.get(name);
    if (held !== undefined || this.touched.has(name)) return held;
    const fixture = this.starting.of(this.accountId, name);
    if (fixture === undefined) return undefined;
    const copy = storedFunction(fixture, this.accountId, this.catalogue);
    this.functions.set(name, copy);
    this.touched.add(name);
    return copy;
  }

  upsert(fixture: FunctionFixture): void {
    const replaced = this.get(fixture.name);
    this.versions += versionCountOf(fixture) - (replaced ? replaced.versions.length + 1 : 0);
    this.functions.set(fixture.name, storedFunction(fixture, this.accountId, this.catalogue));
    if (this.starting.of(this.accountId, fixture.name)) this.touched.add(fixture.name);
  }

  delete(name: string): boolean {
    const removed = this.get(name);
    if (removed) this.versions -= removed.versions.length + 1;
    this.functions.delete(name);
    return removed !== undefined;
  }

  setConfig(fn: StoredFunction, version: string, config: RuntimeConfig): void {
    fn.configs.set(version, { ...config });
  }

  /** How many functions the account has: the fixtures not yet touched, and those held (`touched` holds fixture names only). */
  get size(): number {
    return this.starting.countOf(this.accountId) - this.touched.size + this.functions.size;
  }

  /** One function as plain JSON: costs what that function holds, whatever the table's size. */
  snapshotOne(name: string): FunctionSnapshot | undefined {
    const fn = this.get(name);
    return fn && snapshotOf(fn);
  }

  snapshot(): { functions: FunctionSnapshot[] } {
    const names = new Set([...this.starting.namesOf(this.accountId).filter((name) => !this.touched.has(name)), ...this.functions.keys()]);
    return { functions: [...names].sort().map((name) => snapshotOf(this.get(name)!)) };
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
