import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type ServerResponse } from 'node:http';
import { awsErrorBody, awsErrorHeaders, type AwsError } from '../validation/index.js';

/** Every answer is JSON and carries a fresh request id, as Lambda's do. */
export function sendJson(response: ServerResponse, status: number, body: unknown, headers?: Record<string, string>): void {
  const payload = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(payload),
    'x-amzn-RequestId': randomUUID(),
    ...headers,
  });
  response.end(payload);
}

/** An AWS error: its status, its body with AWS's member casing, `x-amzn-ErrorType` (and `Retry-After` on 429). */
export function sendError(response: ServerResponse, error: AwsError, options: { closeConnection?: boolean } = {}): void {
  const headers = awsErrorHeaders(error);
  if (options.closeConnection) headers['connection'] = 'close';
  sendJson(response, error.status, awsErrorBody(error), headers);
}

/**
 * The same answer written straight to a socket, for requests node's HTTP parser refused before
 * any ServerResponse existed (malformed request line, oversized headers).
 */
export function rawErrorResponse(error: AwsError): string {
  const payload = JSON.stringify(awsErrorBody(error));
  const headers = {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(payload)),
    'x-amzn-RequestId': randomUUID(),
    ...awsErrorHeaders(error),
    connection: 'close',
  };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${error.status} ${STATUS_CODES[error.status] ?? ''}\r\n${lines.join('\r\n')}\r\n\r\n${payload}`;
}
