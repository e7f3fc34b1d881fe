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

/** The 408 for a request not received by its deadline (node:http answers a bare 408): its head, or the whole of it. */
export function requestTimeoutError(part: 'head' | 'request'): AwsError {
  return awsError('RequestTimeoutException', part === 'head' ? 'The request headers were not received in time.' : 'The request was not received in time.');
}

/** The 429 for a connection past the server's limit of open connections; the connection then closes. */
export function tooManyConnectionsError(maxConnections: number): AwsError {
  return awsError('TooManyRequestsException', `Too many open connections: the simulator serves at most ${maxConnections} at once.`, { retryAfterSeconds: 1 });
}

/** A request line of another HTTP version than 1.x (HTTP/0.9, HTTP/2.0 over HTTP/1 framing): refused as malformed. */
export function unsupportedHttpVersionError(major: number, minor: number): AwsError {
  return awsError('SerializationException', `The request's HTTP version ${major}.${minor} is not supported: send HTTP/1.1.`);
}
