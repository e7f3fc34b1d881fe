import type { CliCommand, CliIo } from './cli-command.js';
import { parseCommandOptions, type OptionSpec, type OptionValues } from './parse-options.js';
import { splitWrappedCommand, type WrappedCommand } from './wrapped-command.js';

/** A command line as a command's `run` receives it: flags parsed, positionals, and the command after `--`. */
export interface CommandLine<T extends Record<string, OptionSpec>> {
  values: OptionValues<T>;
  positionals: string[];
  /** Only for commands that wrap one (`wrapsCommand`); undefined without `--`. */
  wrapped: WrappedCommand | undefined;
}

export interface CommandDefinition<T extends Record<string, OptionSpec>> {
  name: string;
  help: string;
  options: T;
  /** Whether arguments other than flags are allowed (pact paths, specs). */
  positionals?: boolean;
  /** Whether `-- COMMAND [ARGS…]` may follow the flags (mock, simulate). */
  wrapsCommand?: boolean;
}

/** A command whose flags are parsed (a bad one is a CliUsageError) before `run` sees them. */
export function defineCommand<T extends Record<string, OptionSpec>>(
  definition: CommandDefinition<T>,
  run: (line: CommandLine<T>, io: CliIo) => Promise<number>,
): CliCommand {
  return {
    help: definition.help,
    async run(args, io) {
      const { options, wrapped } = definition.wrapsCommand ? splitWrappedCommand(definition.name, args) : { options: args, wrapped: undefined };
      const { values, positionals } = parseCommandOptions(definition.name, options, definition.options, definition.positionals ?? false);
      return run({ values, positionals, wrapped }, io);
    },
  };
}
