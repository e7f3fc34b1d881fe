// Pact is an optional peer dependency: this module loads it once for the Pact DSL helpers
// (lambda-rmc/contracts/pact), so importing them without Pact installed rejects with a
// MissingPeerDependencyError naming the install command. Nothing else in src/contracts needs Pact.
import { importOptionalPeer } from '../peers/index.js';

export const pactLibrary: typeof import('@pact-foundation/pact') = await importOptionalPeer('@pact-foundation/pact', () => import('@pact-foundation/pact'));
