import { awsError, type AwsError } from './aws-error.js';

/** What node's HTTP parser (llhttp) reports when it refuses the bytes: its error code and reason. */
export interface HttpParseFailure {
  code?: string;
  reason?: string;
}

/**
 * AWS's answer to a request that cannot be read as HTTP/1.1: 413 for a head over the limit, else
 * 400 SerializationException naming the parser's reason. The simulator and the mock front both run
 * node's parser, so the same bytes get the same answer from either.
 */
export function httpParseError(failure: HttpParseFailure): AwsError {
  if (failure.code === 'HPE_HEADER_OVERFLOW') return awsError('RequestEntityTooLargeException', 'The request headers are too large.');
  return awsError('SerializationException', failure.reason ? `The request is not valid HTTP/1.1: ${failure.reason}.` : 'The request is not valid HTTP/1.1.');
}
