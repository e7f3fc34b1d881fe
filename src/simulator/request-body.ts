import { parseJsonRequestBody, requestTooLargeError, unsupportedMediaTypeError, type AwsError } from '../validation/index.js';
import { failed, ok, type Result } from '../spec/result.js';
import type { HttpRequest } from './http-exchange.js';

/** The body (undefined for an empty one), or the AWS error that refuses it. */
export type BodyOutcome = Result<unknown, BodyRefusal>;

export interface BodyRefusal {
  answer: AwsError;
  /** The rest of the body was not read, so the connection must close after the answer. */
  abandoned: boolean;
}

export interface BodyLimits {
  maxBytes: number;
  maxDepth: number;
}

/**
 * A request body as AWS's REST-JSON front end takes it (the rules are validation's, shared with the
 * mock's front): at most `maxBytes` (413 past that; the server stops reading it), JSON when not empty
 * (415 for another declared content type; a missing one is taken as JSON), then parsed safely.
 */
export function requestBody(request: HttpRequest, limits: BodyLimits, target: string): BodyOutcome {
  // `target` names what the body was sent to, e.g. 'PutRuntimeManagementConfig'.
  if (request.body === 'too-large') return failed({ answer: requestTooLargeError(limits.maxBytes, target), abandoned: true });
  if (request.body.length === 0) return ok(undefined);
  const unsupported = unsupportedMediaTypeError(request.headers['content-type']);
  if (unsupported) return failed({ answer: unsupported, abandoned: false });
  const parsed = parseJsonRequestBody(request.body, limits.maxDepth);
  return parsed.ok ? parsed : failed({ answer: parsed.error, abandoned: false });
}
