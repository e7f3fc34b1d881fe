// JSON Schemas (2020-12) of what users hand the simulator: fixtures, traffic settings, faults, and
// the --functions / --config files. Semantic rules a schema cannot say live in check-simulator-config.ts.
// Each schema describes one type of simulator-options.ts (SimulatorSchemaTypes below); the type test
// test/simulator/simulator-config-schema.test.ts derives the type from each schema and fails the
// type check when the two differ. Spec facts (modes, operations) come from the spec facts.
import { specFacts } from '../generated/spec-facts.js';
import { accountIdPattern, operationIds, regionNamePattern } from '../validation/index.js';
import { injectedStatuses } from './injected-error.js';
import type { ConnectionSettings, FaultOutcome, FunctionFixture, RuntimeVersionFixture, SimulatorConfigFile } from './simulator-options.js';
import type { TrafficChange } from './traffic-controls.js';

const versionNumber = '[1-9][0-9]{0,9}';

const functionFixture = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', pattern: '^[a-zA-Z0-9_-]{1,64}$' },
    region: { type: 'string', pattern: regionNamePattern },
    accountId: { type: 'string', pattern: accountIdPattern },
    versions: { type: 'array', uniqueItems: true, maxItems: 1_000, items: { type: 'string', pattern: `^${versionNumber}$` } },
    aliases: {
      maxProperties: 1_000,
      type: 'object',
      // AWS's alias pattern: not all digits, so an alias never shadows a version number.
      propertyNames: { pattern: '^(?![0-9]+$)[a-zA-Z0-9_-]{1,128}$' },
      additionalProperties: { type: 'string', pattern: `^(?:\\$LATEST|${versionNumber})$` },
    },
    configs: {
      type: 'object',
      propertyNames: { pattern: `^(?:\\$LATEST|${versionNumber})$` },
      additionalProperties: {
        type: 'object',
        required: ['UpdateRuntimeOn'],
        additionalProperties: false,
        properties: {
          UpdateRuntimeOn: { enum: specFacts.members.UpdateRuntimeOn.enum },
          RuntimeVersionArn: { type: 'string' },
        },
      },
    },
    runtime: { type: 'string', pattern: '^[a-z][a-z0-9.]{0,63}$' },
    runtimeVersionArn: { type: 'string' },
    updateInProgress: { type: 'boolean' },
    packageType: { enum: ['Zip', 'Image'] },
  },
} as const;

/** Runtime versions a fixture adds to the built-in catalogue; the region is the ARN's. */
const runtimeVersions = {
  type: 'array',
  items: {
    type: 'object',
    required: ['runtime', 'arn'],
    additionalProperties: false,
    properties: {
      runtime: { type: 'string', pattern: '^[a-z][a-z0-9.]{0,63}$' },
      arn: { type: 'string' },
    },
  },
} as const;

const throttle = {
  type: 'object',
  required: ['ratePerSecond'],
  additionalProperties: false,
  properties: {
    ratePerSecond: { type: 'number', exclusiveMinimum: 0 },
    burst: { type: 'integer', minimum: 1 },
  },
} as const;

const latency = {
  type: 'object',
  required: ['ms'],
  additionalProperties: false,
  properties: {
    ms: { type: 'number', minimum: 0, maximum: 600_000 },
    jitterMs: { type: 'number', minimum: 0, maximum: 600_000 },
  },
} as const;

const errorRate = {
  type: 'object',
  required: ['probability', 'seed'],
  additionalProperties: false,
  properties: {
    probability: { type: 'number', minimum: 0, maximum: 1 },
    seed: { type: 'integer' },
    status: { enum: [500, 429] },
  },
} as const;

const fault = {
  type: 'object',
  required: ['status'],
  additionalProperties: false,
  properties: {
    operation: { enum: operationIds },
    status: { enum: injectedStatuses },
    count: { type: 'integer', minimum: 1 },
    retryAfterSeconds: { type: 'integer', minimum: 0 },
  },
} as const;

/** Deadlines and caps of the HTTP front end (server.ts has the defaults, node:http's where it has one). */
const connections = {
  type: 'object',
  additionalProperties: false,
  properties: {
    headersTimeoutMs: { type: 'integer', minimum: 1, maximum: 3_600_000 },
    requestTimeoutMs: { type: 'integer', minimum: 1, maximum: 3_600_000 },
    idleTimeoutMs: { type: 'integer', minimum: 1, maximum: 3_600_000 },
    maxConnections: { type: 'integer', minimum: 1, maximum: 1_000_000 },
    maxUnreadAnswerBytes: { type: 'integer', minimum: 16_384, maximum: 1_073_741_824 },
  },
} as const;

export const simulatorSchemas = {
  connections,
  functionFixture,
  fault,
  /** `--functions FILE` */
  functionsFile: {
    type: 'object',
    required: ['functions'],
    additionalProperties: false,
    properties: { functions: { type: 'array', items: functionFixture }, runtimeVersions },
  },
  runtimeVersions,
  /** `--config FILE`: every start option but host and port. */
  configFile: {
    type: 'object',
    additionalProperties: false,
    properties: {
      functions: { type: 'array', items: functionFixture },
      runtimeVersions,
      throttle,
      latency,
      errorRate,
      faults: { type: 'array', items: fault },
      controlEndpoint: { type: 'boolean' },
      maxBodyBytes: { type: 'integer', minimum: 1, maximum: 16_777_216 },
      maxFunctions: { type: 'integer', minimum: 1, maximum: 1_000_000 },
      maxAccounts: { type: 'integer', minimum: 1, maximum: 1_000_000 },
      connections,
    },
  },
  /** PUT /_simulator/settings: each member replaces the current one; null switches it off. */
  trafficSettings: {
    type: 'object',
    additionalProperties: false,
    properties: {
      throttle: { oneOf: [throttle, { type: 'null' }] },
      latency: { oneOf: [latency, { type: 'null' }] },
      errorRate: { oneOf: [errorRate, { type: 'null' }] },
    },
  },
} as const;

export type SimulatorSchemaName = keyof typeof simulatorSchemas;

/** The value each schema describes: what checkSchema asserts a checked value to be. */
export interface SimulatorSchemaTypes {
  functionFixture: FunctionFixture;
  fault: FaultOutcome;
  functionsFile: { functions: FunctionFixture[]; runtimeVersions?: RuntimeVersionFixture[] };
  runtimeVersions: RuntimeVersionFixture[];
  configFile: SimulatorConfigFile;
  trafficSettings: TrafficChange;
  connections: ConnectionSettings;
}
