// Prism and Pact are optional peer dependencies: the core of lambda-rmc (validation, simulator,
// client, diff, coverage) installs without them, and the parts that need one load it on first use.
import { createRequire } from 'node:module';

/** The optional peers, with the range package.json's peerDependencies accept. */
export const optionalPeers = {
  '@stoplight/prism-cli': { range: '^5.14.2', neededBy: 'lambda-rmc mock and lambda-rmc/mock' },
  '@pact-foundation/pact': { range: '^16.5.0 || ^17.0.0', neededBy: 'lambda-rmc/contracts/pact' },
} as const;

export type OptionalPeerName = keyof typeof optionalPeers;

/** An optional peer dependency is not installed where lambda-rmc can resolve it. */
export class MissingPeerDependencyError extends Error {
  override readonly name = 'MissingPeerDependencyError';
  /** The command that installs it, e.g. `npm i -D @stoplight/prism-cli`. */
  readonly installCommand: string;

  constructor(
    readonly packageName: OptionalPeerName,
    options?: { cause?: unknown },
  ) {
    const installCommand = `npm i -D ${packageName}`;
    const { range, neededBy } = optionalPeers[packageName];
    super(`${packageName} (${range}) is needed by ${neededBy} but is not installed; install it with: ${installCommand}`, options);
    this.installCommand = installCommand;
  }
}

const requireHere = createRequire(import.meta.url);

/** The absolute path of a file inside the peer (e.g. its package.json), or a MissingPeerDependencyError. */
export function resolveOptionalPeer(packageName: OptionalPeerName, file = 'package.json'): string {
  try {
    return requireHere.resolve(`${packageName}/${file}`);
  } catch (error) {
    if (isModuleNotFound(error)) throw new MissingPeerDependencyError(packageName, { cause: error });
    throw error;
  }
}

/** Imports the peer's main module, or rejects with a MissingPeerDependencyError. */
export async function importOptionalPeer<Module>(packageName: OptionalPeerName, load: () => Promise<Module>): Promise<Module> {
  try {
    return await load();
  } catch (error) {
    // Only the peer itself missing is reported as missing; a broken install of it is its own error.
    if (isModuleNotFound(error) && String((error as Error).message).includes(packageName)) {
      throw new MissingPeerDependencyError(packageName, { cause: error });
    }
    throw error;
  }
}

function isModuleNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND';
}
