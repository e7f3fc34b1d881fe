export { specPath, historicalSpecPath } from './spec-location.js';
export { maxInputFileBytes, readInputFile, readInputText, type InputFileProblem } from './read-input-file.js';
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
export { annotation, escapeAnnotationData, escapeAnnotationProperty, markdownCell, markdownCode, oneLine, plural } from './report-markup.js';
