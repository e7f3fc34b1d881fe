export { specPath, historicalSpecPath } from './spec-location.js';
export {
  SpecLoadError,
  derefNode,
  isJsonObject,
  loadSpecFile,
  parseSpecText,
  resolveLocalRef,
  type JsonObject,
} from './load-spec.js';
export { componentSchemasAsDefs, toJsonSchema } from './spec-json-schema.js';
export { validatorNames } from './validator-names.js';
export { InputFileError } from './input-file-error.js';
export { SourceLines } from './source-lines.js';
export { annotation, escapeAnnotationData, escapeAnnotationProperty, markdownCell, markdownCode, plural } from './report-markup.js';
