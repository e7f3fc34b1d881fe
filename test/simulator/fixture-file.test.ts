import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfigFile, readFixtureFile, readFunctionsFile, SimulatorConfigError } from '../../src/simulator/index.js';

const folder = mkdtempSync(join(tmpdir(), 'lambda-rmc-fixtures-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let written = 0;
/** Writes `content` (JSON unless a string) to a fresh file and returns its path. */
function file(content: unknown): string {
  const path = join(folder, `fixture-${(written += 1)}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

function errorOf(read: () => unknown): SimulatorConfigError {
  try {
    read();
  } catch (error) {
    if (error instanceof SimulatorConfigError) return error;
    throw error;
  }
  throw new Error('no error');
}

const arn = 'arn:aws:lambda:us-east-1::runtime:0cdcfbdefbc5e7d3343f73c2e2dd3cba17d61dea0686b404502a0c9ce83931b9';

describe('readFunctionsFile', () => {
  it('reads a valid file', () => {
    const functions = [
      {
        name: 'orders',
        region: 'us-east-1',
        accountId: '210987654321',
        versions: ['1', '2'],
        aliases: { live: '2' },
        configs: { '1': { UpdateRuntimeOn: 'Manual', RuntimeVersionArn: arn } },
      },
      { name: 'images', packageType: 'Image', updateInProgress: true },
    ];
    expect(readFunctionsFile(file({ functions }))).toEqual(functions);
  });

  it('reads the runtime versions a file adds, which its functions may run and pin', () => {
    const added = 'arn:aws:lambda:eu-west-1::runtime:1111111111111111111111111111111111111111111111111111111111111111';
    const document = {
      functions: [
        {
          name: 'orders',
          region: 'eu-west-1',
          runtime: 'python3.12',
          runtimeVersionArn: added,
          configs: { $LATEST: { UpdateRuntimeOn: 'Manual', RuntimeVersionArn: added } },
        },
      ],
      runtimeVersions: [{ runtime: 'python3.12', arn: added }],
    };
    expect(readFixtureFile(file(document))).toEqual(document);
  });

  it.each([
    ['a missing file', { given: undefined, want: 'no such file' }],
    ['text that is not JSON', { given: '{functions: []}', want: /^not valid JSON \(/ }],
    ['a bare array', { given: [{ name: 'f' }], want: 'must be of type object' }],
    ['no functions member', { given: {}, want: 'functions: is required' }],
    ['an unknown top-level member', { given: { functions: [], extra: 1 }, want: 'extra: is not a known field (known: functions, runtimeVersions)' }],
    ['a function without a name', { given: { functions: [{ versions: ['1'] }] }, want: 'functions[0].name: is required' }],
    ['a name with a dot', { given: { functions: [{ name: 'my.function' }] }, want: 'functions[0].name: must match ^[a-zA-Z0-9_-]{1,64}$' }],
    ['a name of 65 characters', { given: { functions: [{ name: 'a'.repeat(65) }] }, want: 'functions[0].name: must match ^[a-zA-Z0-9_-]{1,64}$' }],
    [
      'an unknown member of a function',
      {
        given: { functions: [{ name: 'f', runtimes: 'nodejs20.x' }] },
        want: /^functions\[0\]\.runtimes: is not a known field \(known: name, region, accountId, versions, aliases, configs, runtime, runtimeVersionArn, updateInProgress, packageType\)$/,
      },
    ],
    [
      'a runtime the catalogue does not know',
      {
        given: { functions: [{ name: 'f', runtime: 'cobol1.0' }] },
        want: "functions[0].runtime: 'cobol1.0' is not a runtime of the catalogue (add its versions with runtimeVersions)",
      },
    ],
    [
      'a runtime on an Image function',
      {
        given: { functions: [{ name: 'f', packageType: 'Image', runtime: 'nodejs20.x' }] },
        want: 'functions[0].runtime: an Image function has no managed runtime',
      },
    ],
    [
      'a current version of another runtime',
      {
        given: { functions: [{ name: 'f', runtime: 'python3.12', runtimeVersionArn: arn }] },
        want: `functions[0].runtimeVersionArn: '${arn}' is not a version of python3.12 in us-east-1`,
      },
    ],
    [
      'a pinned version of another region',
      {
        given: { functions: [{ name: 'f', region: 'eu-west-1', configs: { $LATEST: { UpdateRuntimeOn: 'Manual', RuntimeVersionArn: arn } } }] },
        want: `functions[0].configs.$LATEST.RuntimeVersionArn: '${arn}' is not a version of nodejs20.x in eu-west-1`,
      },
    ],
    [
      'an added version that is no runtime version ARN',
      {
        given: { functions: [], runtimeVersions: [{ runtime: 'nodejs20.x', arn: 'arn:aws:lambda:us-east-1:123456789012:function:f' }] },
        want: /^runtimeVersions\[0\]\.arn: 'arn:aws:lambda:us-east-1:123456789012:function:f' is not a runtime version ARN/,
      },
    ],
    [
      'an added version of the wrong partition',
      {
        given: { functions: [], runtimeVersions: [{ runtime: 'nodejs20.x', arn: 'arn:aws:lambda:cn-north-1::runtime:abc' }] },
        want: /^runtimeVersions\[0\]\.arn: 'arn:aws:lambda:cn-north-1::runtime:abc' is not a runtime version ARN/,
      },
    ],
    ['a bad region', { given: { functions: [{ name: 'f', region: 'mars-1' }] }, want: /^functions\[0\]\.region: must match / }],
    ['a short account id', { given: { functions: [{ name: 'f', accountId: '1234' }] }, want: 'functions[0].accountId: must match ^\\d{12}$' }],
    [
      'a version that is not a number',
      { given: { functions: [{ name: 'f', versions: ['1', 'v2'] }] }, want: 'functions[0].versions[1]: must match ^[1-9][0-9]{0,9}$' },
    ],
    [
      'a version listed twice',
      { given: { functions: [{ name: 'f', versions: ['1', '1'] }] }, want: 'functions[0].versions: must not list the same value twice (items 1 and 0)' },
    ],
    [
      'an alias to a missing version',
      {
        given: { functions: [{ name: 'f', versions: ['1'], aliases: { live: '3' } }] },
        want: "functions[0].aliases.live: points to version '3', which is not in versions",
      },
    ],
    [
      'an all-digit alias name',
      { given: { functions: [{ name: 'f', versions: ['1'], aliases: { '12': '1' } }] }, want: /^functions\[0\]\.aliases\.12: is not a valid name/ },
    ],
    [
      'a config for a missing version',
      { given: { functions: [{ name: 'f', configs: { '2': { UpdateRuntimeOn: 'Auto' } } }] }, want: "functions[0].configs.2: version '2' is not in versions" },
    ],
    [
      'a config key that is no version',
      { given: { functions: [{ name: 'f', configs: { live: { UpdateRuntimeOn: 'Auto' } } }] }, want: /^functions\[0\]\.configs\.live: is not a valid name/ },
    ],
    [
      'a mode outside the enum',
      {
        given: { functions: [{ name: 'f', configs: { $LATEST: { UpdateRuntimeOn: 'Never' } } }] },
        want: 'functions[0].configs.$LATEST.UpdateRuntimeOn: must be one of: "Auto", "Manual", "FunctionUpdate"',
      },
    ],
    [
      'Manual without a runtime version',
      {
        given: { functions: [{ name: 'f', configs: { $LATEST: { UpdateRuntimeOn: 'Manual' } } }] },
        want: 'functions[0].configs.$LATEST: RuntimeVersionArn is required when UpdateRuntimeOn is Manual.',
      },
    ],
    [
      'a runtime version with Auto',
      {
        given: { functions: [{ name: 'f', configs: { $LATEST: { UpdateRuntimeOn: 'Auto', RuntimeVersionArn: arn } } }] },
        want: 'functions[0].configs.$LATEST: RuntimeVersionArn can only be specified when UpdateRuntimeOn is Manual.',
      },
    ],
    [
      'a malformed runtime version',
      {
        given: { functions: [{ name: 'f', configs: { $LATEST: { UpdateRuntimeOn: 'Manual', RuntimeVersionArn: 'arn:nope' } } }] },
        want: /^functions\[0\]\.configs\.\$LATEST: 2 validation errors detected: Value 'arn:nope' at 'runtimeVersionArn'/,
      },
    ],
    [
      'a package type outside the enum',
      { given: { functions: [{ name: 'f', packageType: 'Docker' }] }, want: 'functions[0].packageType: must be one of: "Zip", "Image"' },
    ],
    [
      'updateInProgress as a string',
      { given: { functions: [{ name: 'f', updateInProgress: 'yes' }] }, want: 'functions[0].updateInProgress: must be of type boolean' },
    ],
    ['the same name twice', { given: { functions: [{ name: 'f' }, { name: 'g' }, { name: 'f' }] }, want: "functions[2].name: 'f' is already functions[0]" }],
  ])('refuses %s in one line naming file and field', (_name, { given, want }) => {
    const path = given === undefined ? join(folder, 'missing.json') : file(given);
    const error = errorOf(() => readFunctionsFile(path));
    expect(error.message).not.toContain('\n');
    expect(error.source).toBe(path);
    const rest = error.message.slice(`${path}: `.length);
    expect(error.message.startsWith(`${path}: `)).toBe(true);
    if (typeof want === 'string') expect(rest).toBe(want);
    else expect(rest).toMatch(want);
  });
});

describe('readConfigFile', () => {
  it('reads a valid file', () => {
    const config = {
      throttle: { ratePerSecond: 5, burst: 10 },
      latency: { ms: 50, jitterMs: 10 },
      errorRate: { probability: 0.1, seed: 1, status: 429 },
      faults: [{ operation: 'PutRuntimeManagementConfig', status: 429, count: 2 }],
      controlEndpoint: true,
      maxBodyBytes: 1024,
      functions: [{ name: 'f' }],
    };
    expect(readConfigFile(file(config))).toEqual(config);
  });

  it.each([
    ['a zero rate', { given: { throttle: { ratePerSecond: 0 } }, want: 'throttle.ratePerSecond: must be > 0' }],
    ['a fractional burst', { given: { throttle: { ratePerSecond: 1, burst: 1.5 } }, want: 'throttle.burst: must be an integer' }],
    ['a negative latency', { given: { latency: { ms: -1 } }, want: 'latency.ms: must be >= 0' }],
    ['a probability above 1', { given: { errorRate: { probability: 2, seed: 1 } }, want: 'errorRate.probability: must be <= 1' }],
    ['an error rate without seed', { given: { errorRate: { probability: 0.5 } }, want: 'errorRate.seed: is required' }],
    [
      'an error status that is not injectable',
      { given: { errorRate: { probability: 0.5, seed: 1, status: 503 } }, want: 'errorRate.status: must be one of: 500, 429' },
    ],
    ['a fault status that is not injectable', { given: { faults: [{ status: 404 }] }, want: 'faults[0].status: must be one of: 409, 429, 500' }],
    [
      'a 409 for Get',
      {
        given: { faults: [{ status: 429 }, { operation: 'GetRuntimeManagementConfig', status: 409 }] },
        want: /^faults\[1\]\.status: GetRuntimeManagementConfig never answers 409/,
      },
    ],
    ['a bad function', { given: { functions: [{ name: 'f', versions: [1] }] }, want: 'functions[0].versions[0]: must be of type string' }],
    [
      'an unknown member',
      {
        given: { port: 4011 },
        want: /^port: is not a known field \(known: functions, runtimeVersions, throttle, latency, errorRate, faults, controlEndpoint, maxBodyBytes, maxFunctions, maxAccounts, connections\)$/,
      },
    ],
    ['a zero header deadline', { given: { connections: { headersTimeoutMs: 0 } }, want: 'connections.headersTimeoutMs: must be >= 1' }],
    ['an unknown connection setting', { given: { connections: { keepAlive: true } }, want: /^connections\.keepAlive: is not a known field/ }],
    ['a zero body limit', { given: { maxBodyBytes: 0 }, want: 'maxBodyBytes: must be >= 1' }],
  ])('refuses %s', (_name, { given, want }) => {
    const path = file(given);
    const rest = errorOf(() => readConfigFile(path)).message.slice(`${path}: `.length);
    if (typeof want === 'string') expect(rest).toBe(want);
    else expect(rest).toMatch(want);
  });
});
