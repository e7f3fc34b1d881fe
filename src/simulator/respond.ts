import { randomUUID } from 'node:crypto';
import { awsErrorBody, awsErrorHeaders, type AwsError } from '../validation/index.js';
import type { HttpReply } from './http-exchange.js';
import { injectedError } from './injected-error.js';

/** Every answer is JSON and carries a fresh request id, as Lambda's do. */
export function sendJson(reply: HttpReply, status: number, body: unknown, options?: { extraHeaders?: string[]; closeConnection?: boolean }): void {
  const headers = ['content-type', 'application/json', 'x-amzn-RequestId', randomUUID()];
  if (options?.extraHeaders) headers.push(...options.extraHeaders);
  reply.send(status, headers, JSON.stringify(body), options);
}

/** An AWS error: its status, its body with AWS's member casing, `x-amzn-ErrorType` (and `Retry-After` on 429). */
export function sendError(reply: HttpReply, error: AwsError, options: { closeConnection?: boolean } = {}): void {
  sendJson(reply, error.status, awsErrorBody(error), { extraHeaders: Object.entries(awsErrorHeaders(error)).flat(), closeConnection: options.closeConnection });
}

/** What a request that broke the simulator gets: 500 ServiceException, and the connection closes. */
export function sendInternalError(reply: HttpReply): void {
  sendError(reply, injectedError(500), { closeConnection: true });
}
