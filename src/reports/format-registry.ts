// The one convention for a report's output formats (diff, drift, verify, coverage): a report names
// its formatters once, in the order its help lists them; the names, the lookup and the "unknown
// format" error that lists the choices come from here. Each report keeps its own formatters.

/** A format name no formatter answers to: bad input, worded as the CLI reports it. */
export class UnknownFormatError extends Error {
  override readonly name = 'UnknownFormatError';
  readonly given: string;
  readonly choices: readonly string[];

  constructor(given: string, choices: readonly string[]) {
    super(`--format must be one of ${choices.join(', ')}, got '${given}'`);
    this.given = given;
    this.choices = choices;
  }
}

/** What a terminal format may use besides the report. */
export interface FormatOptions {
  /** ANSI colours (a TTY without NO_COLOR). */
  colour: boolean;
}

export interface FormatRegistry<Name extends string, Formatter> {
  /** The format names, in the order they were given. */
  readonly names: readonly Name[];
  // Function-valued members, not methods: callers pass them on unbound (`isCoverageFormat = registry.has`).
  readonly has: (value: unknown) => value is Name;
  readonly formatter: (name: Name) => Formatter;
  /** The format a user named, or an UnknownFormatError listing the choices. */
  readonly parse: (value: string) => Name | UnknownFormatError;
}

export function formatRegistry<Name extends string, Formatter>(formatters: Readonly<Record<Name, Formatter>>): FormatRegistry<Name, Formatter> {
  const names = Object.freeze(Object.keys(formatters) as Name[]);
  const has = (value: unknown): value is Name => typeof value === 'string' && Object.hasOwn(formatters, value);
  return {
    names,
    has,
    formatter: (name) => formatters[name],
    parse: (value) => (has(value) ? value : new UnknownFormatError(value, names)),
  };
}
