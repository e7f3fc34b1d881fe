import { constants } from 'node:os';
import { CliUsageError } from './cli-command.js';

/** `lambda-rmc simulate [options] -- <command> [args…]`: the command a server is started for. */
export interface WrappedCommand {
  command: string;
  args: string[];
}

/** The command's options before `--`, and the wrapped command after it (none without `--`). */
export function splitWrappedCommand(commandName: string, args: string[]): { options: string[]; wrapped: WrappedCommand | undefined } {
  const separator = args.indexOf('--');
  if (separator === -1) return { options: args, wrapped: undefined };
  const [command, ...rest] = args.slice(separator + 1);
  if (command === undefined) throw new CliUsageError(`'--' must be followed by a command to run (see: lambda-rmc ${commandName} --help)`);
  return { options: args.slice(0, separator), wrapped: { command, args: rest } };
}

/** Test credentials and region the AWS SDKs and CLI accept; the servers check no signature. */
const testDefaults: Record<string, string> = {
  AWS_REGION: 'us-east-1',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'test',
  AWS_SECRET_ACCESS_KEY: 'test',
};

/**
 * The wrapped command's environment: AWS_ENDPOINT_URL_LAMBDA names the server (every current AWS SDK
 * and the AWS CLI read it), and region and credentials get test values where the caller set none.
 * A region set in only one of AWS_REGION / AWS_DEFAULT_REGION is copied to the other.
 */
export function serviceEnvironment(url: string, base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, AWS_ENDPOINT_URL_LAMBDA: url };
  const region = base['AWS_REGION'] || base['AWS_DEFAULT_REGION'] || testDefaults['AWS_REGION']!;
  env['AWS_REGION'] = base['AWS_REGION'] || region;
  env['AWS_DEFAULT_REGION'] = base['AWS_DEFAULT_REGION'] || region;
  // Keys come as a pair: half of a caller's pair is theirs to fix, not ours to complete.
  if (!base['AWS_ACCESS_KEY_ID'] && !base['AWS_SECRET_ACCESS_KEY']) {
    env['AWS_ACCESS_KEY_ID'] = testDefaults['AWS_ACCESS_KEY_ID'];
    env['AWS_SECRET_ACCESS_KEY'] = testDefaults['AWS_SECRET_ACCESS_KEY'];
  }
  return env;
}

/**
 * Runs the wrapped command against the server at `url` and resolves with its exit code: its own
 * code, or 128 + the signal's number when a signal ended it (the shell's convention), 127 when it
 * cannot be started. SIGINT and SIGTERM sent to lambda-rmc are passed on to the command's whole
 * process group, so what a shell command started stops too (as GNU timeout and npm do). With a
 * terminal on stdin the command stays in lambda-rmc's group instead: a group of its own could not
 * read the terminal (SIGTTIN), and Ctrl-C reaches the whole foreground group anyway.
 */
export function runWrappedCommand(wrapped: WrappedCommand, url: string, stderr: (text: string) => void): Promise<number> {
  return new Promise((resolveExit) => {
    const ownGroup = !process.stdin.isTTY;
    // child_process loads only when a command is wrapped: every other run skips its load time.
    const child = process
      .getBuiltinModule('node:child_process')
      .spawn(wrapped.command, wrapped.args, { stdio: 'inherit', env: serviceEnvironment(url, process.env), detached: ownGroup });
    const forward = (signal: NodeJS.Signals) => {
      try {
        if (ownGroup && child.pid !== undefined) process.kill(-child.pid, signal);
        else child.kill(signal);
      } catch {
        // the group is gone already
      }
    };
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, forward);
    const done = (code: number) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.off(signal, forward);
      resolveExit(code);
    };
    child.once('error', (error: NodeJS.ErrnoException) => {
      stderr(`lambda-rmc: cannot run '${wrapped.command}': ${error.code === 'ENOENT' ? 'command not found' : error.message}\n`);
      done(error.code === 'ENOENT' ? 127 : 126);
    });
    child.once('exit', (code, signal) => done(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0)));
  });
}
