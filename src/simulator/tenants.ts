import { awsError, type AwsErrorNamed } from '../validation/index.js';
import { FaultScript } from './fault-script.js';
import { FunctionStore, StartingFixtures } from './function-store.js';
import type { RuntimeVersionCatalogue } from './runtime-version-catalogue.js';
import type { FunctionFixture } from './simulator-options.js';

/** One account's state: its functions and its scripted faults. */
export interface Tenant {
  accountId: string;
  store: FunctionStore;
  faults: FaultScript;
}

/**
 * The accounts, each with state of its own, created from the starting fixtures on first use. Callers
 * in different accounts (different 12-digit access key ids) never see each other's changes, so
 * parallel test workers can share one server.
 */
export class Tenants {
  private readonly byAccount = new Map<string, Tenant>();
  private readonly fixtures: StartingFixtures;

  constructor(
    fixtures: readonly FunctionFixture[],
    readonly catalogue: RuntimeVersionCatalogue,
    readonly maxAccounts: number,
  ) {
    // A copy: the caller's fixture objects may change after start; the starting state may not.
    this.fixtures = new StartingFixtures(structuredClone([...fixtures]));
  }

  get(accountId: string): Tenant {
    let tenant = this.byAccount.get(accountId);
    if (tenant === undefined) {
      tenant = { accountId, store: new FunctionStore(accountId, this.fixtures, this.catalogue), faults: new FaultScript() };
      this.byAccount.set(accountId, tenant);
    }
    return tenant;
  }

  /** Whether `accountId` has state, or may get some: each account holds what it touched, so their number is bounded too. */
  admits(accountId: string): boolean {
    return this.byAccount.has(accountId) || this.byAccount.size < this.maxAccounts;
  }

  /** What a caller from one account too many gets (our choice): a 429 the SDK retries, worded so the cause and the fix are plain. */
  tooManyAccounts(): AwsErrorNamed<'TooManyRequestsException'> {
    return awsError(
      'TooManyRequestsException',
      `The simulator holds state for at most ${this.maxAccounts} accounts (maxAccounts); reset it, or raise the limit.`,
      { retryAfterSeconds: 1 },
    );
  }

  /** One account back to the starting fixtures, no scripted faults. */
  resetAccount(accountId: string): void {
    this.byAccount.delete(accountId);
  }

  /** Every account back to the starting fixtures. */
  resetAll(): void {
    this.byAccount.clear();
  }

  /** Accounts used since the last reset, sorted. */
  accountIds(): string[] {
    return [...this.byAccount.keys()].sort();
  }
}
