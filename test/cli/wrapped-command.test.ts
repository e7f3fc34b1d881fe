// `lambda-rmc simulate -- <command>`: a fresh simulator for one command, reached by unmodified AWS
// SDK code through AWS_ENDPOINT_URL_LAMBDA, stopped however the command ends, with its exit code.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { serviceEnvironment, splitWrappedCommand } from '../../src/cli/wrapped-command.js';
import { cliSandbox, spawnCli, stopAll } from './support/cli-process.js';

const sandbox = cliSandbox();
afterAll(() => sandbox.remove());
afterEach(() => stopAll());

/** `lambda-rmc simulate <options> -- node --input-type=module -e <script>`, from the project root so the script can import the AWS SDK. */
function simulateAround(script: string, options: string[] = [], env?: NodeJS.ProcessEnv) {
  return spawnCli(process.execPath, [...sandbox.nodeArgs, 'simulate', ...options, '--', process.execPath, '--input-type=module', '-e', script], {
    cwd: process.cwd(),
    env,
  });
}

describe('splitWrappedCommand', () => {
  it.each([
    ['no separator', { given: ['--port', '0'], want: { options: ['--port', '0'], wrapped: undefined } }],
    [
      'a command after --',
      { given: ['--rate', '5', '--', 'npx', 'vitest', 'run'], want: { options: ['--rate', '5'], wrapped: { command: 'npx', args: ['vitest', 'run'] } } },
    ],
    [
      'its own -- passed on',
      { given: ['--', 'npm', 'test', '--', '--grep', 'x'], want: { options: [], wrapped: { command: 'npm', args: ['test', '--', '--grep', 'x'] } } },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(splitWrappedCommand('simulate', given)).toEqual(want);
  });

  it('-- with nothing after it is a usage error', () => {
    expect(() => splitWrappedCommand('simulate', ['--port', '0', '--'])).toThrow(
      /^'--' must be followed by a command to run \(see: lambda-rmc simulate --help\)$/,
    );
  });
});

describe('serviceEnvironment', () => {
  const url = 'http://127.0.0.1:4321';
  it.each([
    [
      'nothing set: test values',
      {
        given: {},
        want: {
          AWS_ENDPOINT_URL_LAMBDA: url,
          AWS_REGION: 'us-east-1',
          AWS_DEFAULT_REGION: 'us-east-1',
          AWS_ACCESS_KEY_ID: 'test',
          AWS_SECRET_ACCESS_KEY: 'test',
        },
      },
    ],
    [
      'the caller region kept, copied to its twin',
      { given: { AWS_DEFAULT_REGION: 'eu-west-1' }, want: { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'eu-west-1' } },
    ],
    [
      'the caller keys kept (a tenant per worker)',
      { given: { AWS_ACCESS_KEY_ID: '111122223333', AWS_SECRET_ACCESS_KEY: 'x' }, want: { AWS_ACCESS_KEY_ID: '111122223333', AWS_SECRET_ACCESS_KEY: 'x' } },
    ],
    [
      'an endpoint already set is replaced',
      { given: { AWS_ENDPOINT_URL_LAMBDA: 'https://lambda.us-east-1.amazonaws.com' }, want: { AWS_ENDPOINT_URL_LAMBDA: url } },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(serviceEnvironment(url, given)).toMatchObject(want);
  });

  it('half a key pair is not completed', () => {
    const env = serviceEnvironment(url, { AWS_ACCESS_KEY_ID: 'AKIDONLY' });
    expect([env['AWS_ACCESS_KEY_ID'], env['AWS_SECRET_ACCESS_KEY']]).toEqual(['AKIDONLY', undefined]);
  });
});

describe('lambda-rmc simulate -- <command>', () => {
  it('unmodified `new LambdaClient({})` reaches the simulator: Put then Get round-trip; exit 0', async () => {
    const script = `
      import { LambdaClient, PutRuntimeManagementConfigCommand, GetRuntimeManagementConfigCommand } from '@aws-sdk/client-lambda';
      const lambda = new LambdaClient({});
      await lambda.send(new PutRuntimeManagementConfigCommand({ FunctionName: 'my-function', Qualifier: '1', UpdateRuntimeOn: 'FunctionUpdate' }));
      const got = await lambda.send(new GetRuntimeManagementConfigCommand({ FunctionName: 'my-function', Qualifier: '1' }));
      console.log('GOT', got.UpdateRuntimeOn, got.FunctionArn);`;
    const wrapper = simulateAround(script, [], { AWS_REGION: '', AWS_DEFAULT_REGION: '', AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', AWS_PROFILE: '' });
    expect(await wrapper.exited).toEqual({ code: 0, signal: null });
    expect(wrapper.stdout()).toBe('GOT FunctionUpdate arn:aws:lambda:us-east-1:123456789012:function:my-function:1\n'); // the simulator's own lines go to stderr
    expect(wrapper.output()).toMatch(/Simulator listening on http:\/\/127\.0\.0\.1:\d+/);
  });

  it('the command sees the server, test credentials and the region; the exit code is its own', async () => {
    const script = `console.log(JSON.stringify({ endpoint: process.env.AWS_ENDPOINT_URL_LAMBDA, region: process.env.AWS_REGION, key: process.env.AWS_ACCESS_KEY_ID })); process.exit(3);`;
    const wrapper = simulateAround(script, [], { AWS_REGION: 'eu-west-1', AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' });
    expect(await wrapper.exited).toEqual({ code: 3, signal: null });
    const seen = JSON.parse(wrapper.stdout()) as { endpoint: string; region: string; key: string };
    expect(seen).toEqual({ endpoint: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/), region: 'eu-west-1', key: 'test' });
    expect(wrapper.output()).toContain(`Simulator listening on ${seen.endpoint}`);
  });

  it('SIGTERM to lambda-rmc reaches the command; the exit code says so (143) and the server is stopped', async () => {
    const script = `process.on('SIGTERM', () => { console.log('command got SIGTERM'); process.exit(143); }); console.log('ready', process.env.AWS_ENDPOINT_URL_LAMBDA); setInterval(() => {}, 1000);`;
    const wrapper = simulateAround(script);
    const endpoint = (await wrapper.waitFor(/ready (\S+)/))[1]!;
    wrapper.child.kill('SIGTERM');
    expect(await wrapper.exited).toEqual({ code: 143, signal: null });
    expect(wrapper.stdout()).toContain('command got SIGTERM');
    await expect(fetch(`${endpoint}/2021-07-20/functions/my-function/runtime-management-config`)).rejects.toThrow();
  });

  it('a command killed by a signal: 128 + its number', async () => {
    const wrapper = simulateAround(`process.kill(process.pid, 'SIGKILL');`);
    expect(await wrapper.exited).toEqual({ code: 137, signal: null });
  });

  it('a command that does not exist: one line, exit 127', async () => {
    const wrapper = spawnCli(process.execPath, [...sandbox.nodeArgs, 'simulate', '--', 'no-such-command-lambda-rmc'], { cwd: sandbox.folder });
    expect(await wrapper.exited).toEqual({ code: 127, signal: null });
    expect(wrapper.output()).toContain("lambda-rmc: cannot run 'no-such-command-lambda-rmc': command not found\n");
  });
});

describe('lambda-rmc mock -- <command>', () => {
  it('the command starts once the mock answers; unmodified SDK code gets documented answers and request-worded errors; exit code is its own', async () => {
    const script = `
      import { LambdaClient, PutRuntimeManagementConfigCommand } from '@aws-sdk/client-lambda';
      const lambda = new LambdaClient({ maxAttempts: 1 });
      const put = await lambda.send(new PutRuntimeManagementConfigCommand({ FunctionName: 'my-function', UpdateRuntimeOn: 'Auto' }));
      console.log('PUT', put.UpdateRuntimeOn);
      try {
        await lambda.send(new PutRuntimeManagementConfigCommand({ FunctionName: 'my-function', UpdateRuntimeOn: 'Manual' }));
      } catch (error) {
        console.log('ERROR', error.name, error.$metadata.httpStatusCode);
      }
      process.exit(5);`;
    const wrapper = spawnCli(process.execPath, [...sandbox.nodeArgs, 'mock', '--', process.execPath, '--input-type=module', '-e', script], {
      cwd: process.cwd(),
      env: { AWS_REGION: '', AWS_DEFAULT_REGION: '', AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', AWS_PROFILE: '' },
    });
    expect(await wrapper.exited).toEqual({ code: 5, signal: null });
    expect(wrapper.stdout()).toBe('PUT Auto\nERROR InvalidParameterValueException 400\n');
    const url = /Mock \(Prism\) listening on (\S+)/.exec(wrapper.output())![1]!;
    await expect(fetch(`${url}/2021-07-20/functions/my-function/runtime-management-config`)).rejects.toThrow();
  }, 90_000);
});
