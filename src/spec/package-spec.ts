// lambda-rmc/spec: the packaged OpenAPI document, for a consumer's own tools (Prism, PactFlow,
// openapi-typescript, Spectral). The YAML file itself is exported as lambda-rmc/spec.yaml.
import type { JsonObject } from './json-object.js';
import { loadSpecFile } from './load-spec.js';
import { specPath } from './spec-location.js';

export { specPath };

/** The OpenAPI 3.1 document, parsed from `specPath` once on import. Treat it as read-only. */
export const specDocument: JsonObject = loadSpecFile(specPath);

/** The spec's `info.version`: the API version (the date AWS versions it by), not this package's version. */
export const specVersion: string = String((specDocument['info'] as JsonObject)['version']);
