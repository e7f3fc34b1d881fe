import type { IncomingMessage } from 'node:http';
import { awsError, type AwsError } from '../validation/index.js';
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
 * Reads a request body as AWS's REST-JSON front end would take it: at most `maxBytes` (413 past
 * that, without reading the rest), JSON when not empty (415 for another declared content type;
 * a missing content type is taken as JSON), then parsed safely (parse-json-body.ts).
 * `done` is called exactly once. A callback rather than a promise: on the simulator's Put path
 * the promise and its extra microtask cost measurable throughput (bench:mock).
 */
export function collectBody(request: IncomingMessage, limits: BodyLimits, target: string, done: (outcome: BodyOutcome) => void): void {
  const declaredLength = Number(request.headers['content-length'] ?? 0);
  if (declaredLength > limits.maxBytes) return done({ error: tooLarge(limits, target), abandoned: true });

  const chunks: Buffer[] = [];
  let received = 0;
  let finished = false;
  const finish = (outcome: BodyOutcome) => {
    if (finished) return;
    finished = true;
    done(outcome);
  };
  request.on('data', (chunk: Buffer) => {
    if (finished) return;
    received += chunk.length;
    if (received > limits.maxBytes) {
      request.pause();
      finish({ error: tooLarge(limits, target), abandoned: true });
    } else chunks.push(chunk);
  });
  request.on('end', () => {
    if (!finished) finish(bodyOutcome(request, chunks, received, limits.maxDepth));
  });
  request.on('error', () => finish({ error: awsError('SerializationException', 'The request body could not be read.'), abandoned: true }));
}

/** collectBody as a promise, for callers that are async anyway (the control endpoint). */
export function readBody(request: IncomingMessage, limits: BodyLimits, target: string): Promise<BodyOutcome> {
  return new Promise((resolveBody) => collectBody(request, limits, target, resolveBody));
}

function bodyOutcome(request: IncomingMessage, chunks: Buffer[], received: number, maxDepth: number): BodyOutcome {
  if (received === 0) return { body: undefined };
  const mediaType = mediaTypeOf(request.headers['content-type']);
  if (mediaType !== undefined && mediaType !== 'application/json') {
    return { error: awsError('UnsupportedMediaTypeException', `The content type '${mediaType}' is not supported: send application/json.`), abandoned: false };
  }
  const parsed = parseJsonBody(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks), maxDepth);
  return 'error' in parsed ? { error: parsed.error, abandoned: false } : parsed;
}

// Worded as Lambda words its Invoke payload limit; `target` is e.g. 'PutRuntimeManagementConfig operation'.
function tooLarge(limits: BodyLimits, target: string): AwsError {
  return awsError('RequestEntityTooLargeException', `Request must be smaller than ${limits.maxBytes} bytes for the ${target}`);
}

/** `application/json; charset=utf-8` → `application/json`; undefined when the header is absent or blank. */
function mediaTypeOf(header: string | undefined): string | undefined {
  if (header === undefined || header === 'application/json') return header;
  const semicolon = header.indexOf(';');
  const mediaType = (semicolon === -1 ? header : header.slice(0, semicolon)).trim().toLowerCase();
  return mediaType === '' ? undefined : mediaType;
}
