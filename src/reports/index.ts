// What every report shares, whichever folder builds it: the format registry and the JSON schema frame.
export { formatRegistry, UnknownFormatError, type FormatOptions, type FormatRegistry } from './format-registry.js';
export { reportJsonSchema } from './report-json-schema.js';
