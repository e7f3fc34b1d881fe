// Reads Pact files (specification 2, 3 or 4) into one shape: the HTTP interactions, with request and
// response as plain values. Anything unreadable is a PactFileError naming the file and the problem.
import { readdirSync, statSync } from 'node:fs';
import { readInputText } from '../spec/index.js';
import { join } from 'node:path';
import { InputFileError } from '../spec/index.js';

export interface PactHttpInteraction {
  file: string;
  consumer: string;
  provider: string;
  description: string;
  /** Position in the file's `interactions` array. */
  index: number;
  method: string;
  /** As the pact records it, i.e. as sent: path segments percent-encoded. */
  path: string;
  query: Record<string, string[]>;
  /** Header names in lower case; several values joined with ', '. */
  requestHeaders: Record<string, string>;
  requestBody: unknown;
  status: number;
  /** Header names in lower case; several values joined with ', '. */
  responseHeaders: Record<string, string>;
  responseBody: unknown;
  /** `response.matchingRules` as the file records it (V2 `$.body…` keys, or V3/V4 categories); undefined when none. */
  responseMatchingRules: unknown;
}

export interface PactFile {
  file: string;
  consumer: string;
  provider: string;
  interactions: PactHttpInteraction[];
}

export class PactFileError extends InputFileError {
  override readonly name = 'PactFileError';
}

/** The pact files a list of paths names: files as given, directories by their `*.json` files (sorted). */
export function pactFilesIn(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      throw new PactFileError(path, describeFsError(error));
    }
    if (!isDirectory) return [path];
    const files = readdirSync(path)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => join(path, name));
    if (files.length === 0) throw new PactFileError(path, 'directory holds no *.json pact files');
    return files;
  });
}

export function readPactFile(file: string): PactFile {
  const text = readInputText(file);
  if (typeof text !== 'string') throw new PactFileError(file, text.problem);
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new PactFileError(file, `invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parsePact(document, file);
}

export function parsePact(document: unknown, file: string): PactFile {
  const root = asRecord(document);
  if (!root || !Array.isArray(root['interactions'])) throw new PactFileError(file, "not a Pact file: field 'interactions' is missing or not an array");
  const consumer = nameOf(root['consumer']);
  const provider = nameOf(root['provider']);
  if (consumer === undefined) throw new PactFileError(file, "not a Pact file: field 'consumer.name' is missing");
  if (provider === undefined) throw new PactFileError(file, "not a Pact file: field 'provider.name' is missing");
  const interactions = root['interactions'].flatMap((interaction, index) => {
    const record = asRecord(interaction);
    if (!record) throw new PactFileError(file, `interactions[${index}] is not an object`);
    // Pact V4 files may also hold messages; only HTTP interactions describe this API.
    if (typeof record['type'] === 'string' && record['type'] !== 'Synchronous/HTTP') return [];
    return [httpInteraction(record, index, { file, consumer, provider })];
  });
  return { file, consumer, provider, interactions };
}

function httpInteraction(record: Record<string, unknown>, index: number, pact: { file: string; consumer: string; provider: string }): PactHttpInteraction {
  const at = `interactions[${index}]`;
  const fail = (problem: string) => new PactFileError(pact.file, `${at}.${problem}`);
  const request = asRecord(record['request']);
  const response = asRecord(record['response']);
  if (!request) throw fail('request is missing');
  if (!response) throw fail('response is missing');
  const method = request['method'];
  const path = request['path'];
  const status = response['status'];
  if (typeof method !== 'string') throw fail('request.method is missing or not a string');
  if (typeof path !== 'string') throw fail('request.path is missing or not a string');
  if (typeof status !== 'number' || !Number.isInteger(status)) throw fail('response.status is missing or not an integer');
  return {
    ...pact,
    description: typeof record['description'] === 'string' ? record['description'] : `${at}`,
    index,
    method: method.toUpperCase(),
    path,
    query: queryOf(request['query']),
    requestHeaders: headersOf(request['headers']),
    requestBody: bodyOf(request['body'], (problem) => fail(`request.body ${problem}`)),
    status,
    responseHeaders: headersOf(response['headers']),
    responseBody: bodyOf(response['body'], (problem) => fail(`response.body ${problem}`)),
    responseMatchingRules: response['matchingRules'],
  };
}

/** V2: a query string; V3 and V4: name → values. */
function queryOf(query: unknown): Record<string, string[]> {
  if (typeof query === 'string') {
    const params = new URLSearchParams(query);
    return Object.fromEntries([...new Set(params.keys())].map((name) => [name, params.getAll(name)]));
  }
  const record = asRecord(query) ?? {};
  return Object.fromEntries(Object.entries(record).map(([name, values]) => [name, (Array.isArray(values) ? values : [values]).map(String)]));
}

function headersOf(headers: unknown): Record<string, string> {
  const record = asRecord(headers) ?? {};
  return Object.fromEntries(Object.entries(record).map(([name, value]) => [name.toLowerCase(), Array.isArray(value) ? value.map(String).join(', ') : String(value)]));
}

/** V2/V3: the body itself; V4: `{ content, contentType, encoded }`, where encoded content is base64 or a JSON string. */
function bodyOf(body: unknown, fail: (problem: string) => PactFileError): unknown {
  const record = asRecord(body);
  if (!record || !('content' in record) || !('contentType' in record || 'encoded' in record)) return body;
  const content = record['content'];
  const encoded = record['encoded'];
  if (encoded === false || encoded === undefined) return content;
  const text = encoded === 'base64' && typeof content === 'string' ? Buffer.from(content, 'base64').toString('utf8') : String(content);
  try {
    return JSON.parse(text);
  } catch {
    if (String(record['contentType'] ?? '').includes('json')) throw fail('is encoded JSON that does not parse');
    return text;
  }
}

function nameOf(party: unknown): string | undefined {
  const name = asRecord(party)?.['name'];
  return typeof name === 'string' ? name : undefined;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  return `cannot read (${code ?? String(error)})`;
}
