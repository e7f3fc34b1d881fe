import { maxRequestJsonDepth, type OperationId, type RuntimeConfig } from '../validation/index.js';
import type { FunctionLocation } from './function-arn.js';
import type { InjectedStatus } from './injected-error.js';
import type { RuntimeVersionFixture } from './runtime-version-catalogue.js';

export type { RuntimeVersionFixture } from './runtime-version-catalogue.js';
// The spec's types (validation owns them), re-exported where the simulator's options use them.
export type { RuntimeConfig, UpdateRuntimeOn } from '../validation/index.js';

/** A function the simulator knows; everything but `name` has a default. */
export interface FunctionFixture {
  /** `[a-zA-Z0-9-_]{1,64}`: the names whose ARN fits Put's FunctionArn shape. */
  name: string;
  /** Default us-east-1. */
  region?: string;
  /**
   * The one account that has this function. Default: every account has it (each with its own
   * account id in the ARN), the way every tenant starts from the same fixture set.
   */
  accountId?: string;
  /** The managed runtime, e.g. `nodejs20.x` (default for Zip functions); Image functions have none. */
  runtime?: string;
  /** The runtime version the function runs now; default the newest of its runtime in its region. */
  runtimeVersionArn?: string;
  /** Published versions, e.g. ['1', '2']; `$LATEST` always exists. */
  versions?: string[];
  /** Alias → version (a published version or `$LATEST`). */
  aliases?: Record<string, string>;
  /** Per version (`$LATEST`, `1`, …); a version without an entry is `Auto`. */
  configs?: Record<string, RuntimeConfig>;
  /** Put answers 409 ResourceConflictException while this is true. */
  updateInProgress?: boolean;
  /** Default Zip; runtime management is refused for Image functions (400 InvalidParameterValueException). */
  packageType?: 'Zip' | 'Image';
}

export interface ThrottleSettings {
  ratePerSecond: number;
  /** Bucket size; default max(1, ceil(ratePerSecond)). */
  burst?: number;
}

export interface LatencySettings {
  ms: number;
  /** Each response waits ms ± jitterMs (uniform, never below 0). */
  jitterMs?: number;
}

export interface ErrorRateSettings {
  probability: number;
  seed: number;
  /** Default 500. */
  status?: 500 | 429;
}

/** A scripted outcome: the next `count` (default 1) valid calls of `operation` (default: either) answer `status`. */
export interface FaultOutcome {
  operation?: OperationId;
  /** 409 only for an operation that documents it (Put): an entry without operation waits for one. */
  status: InjectedStatus;
  count?: number;
  /** For 429: the Retry-After header (default 1). */
  retryAfterSeconds?: number;
}

export interface SimulatorOptions {
  /** Default 0 (a free port); the CLI defaults to 4011. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default: the default fixture (see default-fixture.ts). Every account starts from these. */
  functions?: FunctionFixture[];
  /** Runtime versions added to the built-in catalogue (runtime-version-catalogue.ts). */
  runtimeVersions?: RuntimeVersionFixture[];
  throttle?: ThrottleSettings;
  latency?: LatencySettings;
  errorRate?: ErrorRateSettings;
  /** Scripted outcomes queued at start (reset() clears them, as it clears those enqueued later). */
  faults?: FaultOutcome[];
  /** Serves /_simulator/… (state, reset, functions, faults, settings); off by default. */
  controlEndpoint?: boolean;
  /** Largest Put body accepted; default 65536 bytes (AWS's largest valid body is about 2 KB). */
  maxBodyBytes?: number;
  /** Most functions one account holds (fixtures and control-endpoint additions); default 10,000. */
  maxFunctions?: number;
  /** Most accounts with state of their own at once (each copies the fixtures); default 1,000. One more is answered 429. */
  maxAccounts?: number;
  /** Deadlines and caps of the HTTP front end; defaults as node:http's where it has one. */
  connections?: ConnectionSettings;
}

/** Each member replaces one default of the HTTP front end. */
export interface ConnectionSettings {
  /** From a request's first byte to the end of its head; default 60,000 (node:http's headersTimeout). */
  headersTimeoutMs?: number;
  /** From a request's first byte to the end of its body; default 300,000 (node:http's requestTimeout). */
  requestTimeoutMs?: number;
  /** A connection quiet this long with no answer pending closes; default 5,000 (node:http's keepAliveTimeout). */
  idleTimeoutMs?: number;
  /** Connections served at once; one more is answered 429 TooManyRequestsException and closed. Default 512. */
  maxConnections?: number;
  /** Answers a client may leave unread before the connection stops executing and reading; default 65,536 bytes. */
  maxUnreadAnswerBytes?: number;
}

/** The `--config FILE` format: every start option but where to listen. */
export type SimulatorConfigFile = Omit<SimulatorOptions, 'host' | 'port'>;

/** Throttle, latency and error rate: set at start, replaceable at run time through the control endpoint. */
export interface TrafficSettings {
  throttle?: ThrottleSettings | undefined;
  latency?: LatencySettings | undefined;
  errorRate?: ErrorRateSettings | undefined;
}

/** A function as the control endpoint and `state.snapshot()` show it: where it lives (name, partition, region, account), then its state. */
export interface FunctionSnapshot extends FunctionLocation {
  packageType: 'Zip' | 'Image';
  /** null for Image functions. */
  runtime: string | null;
  /** The runtime version the function runs now (GetFunctionConfiguration's RuntimeVersionConfig); null for Image functions. */
  runtimeVersionArn: string | null;
  updateInProgress: boolean;
  versions: string[];
  aliases: Record<string, string>;
  configs: Record<string, RuntimeConfig>;
}

/** One account's functions. A fixture given here lands in this account (its accountId, if any, must be this one). */
export interface SimulatorState {
  /** The account this view acts on. */
  readonly accountId: string;
  upsertFunction(fixture: FunctionFixture): void;
  deleteFunction(name: string): void;
  /** The config of a version (`$LATEST` when omitted; an alias or `$LATEST.PUBLISHED` resolves first). */
  getConfig(name: string, version?: string): RuntimeConfig | undefined;
  setUpdateInProgress(name: string, inProgress: boolean): void;
  /**
   * The runtime version a version of a function runs now (`$LATEST` when omitted): the pinned one
   * when its config is Manual, else the function's current one; undefined for no such function or an Image function.
   */
  runtimeVersionArn(name: string, version?: string): string | undefined;
  /** Every function, sorted by name, as plain JSON. */
  snapshot(): { functions: FunctionSnapshot[] };
}

export interface SimulatorFaults {
  enqueue(outcome: FaultOutcome): void;
  clear(): void;
}

/** What one account sees: its functions and its scripted faults. */
export interface AccountView {
  readonly accountId: string;
  state: SimulatorState;
  faults: SimulatorFaults;
  /** This account back to the starting fixture, its scripted faults cleared; other accounts untouched. */
  reset(): void;
}

/** The runtime versions the simulator accepts in a Manual Put. */
export interface RuntimeVersionView {
  /** The versions of a runtime in a region, oldest first; the last is the newest. */
  versions(runtime: string, region: string): readonly string[];
  /** `{ runtime: { region: [arn, …] } }`, optionally for one runtime and/or region. */
  snapshot(filter?: { runtime?: string; region?: string }): Record<string, Record<string, string[]>>;
}

/** A simulator's state and controls, reached in-process (createSimulator) or over HTTP too (RunningSimulator). */
export interface InProcessSimulator {
  /** Every account back to the starting fixture, starting traffic settings; scripted faults cleared. */
  reset(): void;
  /** The default account's (123456789012) functions: what unsigned requests see. */
  state: SimulatorState;
  /** The default account's scripted faults. */
  faults: SimulatorFaults;
  /** One account's view (a 12-digit id: the access key id its callers sign with). */
  account(accountId: string): AccountView;
  /** The accounts that have been used or changed since the last reset, sorted. */
  accounts(): string[];
  runtimeVersions: RuntimeVersionView;
}

/** A simulator serving HTTP on `url`. */
export interface RunningSimulator extends InProcessSimulator {
  url: string;
  /**
   * Stops accepting, answers every request already received (latency included), closes idle
   * connections, and drops what is still open after `drainMs` (default 5,000).
   */
  close(options?: { drainMs?: number }): Promise<void>;
}

export const defaultRegion = 'us-east-1';
export const defaultAccountId = '123456789012';
export const defaultMaxBodyBytes = 65_536;
export const defaultMaxFunctions = 10_000;
export const defaultMaxAccounts = 1_000;
/** Deepest JSON nesting accepted in a body (validation's limit, shared with the mock's front). */
export const maxJsonDepth = maxRequestJsonDepth;
