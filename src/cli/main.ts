import { commands } from './command-registry.js';
import type { CliIo } from './cli-command.js';
import { MissingPeerDependencyError } from '../peers/index.js';
import { InputError } from '../spec/input-file-error.js';
import { oneLine } from '../spec/report-markup.js';
import { processStopSignal } from './graceful-shutdown.js';

const usage = () =>
  [
    'Usage: lambda-rmc <command> [options]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(10)} ${command.summary}`),
    '',
    "Run 'lambda-rmc <command> --help' for a command's options.",
  ].join('\n');

function processIo(): CliIo {
  let stopSignal: Promise<string> | undefined;
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTty: Boolean(process.stdout.isTTY),
    cwd: process.cwd(),
    // Watched only by the commands that wait for it (simulate, mock), so one-shot commands exit at once.
    get stopSignal() {
      return (stopSignal ??= processStopSignal());
    },
  };
}

/** Runs one command line; returns the exit code (0 ok, 1 command-specific failure, 2 usage or input error). */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  const entry = commands.find((candidate) => candidate.name === name);
  if (!entry) {
    io.stderr(`lambda-rmc: unknown command '${oneLine(name)}' (commands: ${commands.map((c) => c.name).join(', ')})\n`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.help.trimEnd()}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    const failure = commandFailure(name, error);
    io.stderr(failure.line);
    return failure.exitCode;
  }
}

/** What a command's failure prints (one line, command named) and exits with. */
export interface CommandFailure {
  line: string;
  exitCode: 1 | 2;
}

/**
 * The one place a thrown failure becomes a line and an exit code. Bad input (an InputError: a flag,
 * or a file named with its field and problem; or an optional peer not installed) exits 2. Anything
 * else is a bug or the environment failing (Prism would not start): exit 1, its first line.
 * Commands throw; they never print their own errors.
 */
export function commandFailure(command: string, error: unknown): CommandFailure {
  if (error instanceof InputError || error instanceof MissingPeerDependencyError) {
    return { line: `lambda-rmc ${command}: ${oneLine(error.message)}\n`, exitCode: 2 };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { line: `lambda-rmc ${command}: ${oneLine(message.split('\n')[0] ?? '')}\n`, exitCode: 1 };
}
