// The verifier's state handlers for every catalog state: each parses the state as the pact carries it
// and hands the typed state to the provider's own way of setting it up.
import type { VerifierOptions } from '@pact-foundation/pact';
import { parseProviderState, providerStateNames, type ProviderState } from '../../../src/contracts/provider-states.js';

export type StateHandlers = NonNullable<VerifierOptions['stateHandlers']>;

/** One handler per catalog state; a state the catalog cannot parse fails the interaction with its problem. */
export function catalogStateHandlers(setUp: (state: ProviderState) => void): StateHandlers {
  return Object.fromEntries(
    Object.values(providerStateNames).map((name) => [
      name,
      async (params: unknown) => {
        const parsed = parseProviderState(name, params);
        if (!parsed.ok) throw new Error(`provider state '${parsed.error.state}': ${parsed.error.problem}`);
        setUp(parsed.value);
        return undefined;
      },
    ]),
  );
}
