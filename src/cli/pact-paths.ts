import { resolve } from 'node:path';

/** Where Pact writes pact files unless told otherwise: what a consumer project has. */
export const defaultPactDirectory = 'pacts';

/** The pact files or directories named on the command line (default: pacts/), resolved against the working directory. */
export function pactPaths(positionals: string[], cwd: string): string[] {
  return (positionals.length > 0 ? positionals : [defaultPactDirectory]).map((path) => resolve(cwd, path));
}
