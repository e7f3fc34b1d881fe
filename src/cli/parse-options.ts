import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliUsageError } from './cli-command.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, with its errors turned into one-line usage errors naming the command. */
export function parseCommandOptions<T extends Options>(command: string, args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CliUsageError(`${command}: ${message} (see: lambda-rmc ${command} --help)`);
  }
}

/** Parses a TCP port flag: an integer 0..65535 (0 picks a free port). */
export function parsePortOption(command: string, flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) {
    throw new CliUsageError(`${command}: --${flag} must be a port number from 0 to 65535, got '${value}'`);
  }
  return Number(value);
}
