import type { Socket } from 'node:net';
import { awsError, type AwsError } from '../validation/index.js';
import type { HttpHandler, HttpReply, HttpRequest } from './http-exchange.js';
import { kOnBody, kOnHeadersComplete, kOnMessageComplete, RequestParser, requestMethods, type RequestHead } from './request-parser.js';
import { sendError } from './respond.js';
import { responseHead } from './response-head.js';

export interface ConnectionLimits {
  maxBodyBytes: number;
  maxHeaderBytes: number;
  /** An idle keep-alive connection is closed after this long, as node:http does after 5 s. */
  idleTimeoutMs: number;
}

/** A request whose body is still arriving. */
interface IncomingRequest {
  method: string;
  target: string;
  headers: Record<string, string | undefined>;
  keepAlive: boolean;
  chunks: Buffer[];
  received: number;
}

/** An answer's place in line: pipelined requests are answered in the order they came. */
interface AnswerSlot {
  text: string | undefined;
  close: boolean;
}

const contentLengthValue = /^\d+$/;

/**
 * Serves HTTP/1.1 on one connection: parses requests (request-parser.ts), reads each body whole up to
 * the limit, hands them to `handler`, and writes the answers in request order with keep-alive as
 * the client asked. A request the parser refuses gets an AWS-shaped 400 (413 for oversized headers)
 * and the connection closes; so does a body past the limit, which is not read.
 * Written on node:net rather than node:http by measurement (bench:mock): node:http's request and
 * response streams cost more per request than everything the simulator itself does.
 */
export function serveConnection(socket: Socket, handler: HttpHandler, limits: ConnectionLimits): void {
  const parser = new RequestParser(limits.maxHeaderBytes);
  const keepAliveSeconds = Math.floor(limits.idleTimeoutMs / 1000);
  const answers: AnswerSlot[] = [];
  let incoming: IncomingRequest | undefined;
  /** No further byte is read: the connection ends once the answers in line are written. */
  let closing = false;
  /** A request asked to be the last (Connection: close, HTTP/1.0, an upgrade): later pipelined ones are ignored, never executed. */
  let lastRequestSeen = false;

  const flush = () => {
    let text = '';
    let close = false;
    while (answers.length > 0 && answers[0]!.text !== undefined) {
      const slot = answers.shift()!;
      text += slot.text;
      if (slot.close) {
        close = true;
        answers.length = 0;
      }
    }
    if (socket.destroyed) return;
    // A client that pipelines without reading its answers is read no further until they drain.
    if (text !== '' && !socket.write(text) && !socket.isPaused()) {
      socket.pause();
      socket.once('drain', () => socket.resume());
    }
    if (close || (closing && answers.length === 0)) {
      closing = true;
      socket.end();
    }
  };

  /** The reply for the next answer in line. */
  const replyInLine = (method: string, keepAlive: boolean): HttpReply => {
    const slot: AnswerSlot = { text: undefined, close: false };
    answers.push(slot);
    return {
      send(status, headers, payload, options) {
        if (slot.text !== undefined) return; // answered already
        slot.close = !keepAlive || options?.closeConnection === true;
        slot.text = responseHead(status, headers, Buffer.byteLength(payload), slot.close ? undefined : keepAliveSeconds) + (method === 'HEAD' ? '' : payload);
        flush();
      },
    };
  };

  const dispatch = (request: HttpRequest, keepAlive: boolean) => handler(request, replyInLine(request.method, keepAlive));

  /** A request the simulator cannot read on: answered, then the connection closes. */
  const refuse = (error: AwsError) => {
    closing = true;
    incoming = undefined;
    sendError(replyInLine('', false), error, { closeConnection: true });
  };

  parser[kOnHeadersComplete] = (info: RequestHead) => {
    if (closing || lastRequestSeen) return 1;
    const headers = headerRecord(info.headers);
    const method = requestMethods[info.method] ?? '';
    const declaredLength = headers['content-length'];
    const framingProblem = bodyFramingProblem(declaredLength, headers['transfer-encoding']);
    if (framingProblem !== undefined) {
      refuse(awsError('SerializationException', framingProblem));
      return 1;
    }
    // An upgrade (or CONNECT) is answered like any request, then the connection closes.
    const keepAlive = info.shouldKeepAlive && !info.upgrade;
    if (declaredLength !== undefined && Number(declaredLength) > limits.maxBodyBytes) {
      closing = true;
      dispatch({ method, target: info.url, headers, body: 'too-large' }, false);
      return 1;
    }
    if (headers['expect']?.toLowerCase() === '100-continue' && info.versionMinor >= 1) socket.write('HTTP/1.1 100 Continue\r\n\r\n');
    incoming = { method, target: info.url, headers, keepAlive, chunks: [], received: 0 };
    if (!keepAlive) lastRequestSeen = true;
    return 0;
  };
  parser[kOnBody] = (chunk: Buffer, offset: number, length: number) => {
    const request = incoming;
    if (request === undefined) return;
    request.received += length;
    if (request.received > limits.maxBodyBytes) {
      closing = true;
      incoming = undefined;
      dispatch({ method: request.method, target: request.target, headers: request.headers, body: 'too-large' }, false);
    } else request.chunks.push(chunk.subarray(offset, offset + length));
  };
  parser[kOnMessageComplete] = () => {
    const request = incoming;
    if (request === undefined) return;
    incoming = undefined;
    const body = request.chunks.length === 1 ? request.chunks[0]! : Buffer.concat(request.chunks);
    dispatch({ method: request.method, target: request.target, headers: request.headers, body }, request.keepAlive);
  };

  socket.setNoDelay(true);
  // Quiet for the whole timeout with no answer pending: idle, or a client gone mid-request.
  socket.setTimeout(limits.idleTimeoutMs, () => {
    if (answers.length === 0) socket.destroy();
  });
  socket.on('data', (data: Buffer) => {
    if (closing) return;
    const result = parser.execute(data);
    if (result instanceof Error && !closing) refuse(protocolError(result));
  });
  socket.on('end', () => {
    // The client sent all it will; answers still in line are written before the connection ends.
    closing = true;
    incoming = undefined;
    if (answers.length === 0) socket.end();
  });
  socket.on('error', () => socket.destroy());
  socket.on('close', () => {
    closing = true;
    answers.length = 0;
  });
}

/** Header names lower-cased; a repeated header's values joined with ', ' as node:http joins them. */
function headerRecord(list: readonly string[]): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = Object.create(null) as Record<string, string | undefined>;
  for (let index = 0; index + 1 < list.length; index += 2) {
    const name = list[index]!.toLowerCase();
    const value = list[index + 1]!;
    const earlier = headers[name];
    headers[name] = earlier === undefined ? value : `${earlier}, ${value}`;
  }
  return headers;
}

/** Node's parser refuses these too: a body must be framed one unambiguous way. */
function bodyFramingProblem(contentLength: string | undefined, transferEncoding: string | undefined): string | undefined {
  if (contentLength !== undefined && !contentLengthValue.test(contentLength)) return 'The request has an invalid Content-Length header.';
  if (transferEncoding === undefined) return undefined;
  if (contentLength !== undefined) return 'The request has both Content-Length and Transfer-Encoding headers.';
  if (transferEncoding.toLowerCase() !== 'chunked') return `The request's Transfer-Encoding '${transferEncoding}' is not supported: send chunked or a Content-Length.`;
  return undefined;
}

function protocolError(error: Error): AwsError {
  if (error.message === 'max header size exceeded') return awsError('RequestEntityTooLargeException', 'The request headers are too large.');
  return awsError('SerializationException', 'The request is not valid HTTP/1.1.');
}
