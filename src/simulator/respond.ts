import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type ServerResponse } from 'node:http';
import { awsErrorBody, awsErrorHeaders, type AwsError } from '../validation/index.js';
import { injectedError } from './injected-error.js';

/** Every answer is JSON and carries a fresh request id, as Lambda's do. */
export function sendJson(response: ServerResponse, status: number, body: unknown, extraHeaders?: string[]): void {
  const payload = JSON.stringify(body);
  // A flat [name, value, …] list: node writes it as given, without collecting an object's keys first.
  const headers = ['content-type', 'application/json', 'content-length', String(Buffer.byteLength(payload)), 'x-amzn-RequestId', randomUUID()];
  if (extraHeaders) headers.push(...extraHeaders);
  response.writeHead(status, headers);
  response.end(payload);
}

/** An AWS error: its status, its body with AWS's member casing, `x-amzn-ErrorType` (and `Retry-After` on 429). */
export function sendError(response: ServerResponse, error: AwsError, options: { closeConnection?: boolean } = {}): void {
  const extraHeaders = Object.entries(awsErrorHeaders(error)).flat();
  if (options.closeConnection) extraHeaders.push('connection', 'close');
  sendJson(response, error.status, awsErrorBody(error), extraHeaders);
}

/** What a request that broke the simulator gets: 500 ServiceException, or a reset if the answer had started. */
export function sendInternalError(response: ServerResponse): void {
  if (!response.headersSent) sendError(response, injectedError(500), { closeConnection: true });
  else response.destroy();
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
