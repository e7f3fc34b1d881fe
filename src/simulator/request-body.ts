import { awsError, type AwsError } from '../validation/index.js';
import type { HttpRequest } from './http-exchange.js';
import { parseJsonBody } from './parse-json-body.js';

export type BodyOutcome =
  /** `body` is undefined for an empty body. */
  | { body: unknown }
  /** `abandoned`: the rest of the body was not read, so the connection must close after the answer. */
  | { error: AwsError; abandoned: boolean };

export interface BodyLimits {
  maxBytes: number;
  maxDepth: number;
}

/**
 * A request body as AWS's REST-JSON front end takes it: at most `maxBytes` (413 past that; the
 * server stops reading it), JSON when not empty (415 for another declared content type; a missing
 * content type is taken as JSON), then parsed safely (parse-json-body.ts).
 */
export function requestBody(request: HttpRequest, limits: BodyLimits, target: string): BodyOutcome {
  if (request.body === 'too-large') {
    // Worded as Lambda words its Invoke payload limit; `target` is e.g. 'PutRuntimeManagementConfig operation'.
    return { error: awsError('RequestEntityTooLargeException', `Request must be smaller than ${limits.maxBytes} bytes for the ${target}`), abandoned: true };
  }
  if (request.body.length === 0) return { body: undefined };
  const mediaType = mediaTypeOf(request.headers['content-type']);
  if (mediaType !== undefined && mediaType !== 'application/json') {
    return { error: awsError('UnsupportedMediaTypeException', `The content type '${mediaType}' is not supported: send application/json.`), abandoned: false };
  }
  const parsed = parseJsonBody(request.body, limits.maxDepth);
  return 'error' in parsed ? { error: parsed.error, abandoned: false } : parsed;
}

/** `application/json; charset=utf-8` → `application/json`; undefined when the header is absent or blank. */
export function mediaTypeOf(header: string | undefined): string | undefined {
  if (header === undefined || header === 'application/json') return header;
  const semicolon = header.indexOf(';');
  const mediaType = (semicolon === -1 ? header : header.slice(0, semicolon)).trim().toLowerCase();
  return mediaType === '' ? undefined : mediaType;
}
