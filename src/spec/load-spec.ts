import { readInputText } from './read-input-file.js';
import { loadYaml } from './load-yaml.js';
import { InputFileError } from './input-file-error.js';
import { isJsonObject, type JsonObject } from './json-object.js';
import { pointerOf } from './json-pointer.js';
import { httpMethods } from './spec-operations.js';

/** A spec file could not be read or is not an OpenAPI 3.x document; `message` names file and problem. */
export class SpecLoadError extends InputFileError {
  override readonly name = 'SpecLoadError';
}

/** Parses YAML or JSON text (JSON is YAML) into an OpenAPI document; `file` only labels errors. */
export function parseSpecText(text: string, file: string): JsonObject {
  let document: unknown;
  try {
    document = loadYaml().parse(text, { uniqueKeys: true, maxAliasCount: 100 });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new SpecLoadError(file, `invalid YAML: ${reason}`);
  }
  if (!isJsonObject(document)) throw new SpecLoadError(file, 'not an OpenAPI document: the top level is not a mapping');
  assertOpenApi3(document, file);
  return document;
}

export function loadSpecFile(file: string): JsonObject {
  const text = readInputText(file);
  if (!text.ok) throw new SpecLoadError(file, text.error.problem);
  return parseSpecText(text.value, file);
}

/** Every reader takes OpenAPI 3.0 and 3.1 only; Swagger 2.0 is named as such rather than failing on its $refs later. */
export function assertOpenApi3(document: JsonObject, file: string): void {
  const version = document['openapi'];
  if (typeof version !== 'string' || !/^3\.\d+\.\d+/.test(version)) {
    if (document['swagger'] !== undefined) {
      throw new SpecLoadError(
        file,
        `not an OpenAPI 3.x document: it is Swagger ${String(document['swagger'])} (field 'swagger'); lambda-rmc reads OpenAPI 3.0 and 3.1 only, convert it first`,
      );
    }
    throw new SpecLoadError(file, "not an OpenAPI 3.x document: field 'openapi' is missing or not 3.x");
  }
  if (!isJsonObject(document['paths']) && !isJsonObject(document['webhooks']))
    throw new SpecLoadError(file, "not an OpenAPI document: field 'paths' is missing");
  assertOperationKinds(document, file);
}

/**
 * The structure every reader walks must have the kind OpenAPI gives it: an operation that is null or
 * `responses: 5` is bad input (exit 2 naming the field), not a removal for the diff to report.
 */
function assertOperationKinds(document: JsonObject, file: string): void {
  const fail = (pointer: string, problem: string): never => {
    throw new SpecLoadError(file, `${pointer}: ${problem}`);
  };
  for (const section of ['paths', 'webhooks'] as const) {
    const items = document[section];
    if (items === undefined) continue;
    if (!isJsonObject(items)) fail(`#/${section}`, 'must be a mapping');
    for (const [key, item] of Object.entries(items as JsonObject)) {
      const at = `#${pointerOf([section, key])}`;
      if (!isJsonObject(item)) fail(at, 'must be a path item (a mapping)');
      const pathItem = item as JsonObject;
      if (pathItem['parameters'] !== undefined && !Array.isArray(pathItem['parameters'])) fail(`${at}/parameters`, 'must be a list');
      for (const method of httpMethods) {
        if (!(method in pathItem)) continue;
        const operation = pathItem[method];
        if (!isJsonObject(operation)) fail(`${at}/${method}`, 'must be an operation (a mapping)');
        const { parameters, responses, requestBody } = operation as JsonObject;
        if (parameters !== undefined && !Array.isArray(parameters)) fail(`${at}/${method}/parameters`, 'must be a list');
        if (responses !== undefined && !isJsonObject(responses)) fail(`${at}/${method}/responses`, 'must be a mapping of status to response');
        if (requestBody !== undefined && !isJsonObject(requestBody)) fail(`${at}/${method}/requestBody`, 'must be a mapping');
      }
    }
  }
}
