// lambda-rmc/contracts/pact: the catalog as Pact V4 interactions. Needs @pact-foundation/pact (an
// optional peer dependency); importing this without it rejects with a MissingPeerDependencyError.
export {
  addCatalogInteraction,
  requestBodyTemplate,
  requestPath,
  requestPathMatcher,
  responseBodyTemplate,
  responseHeadersTemplate,
  type CatalogInteraction,
} from './pact-interaction.js';
export { matcherFromSchema, requestMemberMatcher, stringMatcherFromSchema, type MatchMode } from './spec-matchers.js';
export type { CatalogEntry, CatalogRequest, CatalogRequestBody, CatalogResponse, CatalogResponseBody, OperationCatalogEntry } from './catalog-entry.js';
export { catalogEntry, interactionCatalog } from './interaction-catalog.js';
