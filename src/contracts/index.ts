// lambda-rmc/contracts: the interaction catalog (one entry per documented shape of each operation) and
// its provider states. None of it needs Pact: the Pact DSL helpers (addCatalogInteraction, spec
// matchers) are lambda-rmc/contracts/pact; reading, verifying and measuring pacts is lambda-rmc/coverage.
export type { CatalogEntry, CatalogRequest, CatalogRequestBody, CatalogResponse, CatalogResponseBody, OperationCatalogEntry } from './catalog-entry.js';
export { catalogEntry, interactionCatalog } from './interaction-catalog.js';
export {
  parseProviderState,
  providerStateNames,
  type CallerThrottledParams,
  type FunctionExistsParams,
  type FunctionMissingParams,
  type ProviderState,
  type ProviderStateError,
  type ProviderStateName,
  type ServiceFaultParams,
  type UpdateInProgressParams,
} from './provider-states.js';
export { preferHeaderFor } from './prism-prefer.js';
