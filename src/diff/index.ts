// lambda-rmc's spec-diff gate: breaking-change classification between two OpenAPI documents.
export { diffSpecs } from './diff-specs.js';
export {
  hasChangeAtLeast,
  isLevelAtLeast,
  levels,
  summarize,
  type Change,
  type DiffReport,
  type DiffSummary,
  type Direction,
  type Level,
  type OperationRef,
  type SpecLocation,
} from './diff-report.js';
export { rules, isRuleId, ruleFor, ruleId, ruleTables, type OasdiffVerdict, type Rule, type RuleId } from './rules.js';
export { comparePatterns, type PatternSide, type PatternVerdict } from './pattern-change.js';
export { SpecRefError } from '../spec/index.js';
export { loadSide, loadFile, loadFromGit, type SpecSource } from './load-side.js';
export { withSourceLines, SourceLines } from './source-lines.js';
export { contractsImpact, type ContractsImpact, type ImpactedInteraction } from './contracts-impact.js';
export { SpecSchemaError } from './spec-schema-validator.js';
export { readPactDirectory, PactFileError, type PactHttpInteraction } from '../pacts/index.js';
export {
  formatReport,
  gateFails,
  reportChunks,
  reportFormats,
  writeReport,
  diffReportJsonSchema,
  type ReportFormat,
  type ReportView,
  type SideLabel,
} from './formatters/index.js';
