import { createRequire } from 'node:module';

export type Yaml = typeof import('yaml');

let yaml: Yaml | undefined;

/**
 * The YAML library, loaded on first use: reading a pact (JSON) or serving requests never parses YAML,
 * and the commands that only read JSON should not pay the library's load time.
 */
export function loadYaml(): Yaml {
  return (yaml ??= createRequire(import.meta.url)('yaml') as Yaml);
}
