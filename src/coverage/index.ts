// lambda-rmc/coverage: a consumer's pacts checked against the spec, read as JSON (Pact need not be
// installed). `verifyPacts` proves each HTTP interaction is one Lambda allows; `coverageReport` lists
// which documented shapes the verified interactions exercise. Each report has its formats.
export {
  PactFileError,
  pactFilesIn,
  parsePact,
  readPactFile,
  type PactFile,
  type PactHttpInteraction,
  type PactMessage,
  type PactRequest,
  type PactResponse,
} from '../pacts/index.js';
export { verifyPacts } from './verify-pacts.js';
export { verifyFails, type InteractionVerdict, type VerifyLevel, type VerifyProblem, type VerifyReport } from './verify-report.js';
export { formatVerify, isVerifyFormat, verifyFormats, type VerifyFormat } from './formatters/verify-format.js';
export { verifyReportJsonSchema } from './formatters/verify-report-json-schema.js';
export { documentedItems, type CoverageItem, type CoverageItemKind } from './coverage-model.js';
export { coverageReport, type CoverageReport, type CoverageRow, type ExercisingInteraction, type UnverifiedInteraction } from './coverage-report.js';
export { splitByVerification, type VerifiedSplit } from './verify-coverage.js';
export { coverageFormats, formatCoverage, isCoverageFormat, type CoverageFormat } from './formatters/coverage-format.js';
