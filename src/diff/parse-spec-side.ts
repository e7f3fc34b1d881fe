// One side's text parsed once into its data and the source position of every member. JSON takes the
// fast path; anything else (and JSON with a syntax error, for the YAML parser's message) is YAML.
import { assertOpenApi3, isJsonObject, SpecLoadError, type JsonObject } from '../spec/index.js';
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
