import { parseArgs } from 'node:util';
import { CliUsageError } from './cli-command.js';

/** The flag kinds the commands use; a subset of node:util parseArgs's option config. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
}

/** The parsed value of each declared flag (absent flags are undefined). */
export type OptionValues<T extends Record<string, OptionSpec>> = {
  [K in keyof T]?: T[K]['type'] extends 'boolean' ? (T[K]['multiple'] extends true ? boolean[] : boolean) : T[K]['multiple'] extends true ? string[] : string;
} & { help?: boolean };

/** node:util parseArgs, with its errors turned into one-line usage errors naming the command. */
export function parseCommandOptions<T extends Record<string, OptionSpec>>(
  command: string,
  args: string[],
  options: T,
  allowPositionals = false,
): { values: OptionValues<T>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true });
    return { values: parsed.values, positionals: parsed.positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CliUsageError(`${message} (see: lambda-rmc ${command} --help)`);
  }
}

/** Parses a host flag: a name or an IP address (default 127.0.0.1: the servers bind loopback unless told). */
export function parseHostOption(value: string | undefined): string {
  const host = value ?? '127.0.0.1';
  if (!/^[\w.:-]+$/.test(host)) throw new CliUsageError(`--host must be a host name or IP address, got '${host}'`);
  return host;
}

/** Parses a TCP port flag: an integer 0..65535 (0 picks a free port). */
export function parsePortOption(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) {
    throw new CliUsageError(`--${flag} must be a port number from 0 to 65535, got '${value}'`);
  }
  return Number(value);
}
