// One side's text parsed once into its data and the source position of every member. JSON takes the
// fast path; anything else (and JSON with a syntax error, for the YAML parser's message) is YAML.
import { isJsonObject, SpecLoadError, type JsonObject } from '../spec/index.js';
import { NestingTooDeepError, parseJsonWithPositions, type ParsedWithPositions } from '../spec/parse-json-positions.js';
import { parseYamlWithPositions, YamlSyntaxError } from '../spec/parse-yaml-positions.js';
import { SourcePositions } from '../spec/source-positions.js';

export interface ParsedSide {
  document: JsonObject;
  positions: SourcePositions;
}

function parseText(text: string, file: string): ParsedWithPositions {
  if (/^\s*[[{]/.test(text)) {
    let json: ParsedWithPositions | undefined;
    try {
      json = parseJsonWithPositions(text);
    } catch (error) {
      if (error instanceof NestingTooDeepError) throw new SpecLoadError(file, error.message);
      throw error;
    }
    if (json) return json;
  }
  try {
    return parseYamlWithPositions(text);
  } catch (error) {
    if (error instanceof YamlSyntaxError) throw new SpecLoadError(file, `invalid YAML: ${error.message}`);
    throw error;
  }
}

// The last text parsed: when both sides are the same text (a pull request that leaves the spec
// alone), the second side reuses the first parse. The comparison never mutates a document.
let lastParsed: { text: string; side: ParsedSide } | undefined;

export function parseSpecSide(text: string, file: string): ParsedSide {
  if (lastParsed?.text === text) return lastParsed.side;
  const side = parseSide(text, file);
  lastParsed = { text, side };
  return side;
}

function parseSide(text: string, file: string): ParsedSide {
  const parsed = parseText(text, file);
  const document = parsed.data;
  if (!isJsonObject(document)) throw new SpecLoadError(file, 'not an OpenAPI document: the top level is not a mapping');
  assertOpenApi3(document, file);
  return { document, positions: new SourcePositions(text, parsed.offsets, parsed.rootOffset) };
}

/** The gate reads OpenAPI 3.0 and 3.1 only; Swagger 2.0 is named as such rather than failing on its $refs later. */
export function assertOpenApi3(document: JsonObject, file: string): void {
  const version = document['openapi'];
  if (typeof version !== 'string' || !/^3\.\d+\.\d+/.test(version)) {
    if (document['swagger'] !== undefined) {
      throw new SpecLoadError(file, `not an OpenAPI 3.x document: it is Swagger ${String(document['swagger'])} (field 'swagger'); the diff reads OpenAPI 3.0 and 3.1 only, convert it first`);
    }
    throw new SpecLoadError(file, "not an OpenAPI 3.x document: field 'openapi' is missing or not 3.x");
  }
  if (!isJsonObject(document['paths']) && !isJsonObject(document['webhooks'])) throw new SpecLoadError(file, "not an OpenAPI document: field 'paths' is missing");
  assertOperationKinds(document, file);
}

const operationMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * The structure the comparison walks must have the kind OpenAPI gives it: an operation that is null or
 * `responses: 5` is bad input (exit 2 naming the field), not a removal to report.
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
      const at = `#/${section}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (!isJsonObject(item)) fail(at, 'must be a path item (a mapping)');
      const pathItem = item as JsonObject;
      if (pathItem['parameters'] !== undefined && !Array.isArray(pathItem['parameters'])) fail(`${at}/parameters`, 'must be a list');
      for (const method of operationMethods) {
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
