import { failed, ok, type Result } from '../spec/result.js';
import { awsError, type AwsError } from './aws-error.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Deepest JSON nesting accepted in a request body; the API's own bodies are one level deep. */
export const maxRequestJsonDepth = 32;

/** AWS's answer to a body past the size limit; `operation` names the operation it was sent to. */
export function requestTooLargeError(maxBytes: number, operation: string): AwsError {
  // Worded as Lambda words its Invoke payload limit.
  return awsError('RequestEntityTooLargeException', `Request must be smaller than ${maxBytes} bytes for the ${operation} operation`);
}

/**
 * The 415 for a non-empty body declared as anything but JSON; undefined when the content type is
 * JSON (parameters such as charset ignored) or absent or blank (taken as JSON, as AWS's REST-JSON front end does).
 */
export function unsupportedMediaTypeError(contentType: string | undefined): AwsError | undefined {
  const mediaType = mediaTypeOf(contentType);
  if (mediaType === undefined || mediaType === 'application/json') return undefined;
  return awsError('UnsupportedMediaTypeException', `The content type '${mediaType}' is not supported: send application/json.`);
}

/** `application/json; charset=utf-8` → `application/json`; undefined when the header is absent or blank. */
export function mediaTypeOf(header: string | undefined): string | undefined {
  if (header === undefined || header === 'application/json') return header;
  const semicolon = header.indexOf(';');
  const mediaType = (semicolon === -1 ? header : header.slice(0, semicolon)).trim().toLowerCase();
  return mediaType === '' ? undefined : mediaType;
}

/** A JSON body decoded safely: strict UTF-8, bounded nesting, no `__proto__` member (SerializationException otherwise). */
export function parseJsonRequestBody(bytes: Uint8Array, maxDepth = maxRequestJsonDepth): Result<unknown, AwsError> {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return serializationError('The request body is not valid UTF-8.');
  }
  if (nestsDeeperThan(text, maxDepth)) return serializationError(`The request body nests JSON deeper than ${maxDepth} levels.`);
  // `__proto__` can only reach a parsed key spelled out or through a \u escape; skip the slower reviver otherwise.
  const mayHaveProto = text.includes('__proto__') || text.includes('\\u');
  let hasProto = false;
  try {
    const body: unknown = mayHaveProto
      ? JSON.parse(text, (key, value: unknown) => {
          if (key === '__proto__') hasProto = true;
          return value;
        })
      : JSON.parse(text);
    if (hasProto) return serializationError("The request body uses the reserved member name '__proto__'.");
    return ok(body);
  } catch {
    return serializationError('The request body is not valid JSON.');
  }
}

/** Whether brackets outside strings nest deeper than `maxDepth`; JSON.parse reports anything malformed afterwards. */
function nestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c)
        index += 1; // backslash: skip the escaped character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) {
      depth += 1;
      if (depth > maxDepth) return true;
    } else if (code === 0x7d || code === 0x5d) depth -= 1;
  }
  return false;
}

function serializationError(message: string) {
  return failed(awsError('SerializationException', message));
}
