import { Agent, createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { STATUS_CODES } from 'node:http';
import { awsError, httpParseError } from '../validation/index.js';
import type { ErrorTypeByBody } from './error-type-by-body.js';
import { decideFrontRequest, type FrontRequest, type PrismRequest } from './front-request.js';
import { awsErrorAnswer, translatePrismAnswer, type FrontAnswer } from './prism-answer.js';

export interface MockFrontOptions {
  host: string;
  port: number;
  /** Where Prism listens. */
  upstream: { host: string; port: number };
  errorTypes: ErrorTypeByBody;
  /** Largest Put body read; past it, 413 RequestEntityTooLargeException (as the simulator). */
  maxBodyBytes: number;
}

export interface MockFront {
  /** The port actually bound (differs from the requested one when that was 0). */
  readonly port: number;
  /**
   * Stops accepting connections, lets the requests already received be answered (for at most
   * `drainMs`), then closes every connection. Idempotent.
   */
  close(drainMs?: number): Promise<void>;
}

/** How long Prism may take over one answer before the front answers for it. */
const prismAnswerTimeoutMs = 30_000;

/**
 * The mock's HTTP front: every request is read and checked here (route, body size, content type,
 * JSON, the project's validator) and refused with the error the simulator gives, before Prism can
 * see it; a valid request is rebuilt for Prism and Prism's answer translated (prism-answer.ts).
 * Listens only when asked, which start-prism-mock does once Prism answers.
 */
export function startMockFront(options: MockFrontOptions): Promise<MockFront> {
  const agent = new Agent({ keepAlive: true });
  let closing = false;
  let inFlight = 0;
  let drained: (() => void) | undefined;

  const requestDone = () => {
    inFlight -= 1;
    if (inFlight === 0) drained?.();
  };
  const server = createServer((incoming, outgoing) => {
    inFlight += 1;
    outgoing.once('close', requestDone);
    handle(incoming, outgoing).catch(() => {
      // A defect of the front itself: answered as the service answers its own failures, never a crash.
      send(outgoing, awsErrorAnswer(awsError('ServiceException', 'lambda-rmc mock: the front failed on this request')), true);
    });
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => answerClientError(error, socket));
  // An Expect other than 100-continue is ignored, as the simulator ignores it (node would answer a bare 417).
  server.on('checkExpectation', (incoming: IncomingMessage, outgoing: ServerResponse) => server.emit('request', incoming, outgoing));
  // An upgrade or CONNECT is answered like any request, then the connection closes (node would hang or drop it).
  // node no longer tracks these sockets: closeAllConnections() would miss them.
  const rawSockets = new Set<Socket>();
  const answerOnSocket = (incoming: IncomingMessage, socket: Socket) => {
    rawSockets.add(socket);
    inFlight += 1;
    socket.once('close', () => {
      rawSockets.delete(socket);
      requestDone();
    });
    socket.on('error', () => socket.destroy());
    const request: FrontRequest = { method: incoming.method ?? '', target: incoming.url ?? '', headers: incoming.headers, body: Buffer.alloc(0) };
    const decision = decideFrontRequest(request, options.maxBodyBytes);
    const answered =
      'refuse' in decision
        ? Promise.resolve(awsErrorAnswer(decision.refuse))
        : askPrism(decision.forward, options, agent).catch(() => prismDown('ECONNREFUSED'));
    void answered.then((answer) => writeRawAnswer(socket, answer, incoming.method === 'HEAD'));
  };
  server.on('upgrade', answerOnSocket);
  server.on('connect', answerOnSocket);

  const handle = async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const body = await readBody(incoming, options.maxBodyBytes);
    if (body === undefined) return; // the client went away mid-request
    const request: FrontRequest = { method: incoming.method ?? '', target: incoming.url ?? '', headers: incoming.headers, body };
    const decision = decideFrontRequest(request, options.maxBodyBytes);
    const closeConnection = decision.closeConnection || closing;
    if ('refuse' in decision) return send(outgoing, awsErrorAnswer(decision.refuse), closeConnection);
    const answer = await askPrism(decision.forward, options, agent).catch((error: NodeJS.ErrnoException) => prismDown(error.code ?? error.message));
    send(outgoing, answer, closeConnection || closing);
  };

  let closed: Promise<void> | undefined;
  return new Promise((resolveFront, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      // Past listening, an error is one connection's (e.g. EMFILE on accept): that client is dropped, the mock serves on.
      server.on('error', () => undefined);
      resolveFront({
        port: (server.address() as AddressInfo).port,
        close: (drainMs = 5_000) =>
          (closed ??= new Promise<void>((resolveClose) => {
            closing = true;
            server.close(() => {
              agent.destroy();
              resolveClose();
            });
            server.closeIdleConnections();
            const closeEverything = () => {
              server.closeAllConnections();
              for (const socket of rawSockets) socket.destroy();
            };
            const forceClose = setTimeout(closeEverything, drainMs);
            forceClose.unref();
            const finish = () => {
              clearTimeout(forceClose);
              // Answered connections were told `connection: close`; what is left has sent no full request.
              closeEverything();
            };
            if (inFlight === 0) finish();
            else drained = finish;
          })),
      });
    });
  });
}

function prismDown(reason: string): FrontAnswer {
  return awsErrorAnswer(awsError('ServiceException', `lambda-rmc mock: Prism did not answer (${reason})`));
}

/** The request body up to `maxBytes`; 'too-large' past it (the rest is not read); undefined when the client went away. */
function readBody(incoming: IncomingMessage, maxBytes: number): Promise<Buffer | 'too-large' | undefined> {
  return new Promise((resolveBody) => {
    const declared = incoming.headers['content-length'];
    if (declared !== undefined && Number(declared) > maxBytes) {
      resolveBody('too-large');
      return;
    }
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) {
        incoming.off('data', onData);
        incoming.pause();
        resolveBody('too-large');
      } else chunks.push(chunk);
    };
    incoming.on('data', onData);
    incoming.once('end', () => resolveBody(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    incoming.once('error', () => resolveBody(undefined));
    incoming.once('aborted', () => resolveBody(undefined));
  });
}

/**
 * Prism's answer to a validated request, read in full (answers are a few hundred bytes) and
 * translated. A kept-alive connection Prism closed just as it was reused is retried once on a new
 * one (Prism keeps no state, so a Put may be sent twice).
 */
async function askPrism(forward: PrismRequest, options: MockFrontOptions, agent: Agent): Promise<FrontAnswer> {
  try {
    return await askPrismOnce(forward, options, agent);
  } catch (error) {
    if (!(error as { reusedSocket?: boolean }).reusedSocket) throw error;
    return askPrismOnce(forward, options, agent);
  }
}

function askPrismOnce(forward: PrismRequest, options: MockFrontOptions, agent: Agent): Promise<FrontAnswer> {
  return new Promise((resolveAnswer, reject) => {
    const headers: Record<string, string | number> = { ...forward.headers };
    if (forward.body !== undefined) headers['content-length'] = Buffer.byteLength(forward.body);
    const upstream = httpRequest(
      { agent, host: options.upstream.host, port: options.upstream.port, method: forward.method, path: forward.path, headers, timeout: prismAnswerTimeoutMs },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.once('error', reject);
        response.once('end', () =>
          resolveAnswer(
            translatePrismAnswer(
              { status: response.statusCode ?? 500, rawHeaders: response.rawHeaders, body: Buffer.concat(chunks) },
              options.errorTypes,
              forward.headers['prefer'],
            ),
          ),
        );
      },
    );
    upstream.once('timeout', () => upstream.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    upstream.once('error', (error: NodeJS.ErrnoException) => {
      const stale = upstream.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE');
      reject(Object.assign(error, { reusedSocket: stale }));
    });
    upstream.end(forward.body);
  });
}

function send(outgoing: ServerResponse, answer: FrontAnswer, closeConnection: boolean): void {
  if (outgoing.headersSent || outgoing.destroyed) return;
  const headers = [...answer.headers, 'content-length', String(Buffer.byteLength(answer.body))];
  if (closeConnection) headers.push('connection', 'close');
  outgoing.writeHead(answer.status, headers);
  outgoing.end(answer.body);
}

/**
 * What node's parser refuses (bad request line, header syntax, framing, oversized headers) is
 * answered as the simulator answers it, AWS-shaped, and the connection closes.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    socket.destroy(); // too slow to send a request: nothing to answer
    return;
  }
  writeRawAnswer(socket, awsErrorAnswer(httpParseError(error)), false);
}

/** An answer written on a socket node:http no longer manages; the connection closes after it. */
function writeRawAnswer(socket: Socket, answer: FrontAnswer, headOnly: boolean): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  let head = `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status] ?? ''}\r\n`;
  for (let index = 0; index + 1 < answer.headers.length; index += 2) head += `${answer.headers[index]}: ${answer.headers[index + 1]}\r\n`;
  head += `content-length: ${Buffer.byteLength(answer.body)}\r\nconnection: close\r\n\r\n`;
  socket.end(headOnly ? head : Buffer.concat([Buffer.from(head, 'latin1'), Buffer.from(answer.body)]));
}
