// A request's or response's headers and body as the pact records them, decoded: V4 keeps a body as
// `{ content, contentType, encoded }` (encoded content is base64 or a JSON string), V2 and V3 the body itself.
import { isJsonObject, type JsonObject } from '../spec/json-object.js';
import type { PactFileError } from './pact-file-error.js';

export interface PactMessage {
  /** Header names in lower case, each with its values (V2/V3 write one string, V4 a list). */
  headers: Record<string, string[]>;
  /** The body as a value (JSON parsed, base64 decoded), or undefined when there is none. */
  body: unknown;
  hasBody: boolean;
  /** V4's `contentType` of the body, else the content-type header. */
  contentType?: string;
}

/** `version` is the file's Pact specification, undefined when it names none; `fail` words a problem with the body. */
export function messageOf(part: JsonObject, version: number | undefined, fail: (problem: string) => PactFileError): PactMessage {
  const headers = headersOf(part['headers']);
  const headerType = headers['content-type']?.[0];
  const raw = part['body'];
  if (raw === undefined || raw === null) return { headers, body: undefined, hasBody: false, ...(headerType ? { contentType: headerType } : {}) };
  if (!isV4Body(raw, version)) return { headers, body: raw, hasBody: true, ...(headerType ? { contentType: headerType } : {}) };
  const contentType = typeof raw['contentType'] === 'string' ? raw['contentType'] : headerType;
  const encoded = raw['encoded'];
  let content = raw['content'];
  if (encoded === 'base64' && typeof content === 'string') content = Buffer.from(content, 'base64').toString('utf8');
  const encodedText = encoded !== false && encoded !== undefined;
  if (typeof content === 'string' && (encodedText || isJsonType(contentType))) {
    try {
      content = JSON.parse(content);
    } catch {
      if (isJsonType(contentType))
        throw fail(encodedText ? 'body is encoded JSON that does not parse' : `body is declared JSON (${contentType}) but does not parse`);
    }
  }
  return { headers, body: content, hasBody: true, ...(contentType ? { contentType } : {}) };
}

/** Header values joined as one HTTP header line would carry them: what validators of a response take. */
export function joinedHeaders(headers: Record<string, string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, values]) => [name, values.join(', ')]));
}

/** V4's body object; a file that declares no specification is read by shape (V4 writes `encoded` or `contentType` beside `content`). */
function isV4Body(raw: unknown, version: number | undefined): raw is JsonObject {
  if (!isJsonObject(raw) || !('content' in raw)) return false;
  return version === undefined ? 'contentType' in raw || 'encoded' in raw : version >= 4;
}

function headersOf(headers: unknown): Record<string, string[]> {
  if (!isJsonObject(headers)) return {};
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), valueList(value)]));
}

/** A header's or query parameter's values: a list as given, one value as a list of one, null and absent left out. */
export function valueList(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).filter((item) => item !== undefined && item !== null).map(String);
}

function isJsonType(contentType: string | undefined): boolean {
  return contentType !== undefined && /[/+]json\b/i.test(contentType);
}
