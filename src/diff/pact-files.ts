// Reads the HTTP interactions of the Pact files under a directory (Pact V4, and the V2/V3 layouts
// other tools still write), normalized to what contracts-impact.ts checks.
import { lstatSync, readdirSync, type Stats } from 'node:fs';
import { readInputText } from '../spec/read-input-file.js';
import { join, relative, resolve } from 'node:path';
import { InputFileError, isJsonObject, type JsonObject } from '../spec/index.js';
import { SourceLines } from './source-lines.js';

/** A pact directory or file that cannot be read: bad input, named by file and problem. */
export class PactFileError extends InputFileError {
  override readonly name = 'PactFileError';
}

export interface PactMessage {
  headers: Record<string, string[]>;
  /** The body as JSON (parsed when the pact stores it as text), or undefined when there is none. */
  body: unknown;
  hasBody: boolean;
  contentType?: string;
}

export interface PactInteraction {
  /** The pact file, relative to the working directory. */
  file: string;
  /** 1-based line of the interaction in its file. */
  line?: number;
  description: string;
  request: PactMessage & { method: string; path: string; query: Record<string, string[]> };
  response: PactMessage & { status: number };
}

/** The .json files under `directory`, depth first, in name order; `label` names it in errors. */
function jsonFilesUnder(directory: string, label: string): string[] {
  let names: string[];
  try {
    names = readdirSync(directory).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PactFileError(label, code === 'ENOENT' ? 'no such directory' : code === 'ENOTDIR' ? 'is not a directory' : `cannot read: ${code ?? String(error)}`);
  }
  return names.flatMap((name) => {
    const path = join(directory, name);
    // lstat: a symbolic link is not followed into a directory (a link to '/' or back up the tree would never end);
    // a link to a file is read as that file, and a dangling one is reported by the read.
    let entry: Stats;
    try {
      entry = lstatSync(path);
    } catch (error) {
      throw new PactFileError(join(label, name), `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    if (entry.isDirectory()) return jsonFilesUnder(path, join(label, name));
    return name.endsWith('.json') && (entry.isFile() || entry.isSymbolicLink()) ? [path] : [];
  });
}

export function readPactDirectory(directory: string, cwd: string): PactInteraction[] {
  return jsonFilesUnder(resolve(cwd, directory), directory).flatMap((path) => readPactFile(path, relative(cwd, path)));
}

/** The interactions of one file; a JSON file that is not a pact (no `interactions`) has none. */
export function readPactFile(path: string, file: string): PactInteraction[] {
  const text = readInputText(path);
  if (typeof text !== 'string') throw new PactFileError(file, text.problem);
  let pact: unknown;
  try {
    pact = JSON.parse(text);
  } catch (error) {
    throw new PactFileError(file, `invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isJsonObject(pact) || !Array.isArray(pact['interactions'])) return [];
  const version = specificationVersion(pact);
  const lines = new SourceLines(text);
  return pact['interactions'].flatMap((interaction, index): PactInteraction[] => {
    if (!isJsonObject(interaction)) throw new PactFileError(file, `interactions[${index}] is not an object`);
    const type = interaction['type'];
    if (typeof type === 'string' && type !== 'Synchronous/HTTP') return []; // message interactions carry no HTTP
    const request = interaction['request'];
    const response = interaction['response'];
    if (!isJsonObject(request) || typeof request['method'] !== 'string' || typeof request['path'] !== 'string') {
      throw new PactFileError(file, `interactions[${index}].request needs a method and a path`);
    }
    if (!isJsonObject(response) || typeof response['status'] !== 'number') {
      throw new PactFileError(file, `interactions[${index}].response needs a numeric status`);
    }
    const where = `interactions[${index}]`;
    const parsed: PactInteraction = {
      file,
      description: typeof interaction['description'] === 'string' ? interaction['description'] : `interaction ${index + 1}`,
      request: {
        method: request['method'].toUpperCase(),
        ...splitPath(request['path']),
        ...message(request, version, file, `${where}.request`),
        ...(request['query'] === undefined ? {} : { query: queryOf(request['query']) }),
      },
      response: { status: response['status'], ...message(response, version, file, `${where}.response`) },
    };
    const line = lines.lineOf(`/interactions/${index}`);
    if (line !== undefined) parsed.line = line;
    return [parsed];
  });
}

function specificationVersion(pact: JsonObject): number {
  const metadata = isJsonObject(pact['metadata']) ? pact['metadata'] : {};
  const specification = metadata['pactSpecification'] ?? metadata['pact-specification'];
  const version = isJsonObject(specification) ? specification['version'] : undefined;
  return typeof version === 'string' ? Number.parseInt(version, 10) || 2 : 2;
}

function splitPath(path: string): { path: string; query: Record<string, string[]> } {
  const question = path.indexOf('?');
  if (question < 0) return { path, query: {} };
  return { path: path.slice(0, question), query: queryOf(path.slice(question + 1)) };
}

/** V2 writes the query as a string, V3 and V4 as a map of value lists. */
function queryOf(query: unknown): Record<string, string[]> {
  if (typeof query === 'string') {
    const values: Record<string, string[]> = {};
    for (const [name, value] of new URLSearchParams(query)) (values[name] ??= []).push(value);
    return values;
  }
  if (!isJsonObject(query)) return {};
  return Object.fromEntries(Object.entries(query).map(([name, value]) => [name, listOf(value)]));
}

function listOf(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).filter((item) => item !== undefined && item !== null).map(String);
}

function headersOf(headers: unknown): Record<string, string[]> {
  if (!isJsonObject(headers)) return {};
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), listOf(value)]));
}

function message(part: JsonObject, version: number, file: string, where: string): PactMessage {
  const headers = headersOf(part['headers']);
  const headerType = headers['content-type']?.[0];
  const raw = part['body'];
  if (raw === undefined || raw === null) return { headers, body: undefined, hasBody: false, ...(headerType ? { contentType: headerType } : {}) };
  if (version >= 4 && isJsonObject(raw) && 'content' in raw) {
    const contentType = typeof raw['contentType'] === 'string' ? raw['contentType'] : headerType;
    let content = raw['content'];
    if (raw['encoded'] === 'base64' && typeof content === 'string') content = Buffer.from(content, 'base64').toString('utf8');
    if (typeof content === 'string' && isJsonType(contentType)) {
      try {
        content = JSON.parse(content);
      } catch {
        throw new PactFileError(file, `${where}.body is declared JSON (${contentType}) but does not parse`);
      }
    }
    return { headers, body: content, hasBody: true, ...(contentType ? { contentType } : {}) };
  }
  return { headers, body: raw, hasBody: true, ...(headerType ? { contentType: headerType } : {}) };
}

function isJsonType(contentType: string | undefined): boolean {
  return contentType !== undefined && /[/+]json\b/i.test(contentType);
}
