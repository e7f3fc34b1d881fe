import { InputError } from '../spec/input-file-error.js';

/** One `lambda-rmc <name>` command (named and summarised in command-registry.ts). `run` returns the exit code; it never calls process.exit. */
export interface CliCommand {
  /** Full `--help` text: usage line, options, one or two examples. */
  help: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Where a command writes; tests pass buffers, the launcher passes the process streams. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (colour only then). */
  isTty: boolean;
  cwd: string;
  /** Resolves when the process is asked to stop (SIGINT/SIGTERM); long-running commands await it. */
  stopSignal: Promise<string>;
}

/** Colour in a text report only on a terminal, and never with NO_COLOR set. */
export function wantsColour(format: string, io: CliIo): boolean {
  return format === 'text' && io.isTty && !process.env['NO_COLOR'];
}

/** A usage mistake (a bad flag or argument): bad input, so main prints `lambda-rmc <command>: <message>` and exits 2. */
export class CliUsageError extends InputError {
  override readonly name = 'CliUsageError';
}
