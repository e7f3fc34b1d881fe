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
 */
export function readBody(request: IncomingMessage, limits: BodyLimits, target: string): Promise<BodyOutcome> {
  // Worded as Lambda words its Invoke payload limit; `target` is e.g. 'PutRuntimeManagementConfig operation'.
  const tooLarge = () => awsError('RequestEntityTooLargeException', `Request must be smaller than ${limits.maxBytes} bytes for the ${target}`);
  const declaredLength = Number(request.headers['content-length'] ?? 0);
  if (declaredLength > limits.maxBytes) return Promise.resolve({ error: tooLarge(), abandoned: true });

  return new Promise((resolveBody) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const finish = (outcome: BodyOutcome) => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
      resolveBody(outcome);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limits.maxBytes) {
        request.pause();
        finish({ error: tooLarge(), abandoned: true });
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      if (received === 0) return finish({ body: undefined });
      const mediaType = mediaTypeOf(request.headers['content-type']);
      if (mediaType !== undefined && mediaType !== 'application/json') {
        return finish({ error: awsError('UnsupportedMediaTypeException', `The content type '${mediaType}' is not supported: send application/json.`), abandoned: false });
      }
      const parsed = parseJsonBody(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks), limits.maxDepth);
      finish('error' in parsed ? { error: parsed.error, abandoned: false } : parsed);
    };
    const onError = () => finish({ error: awsError('SerializationException', 'The request body could not be read.'), abandoned: true });
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
  });
}

/** `application/json; charset=utf-8` → `application/json`; undefined when the header is absent or blank. */
function mediaTypeOf(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const mediaType = header.split(';', 1)[0]!.trim().toLowerCase();
  return mediaType === '' ? undefined : mediaType;
}
