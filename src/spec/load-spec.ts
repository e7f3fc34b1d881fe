import { readInputText } from './read-input-file.js';
import { parse as parseYaml } from 'yaml';
import { InputFileError } from './input-file-error.js';
import { isJsonObject, type JsonObject } from './json-object.js';

/** A spec file could not be read or is not an OpenAPI 3.x document; `message` names file and problem. */
export class SpecLoadError extends InputFileError {
  override readonly name = 'SpecLoadError';
}

/** Parses YAML or JSON text (JSON is YAML) into an OpenAPI document; `file` only labels errors. */
export function parseSpecText(text: string, file: string): JsonObject {
  let document: unknown;
  try {
    document = parseYaml(text, { uniqueKeys: true, maxAliasCount: 100 });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new SpecLoadError(file, `invalid YAML: ${reason}`);
  }
  if (!isJsonObject(document)) throw new SpecLoadError(file, 'not an OpenAPI document: the top level is not a mapping');
  const version = document['openapi'];
  if (typeof version !== 'string' || !/^3\.\d+\.\d+/.test(version)) {
    throw new SpecLoadError(file, "not an OpenAPI 3.x document: field 'openapi' is missing or not 3.x");
  }
  if (!isJsonObject(document['paths'])) throw new SpecLoadError(file, "not an OpenAPI document: field 'paths' is missing");
  return document;
}

export function loadSpecFile(file: string): JsonObject {
  const text = readInputText(file);
  if (typeof text !== 'string') throw new SpecLoadError(file, text.problem);
  return parseSpecText(text, file);
}
