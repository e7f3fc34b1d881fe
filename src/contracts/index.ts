// lambda-rmc/contracts: the interaction catalog, provider states, pact files and coverage. None of it
// needs Pact; the Pact DSL helpers (addCatalogInteraction, spec matchers) are lambda-rmc/contracts/pact.
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
export { describeSignature, successSignature, successVariantOf, type QualifierKind, type SuccessSignature } from './success-variant.js';
export { PactFileError, pactFilesIn, parsePact, readPactFile, type PactFile, type PactHttpInteraction } from './pact-file.js';
export { functionNameForm, interactionShape, type InteractionShape } from './interaction-shape.js';
export { routeRequest, type RoutedRequest } from './operation-route.js';
export { documentedItems, type CoverageItem, type CoverageItemKind } from './coverage-model.js';
export { coverageReport, type CoverageReport, type CoverageRow, type ExercisingInteraction } from './coverage-report.js';
export { coverageFormats, formatCoverage, isCoverageFormat, type CoverageFormat } from './coverage-format.js';
export { verifyInteraction, verifyPacts, withInteractionLines } from './verify-pacts.js';
export { verifyFails, type InteractionVerdict, type VerifyLevel, type VerifyProblem, type VerifyReport } from './verify-report.js';
export { formatVerify, isVerifyFormat, verifyFormats, type VerifyFormat } from './verify-format.js';
export { verifyReportJsonSchema } from './verify-report-json-schema.js';
export { splitByVerification, type VerifiedSplit } from './verify-coverage.js';
export type { UnverifiedInteraction } from './coverage-report.js';
