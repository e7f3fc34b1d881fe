// One shape for every Pact specification (2, 3 and 4): a file's HTTP interactions with request and
// response as plain values, as coverage, verify and the diff's contract impact read them.
import { isJsonObject, type JsonObject } from '../spec/json-object.js';
import type { SourceLines } from '../spec/source-lines.js';
import { messageOf, valueList, type PactMessage } from './pact-message.js';
import { PactFileError } from './pact-file-error.js';

export type { PactMessage } from './pact-message.js';

export interface PactRequest extends PactMessage {
  /** In upper case. */
  method: string;
  /** As the pact records it, i.e. as sent (path segments percent-encoded), without a query string. */
  path: string;
  /** The query's values by name: V3/V4's map, V2's string, and a query string left in the path. */
  query: Record<string, string[]>;
}

export interface PactResponse extends PactMessage {
  status: number;
  /** `response.matchingRules` as the file records it (V2 `$.body…` keys, or V3/V4 categories); undefined when none. */
  matchingRules: unknown;
}

export interface PactHttpInteraction {
  /** The file as the caller names it (in messages and reports). */
  file: string;
  consumer: string;
  provider: string;
  description: string;
  /** Position in the file's `interactions` array. */
  index: number;
  /** 1-based line of the interaction in its file, when read from text. */
  line?: number;
  request: PactRequest;
  response: PactResponse;
}

export interface PactFile {
  file: string;
  consumer: string;
  provider: string;
  interactions: PactHttpInteraction[];
}

/** Whether a parsed JSON document is laid out as a pact at all (an object with an `interactions` array). */
export function looksLikePact(document: unknown): document is JsonObject & { interactions: unknown[] } {
  return isJsonObject(document) && Array.isArray(document['interactions']);
}

/** A parsed pact document in the one shape; `lines` (of its text) put each interaction on its line. */
export function parsePact(document: unknown, file: string, lines?: SourceLines): PactFile {
  if (!looksLikePact(document)) throw new PactFileError(file, "not a Pact file: field 'interactions' is missing or not an array");
  const consumer = nameOf(document['consumer']);
  const provider = nameOf(document['provider']);
  if (consumer === undefined) throw new PactFileError(file, "not a Pact file: field 'consumer.name' is missing");
  if (provider === undefined) throw new PactFileError(file, "not a Pact file: field 'provider.name' is missing");
  const version = specificationVersion(document);
  const interactions = document.interactions.flatMap((interaction, index): PactHttpInteraction[] => {
    if (!isJsonObject(interaction)) throw new PactFileError(file, `interactions[${index}] is not an object`);
    // Pact V4 files may also hold messages; only HTTP interactions describe this API.
    if (typeof interaction['type'] === 'string' && interaction['type'] !== 'Synchronous/HTTP') return [];
    const parsed = httpInteraction(interaction, index, version, { file, consumer, provider });
    const line = lineOf(lines, index);
    if (line !== undefined) parsed.line = line;
    return [parsed];
  });
  return { file, consumer, provider, interactions };
}

function httpInteraction(
  record: JsonObject,
  index: number,
  version: number | undefined,
  pact: Pick<PactFile, 'file' | 'consumer' | 'provider'>,
): PactHttpInteraction {
  const at = `interactions[${index}]`;
  const fail = (problem: string) => new PactFileError(pact.file, `${at}.${problem}`);
  const request = record['request'];
  const response = record['response'];
  if (!isJsonObject(request)) throw fail('request is missing');
  if (!isJsonObject(response)) throw fail('response is missing');
  const { method, path, query } = request;
  const status = response['status'];
  if (typeof method !== 'string') throw fail('request.method is missing or not a string');
  if (typeof path !== 'string') throw fail('request.path is missing or not a string');
  if (typeof status !== 'number' || !Number.isInteger(status)) throw fail('response.status is missing or not an integer');
  const question = path.indexOf('?');
  return {
    ...pact,
    description: typeof record['description'] === 'string' ? record['description'] : at,
    index,
    request: {
      method: method.toUpperCase(),
      path: question < 0 ? path : path.slice(0, question),
      query: { ...(question < 0 ? {} : queryOf(path.slice(question + 1))), ...queryOf(query) },
      ...messageOf(request, version, (problem) => fail(`request.${problem}`)),
    },
    response: { status, matchingRules: response['matchingRules'], ...messageOf(response, version, (problem) => fail(`response.${problem}`)) },
  };
}

/** V2 writes the query as a string, V3 and V4 as a map of value lists. */
function queryOf(query: unknown): Record<string, string[]> {
  if (typeof query === 'string') {
    const values: Record<string, string[]> = {};
    for (const [name, value] of new URLSearchParams(query)) (values[name] ??= []).push(value);
    return values;
  }
  if (!isJsonObject(query)) return {};
  return Object.fromEntries(Object.entries(query).map(([name, value]) => [name, valueList(value)]));
}

/** The specification the file declares; undefined when it declares none (it is then read by shape). */
function specificationVersion(pact: JsonObject): number | undefined {
  const metadata = isJsonObject(pact['metadata']) ? pact['metadata'] : {};
  const specification = metadata['pactSpecification'] ?? metadata['pact-specification'];
  const version = isJsonObject(specification) ? specification['version'] : undefined;
  const major = typeof version === 'string' ? Number.parseInt(version, 10) : Number.NaN;
  return Number.isInteger(major) ? major : undefined;
}

function nameOf(party: unknown): string | undefined {
  const name = isJsonObject(party) ? party['name'] : undefined;
  return typeof name === 'string' ? name : undefined;
}

function lineOf(lines: SourceLines | undefined, index: number): number | undefined {
  try {
    return lines?.lineOf(`/interactions/${index}`);
  } catch {
    return undefined;
  }
}
