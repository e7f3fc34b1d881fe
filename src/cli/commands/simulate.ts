import { resolve } from 'node:path';
import {
  controlPrefix,
  defaultFixture,
  defaultDrainMs,
  defaultMaxBodyBytes,
  defaultServerLimits,
  readConfigFile,
  readFixtureFile,
  startSimulator,
  type SimulatorConfigFile,
  type SimulatorOptions,
} from '../../simulator/index.js';
import { CliUsageError, type CliCommand } from '../cli-command.js';
import { defineCommand } from '../define-command.js';
import { parseHostOption, parsePortOption } from '../parse-options.js';
import { runWrappedCommand } from '../wrapped-command.js';

const help = `Usage: lambda-rmc simulate [--port 4011] [--host 127.0.0.1] [--functions FILE] [--config FILE]
                          [--rate N] [--burst N] [--latency MS] [--jitter MS]
                          [--error-rate P] [--seed N] [--error-status 500|429] [--control] [--max-body BYTES]
                          [--max-connections N] [--drain MS] [-- COMMAND [ARGS...]]

A stateful simulator of Lambda's runtime-management API: Put then Get round-trips per function
version, requests are validated as Lambda validates them, and every answer has Lambda's shape.
Runs until SIGINT/SIGTERM (Ctrl-C) or until the process that started it exits; then it stops
accepting, answers the requests it has received (latency included) for up to --drain ms, and exits 0.
A second signal exits at once.

With '-- COMMAND', runs COMMAND against a fresh simulator on a free port (unless --port is given),
then stops it: COMMAND gets AWS_ENDPOINT_URL_LAMBDA set to the simulator, and AWS_REGION,
AWS_DEFAULT_REGION, AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY set to test values where unset, so
unmodified code (new LambdaClient({}), the AWS CLI) talks to it. SIGINT/SIGTERM are passed on to
COMMAND; the exit code is COMMAND's (128 + the signal's number when a signal ended it).

Options:
  --port PORT         Port to listen on (default 4011, or a free port with -- COMMAND; 0 picks a free port)
  --host HOST         Address to bind (default 127.0.0.1)
  --functions FILE    Functions to serve, JSON: {"functions": [{"name": "f", "versions": ["1"],
                      "aliases": {"live": "1"}, "configs": {"1": {"UpdateRuntimeOn": "Manual",
                      "RuntimeVersionArn": "arn:…"}}, "updateInProgress": false, "packageType": "Zip",
                      "region": "us-east-1", "accountId": "123456789012", "runtime": "nodejs20.x",
                      "runtimeVersionArn": "arn:…"}],
                      "runtimeVersions": [{"runtime": "nodejs20.x", "arn": "arn:…"}]}
                      (default: my-function with $LATEST and version 1, pinned-function, busy-function,
                      image-function, eu-function)
  --config FILE       Start settings, JSON: {"throttle": {"ratePerSecond": 5, "burst": 10},
                      "latency": {"ms": 50, "jitterMs": 10}, "errorRate": {"probability": 0.1,
                      "seed": 1, "status": 500}, "faults": [{"operation": "PutRuntimeManagementConfig",
                      "status": 429, "count": 2}], "controlEndpoint": true, "maxBodyBytes": 65536,
                      "functions": [...]}; flags override it
  --rate N            Throttle to N requests per second (token bucket; 429 TooManyRequestsException
                      with Retry-After and Reason CallerRateLimitExceeded)
  --burst N           Token bucket size (default: the rate, rounded up)
  --latency MS        Delay every answer by MS milliseconds
  --jitter MS         ... plus or minus up to MS milliseconds
  --error-rate P      Fail a share P (0..1) of valid calls, drawn from a seeded generator
  --seed N            Seed of --error-rate (default 1): the same seed fails the same calls
  --error-status S    Status of those failures: 500 ServiceException (default) or 429
  --control           Serve the control endpoint under ${controlPrefix} (state, reset, functions, faults, settings)
  --max-body BYTES    Largest Put body accepted (default ${defaultMaxBodyBytes})
  --max-connections N Connections served at once; one more is answered 429 and closed (default ${defaultServerLimits.maxConnections})
  --drain MS          How long a stop waits for requests in flight (default ${defaultDrainMs})
                      Deadlines (head 60 s, request 300 s, idle 5 s, as node:http's) are set in --config:
                      "connections": {"headersTimeoutMs", "requestTimeoutMs", "idleTimeoutMs", "maxUnreadAnswerBytes"}

Examples:
  lambda-rmc simulate
  lambda-rmc simulate --port 0 --rate 5 --control
  lambda-rmc simulate -- npx vitest run
  curl -X PUT -H 'content-type: application/json' -d '{"UpdateRuntimeOn":"FunctionUpdate"}' \\
    http://127.0.0.1:4011/2021-07-20/functions/my-function/runtime-management-config
`;

export const simulateCommand: CliCommand = defineCommand(
  {
    name: 'simulate',
    help,
    wrapsCommand: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      functions: { type: 'string' },
      config: { type: 'string' },
      rate: { type: 'string' },
      burst: { type: 'string' },
      latency: { type: 'string' },
      jitter: { type: 'string' },
      'error-rate': { type: 'string' },
      seed: { type: 'string' },
      'error-status': { type: 'string' },
      control: { type: 'boolean' },
      'max-body': { type: 'string' },
      'max-connections': { type: 'string' },
      drain: { type: 'string' },
    },
  },
  async ({ values, wrapped }, io) => {
    const host = parseHostOption(values.host);
    const port = parsePortOption('port', values.port, wrapped ? 0 : 4011);

    const config: SimulatorConfigFile = values.config === undefined ? {} : readConfigFile(resolve(io.cwd, values.config));
    const options: SimulatorOptions = { ...config, host, port };
    if (values.functions !== undefined) Object.assign(options, readFixtureFile(resolve(io.cwd, values.functions)));
    applyFlags(options, values);
    const drainMs = numberFlag('drain', values.drain, { min: 0, max: 600_000, integer: true }) ?? defaultDrainMs;

    const simulator = await startSimulator(options);
    const exposure = exposureWarning(host, options.controlEndpoint === true);
    if (exposure) io.stderr(`lambda-rmc simulate: ${exposure}\n`);
    const names = (options.functions ?? defaultFixture).map((fn) => fn.name);
    // With a wrapped command its output is the one that matters: ours goes to stderr.
    const say = wrapped ? io.stderr : io.stdout;
    say(`Simulator listening on ${simulator.url}\n`);
    say(`Functions: ${names.length > 0 ? names.join(', ') : '(none)'}\n`);
    if (options.controlEndpoint) say(`Control endpoint: ${simulator.url}${controlPrefix}/state\n`);
    if (wrapped) {
      const exitCode = await runWrappedCommand(wrapped, simulator.url, io.stderr);
      await simulator.close({ drainMs });
      return exitCode;
    }
    const signal = await io.stopSignal;
    io.stdout(`Simulator stopping (${signal}): answering the requests in flight\n`);
    await simulator.close({ drainMs });
    io.stdout(`Simulator stopped (${signal})\n`);
    return 0;
  },
);

const loopbackHost = /^(?:localhost|127(?:\.\d{1,3}){3}|::1|\[::1\])$/i;

/** A simulator beyond loopback has no authentication; with the control endpoint anyone who reaches it can reset or fault it. */
function exposureWarning(host: string, controlEndpoint: boolean): string | undefined {
  if (loopbackHost.test(host)) return undefined;
  if (controlEndpoint) {
    return `WARNING: listening on ${host} with --control: anyone who can reach this address can reset the simulator, change its functions and inject faults. Bind 127.0.0.1 unless that is what you want.`;
  }
  return `warning: listening on ${host}, beyond loopback: the simulator checks no credentials and answers anyone who can reach it.`;
}

type Flags = Partial<Record<'rate' | 'burst' | 'latency' | 'jitter' | 'error-rate' | 'seed' | 'error-status' | 'max-body' | 'max-connections', string>> & {
  control?: boolean;
};

/** Flags override the config file, member by member. */
function applyFlags(options: SimulatorOptions, flags: Flags): void {
  const rate = numberFlag('rate', flags.rate, { min: 0, exclusiveMin: true });
  const burst = numberFlag('burst', flags.burst, { min: 1, integer: true });
  if (rate !== undefined) options.throttle = { ...options.throttle, ratePerSecond: rate };
  if (burst !== undefined) {
    if (!options.throttle) throw new CliUsageError('--burst needs --rate (or a throttle in --config)');
    options.throttle = { ...options.throttle, burst };
  }

  const ms = numberFlag('latency', flags.latency, { min: 0, max: 600_000 });
  const jitterMs = numberFlag('jitter', flags.jitter, { min: 0, max: 600_000 });
  if (ms !== undefined) options.latency = { ...options.latency, ms };
  if (jitterMs !== undefined) {
    if (!options.latency) throw new CliUsageError('--jitter needs --latency (or a latency in --config)');
    options.latency = { ...options.latency, jitterMs };
  }

  const probability = numberFlag('error-rate', flags['error-rate'], { min: 0, max: 1 });
  const seed = numberFlag('seed', flags.seed, { integer: true });
  const status = numberFlag('error-status', flags['error-status'], { integer: true });
  if (status !== undefined && status !== 500 && status !== 429) throw new CliUsageError(`--error-status must be 500 or 429, got '${flags['error-status']}'`);
  if (probability !== undefined) options.errorRate = { seed: 1, ...options.errorRate, probability };
  if (seed !== undefined || status !== undefined) {
    if (!options.errorRate) throw new CliUsageError(`--${seed !== undefined ? 'seed' : 'error-status'} needs --error-rate (or an errorRate in --config)`);
    options.errorRate = { ...options.errorRate, ...(seed !== undefined && { seed }), ...(status !== undefined && { status }) };
  }

  if (flags.control) options.controlEndpoint = true;
  const maxBody = numberFlag('max-body', flags['max-body'], { min: 1, max: 16_777_216, integer: true });
  if (maxBody !== undefined) options.maxBodyBytes = maxBody;
  const maxConnections = numberFlag('max-connections', flags['max-connections'], { min: 1, max: 1_000_000, integer: true });
  if (maxConnections !== undefined) options.connections = { ...options.connections, maxConnections };
}

interface NumberRule {
  min?: number;
  max?: number;
  exclusiveMin?: boolean;
  integer?: boolean;
}

function numberFlag(flag: string, value: string | undefined, rule: NumberRule): number | undefined {
  if (value === undefined) return undefined;
  const number = /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : Number.NaN;
  const fits =
    Number.isFinite(number) &&
    (!rule.integer || Number.isInteger(number)) &&
    (rule.min === undefined || (rule.exclusiveMin ? number > rule.min : number >= rule.min)) &&
    (rule.max === undefined || number <= rule.max);
  if (!fits) throw new CliUsageError(`--${flag} must be ${describeRule(rule)}, got '${value}'`);
  return number;
}

function describeRule(rule: NumberRule): string {
  const kind = rule.integer ? 'an integer' : 'a number';
  if (rule.min !== undefined && rule.max !== undefined) return `${kind} from ${rule.min} to ${rule.max}`;
  if (rule.min !== undefined) return `${kind} ${rule.exclusiveMin ? 'above' : 'of at least'} ${rule.min}`;
  return kind;
}
