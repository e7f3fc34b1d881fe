// OpenAPI path templates (`/functions/{FunctionName}/config`): matching a request path against one,
// and the key under which two templates that differ only in parameter names are one endpoint.
// Validation's router (routeOperation) and the diff's pact check (contracts-impact) both match here.

export interface PathTemplateOptions {
  /**
   * Whether a parameter may match an empty segment. The router lets `/functions//config` reach the
   * operation so that validation names the empty FunctionName; the diff's pact check, like OpenAPI
   * tools, needs at least one character.
   */
  emptySegments?: boolean;
}

export interface PathTemplate {
  readonly template: string;
  /** The parameter names, in the order they appear. */
  readonly names: readonly string[];
  /** The parameter values of `path` (no query string), each percent-decoded; undefined when the path does not match. */
  match(path: string): Record<string, string> | undefined;
}

/**
 * Compiles a template: each `{name}` is exactly one raw segment (never a `/`, so an encoded `%2F`
 * arrives inside the value once decoded); everything else matches literally.
 */
export function compilePathTemplate(template: string, options: PathTemplateOptions = {}): PathTemplate {
  const segment = options.emptySegments === true ? '([^/]*)' : '([^/]+)';
  const names: string[] = [];
  const source = template.replace(/\{([^}]+)\}|[.*+?^$()|[\]\\]/g, (token, name: string | undefined) => {
    if (name === undefined) return `\\${token}`;
    names.push(name);
    return segment;
  });
  const pattern = new RegExp(`^${source}$`);
  return {
    template,
    names,
    match(path) {
      const match = pattern.exec(path);
      if (!match) return undefined;
      const values: Record<string, string> = {};
      names.forEach((name, index) => {
        values[name] = decodeUriComponentOrKeep(match[index + 1] ?? '');
      });
      return values;
    },
  };
}

/** `/functions/{FunctionName}` and `/functions/{name}` are one endpoint: the template with its parameter names blanked. */
export function pathTemplateKey(template: string): string {
  return template.replace(/\{[^}]+\}/g, '{}');
}

/** Percent-decoded; a value whose escapes do not decode to UTF-8 (`%`, `%ZZ`) is kept as sent (never throws). */
export function decodeUriComponentOrKeep(raw: string): string {
  if (!raw.includes('%')) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
