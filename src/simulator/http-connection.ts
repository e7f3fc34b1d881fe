import { httpParseError, requestTimeoutError, unsupportedHttpVersionError, type AwsError } from '../validation/index.js';
import type { HttpHandler, HttpReply, HttpRequest } from './http-exchange.js';
import { RequestParser, type RequestHead } from './llhttp-parser.js';
import { sendError } from './respond.js';
import { responseHead } from './response-head.js';

export interface ConnectionLimits {
  maxBodyBytes: number;
  /** Each request's head (request line and headers), counted per request as node:http counts it. */
  maxHeaderBytes: number;
  /** A connection quiet this long with no answer pending closes (node:http's keep-alive timeout is 5 s). */
  idleTimeoutMs: number;
  /** From a request's first byte to the end of its head (node:http: headersTimeout, 60 s). */
  headersTimeoutMs: number;
  /** From a request's first byte to the end of its body (node:http: requestTimeout, 300 s). */
  requestTimeoutMs: number;
  /** Answers a client has not read yet: past this the connection executes and reads nothing more until they drain. */
  maxUnreadAnswerBytes: number;
}

/** Where a connection writes: a net.Socket, or a test's recorder. */
export interface ConnectionOutput {
  /** false once the output holds more than its high-water mark. */
  write(text: string): boolean;
  readonly writableLength: number;
  /** Half-close after what was written; `destroy` drops the connection at once. */
  end(): void;
  destroy(): void;
  /** Stop and restart delivering received bytes. */
  pause(): void;
  resume(): void;
  /** Calls `listener` once when what was written has drained below the high-water mark. */
  onceDrained(listener: () => void): void;
}

/** A request whose head has arrived and whose body is still arriving. */
interface IncomingRequest {
  method: string;
  target: string;
  headers: Record<string, string | undefined>;
  keepAlive: boolean;
  chunks: Buffer[];
  received: number;
  tooLarge: boolean;
}

/** An answer's place in line: pipelined requests are answered in the order they came. */
interface AnswerSlot {
  text: string | undefined;
  close: boolean;
}

/** A request read whole, waiting for the requests before it to finish executing. */
interface QueuedRequest {
  request: HttpRequest;
  reply: HttpReply;
}

/**
 * HTTP/1.1 on one connection. Requests are framed by node's own parser (llhttp-parser.ts), so a byte
 * stream is accepted, refused and split into requests exactly as node:http would; each body is read whole
 * up to the limit. Requests execute one at a time in the order they came (a pipelined Get never overtakes
 * the Put before it, latency or not) and are answered in that order with keep-alive as the client asked.
 * A request the parser refuses is answered with an AWS-shaped 400 (413 for an oversized head, 408 past a
 * deadline) and the connection closes. Written on node:net rather than node:http by measurement
 * (bench:mock): node:http's request and response streams cost more per request than the simulator itself.
 */
export class HttpConnection {
  private readonly parser: RequestParser;
  private readonly answers: AnswerSlot[] = [];
  private readonly queue: QueuedRequest[] = [];
  /** The handler still working on a request (latency): the next one waits for it. */
  private executing = false;
  private incoming: IncomingRequest | undefined;
  /** When the request being received began (ms, performance clock), and whether its head is complete. */
  private requestStartedAt: number | undefined;
  private headComplete = false;
  /** No further request is taken: the connection ends once the answers in line are written. */
  private closing = false;
  /** A stop was asked while a request was arriving: that one is still taken, none after it. */
  private stopAfterCurrent = false;
  private readingPaused = false;
  private waitingForReader = false;
  /** The request being received asked for 100 Continue, not yet sent (answers before it come first). */
  private continueOwed = false;
  private readonly keepAliveSeconds: number;

  constructor(
    private readonly output: ConnectionOutput,
    private readonly handler: HttpHandler,
    private readonly limits: ConnectionLimits,
  ) {
    this.keepAliveSeconds = Math.floor(limits.idleTimeoutMs / 1000);
    this.parser = new RequestParser(limits.maxHeaderBytes, {
      onMessageBegin: () => {
        this.requestStartedAt = performance.now();
        this.headComplete = false;
      },
      onHeadersComplete: (head) => this.onHead(head),
      onBody: (chunk) => this.onBody(chunk),
      onMessageComplete: () => this.onMessageComplete(),
    });
  }

  /** Bytes from the client. */
  receive(data: Buffer): void {
    if (this.closing) return;
    const refused = this.parser.execute(data);
    if (refused !== undefined && !this.closing) this.refuse(httpParseError(refused));
    this.execute();
  }

  /** The client sent all it will: a request cut short is refused; answers in line are still written. */
  receiveEnd(): void {
    if (!this.closing) {
      const cutShort = this.parser.finish();
      if (cutShort !== undefined) this.refuse(httpParseError(cutShort));
    }
    this.closing = true;
    this.incoming = undefined;
    this.requestStartedAt = undefined;
    this.flush();
  }

  /** Called periodically: a request past its head or whole-request deadline is answered 408 and the connection closes. */
  checkDeadlines(now: number): void {
    const startedAt = this.requestStartedAt;
    // While the server itself has stopped reading (answers unread, requests queued), the client cannot be late.
    if (startedAt === undefined || this.closing || this.readingPaused) return;
    const elapsed = now - startedAt;
    if (!this.headComplete && elapsed > this.limits.headersTimeoutMs) this.refuse(requestTimeoutError('head'));
    else if (elapsed > this.limits.requestTimeoutMs) this.refuse(requestTimeoutError('request'));
  }

  /**
   * Graceful stop: requests already received (or arriving now) are executed and answered, nothing after
   * them is taken, and the connection closes after its last answer; an idle one closes at once.
   */
  stop(): void {
    if (this.requestStartedAt === undefined) this.closing = true;
    else this.stopAfterCurrent = true;
    this.flush();
  }

  /**
   * Quiet for the idle timeout with nothing to answer: an idle keep-alive connection closes. A request
   * half received is left to its deadlines, which answer it 408 as node:http does, never a silent close.
   */
  timedOut(): void {
    if (this.requestStartedAt === undefined && this.answers.length === 0 && this.queue.length === 0 && !this.executing) this.output.destroy();
  }

  /** The socket is gone: nothing more is written. */
  closed(): void {
    this.closing = true;
    this.answers.length = 0;
    this.queue.length = 0;
    this.parser.close();
  }

  private onHead(head: RequestHead): void {
    this.headComplete = true;
    if (this.closing) return;
    const headers = headerRecord(head.rawHeaders);
    // node:http serves 0.9 and 2.0 request lines as if they were 1.x; Lambda's front end speaks HTTP/1.1 (and 1.0) only.
    if (head.versionMajor !== 1) {
      this.refuse(unsupportedHttpVersionError(head.versionMajor, head.versionMinor));
      return;
    }
    // An upgrade (or CONNECT) is answered like any request, then the connection closes.
    const keepAlive = head.shouldKeepAlive && !head.upgrade && !this.stopAfterCurrent;
    const declaredLength = headers['content-length'];
    const tooLarge = declaredLength !== undefined && Number(declaredLength) > this.limits.maxBodyBytes;
    // 100 Continue is an answer too: it waits for the answers of the requests before this one, as node:http's does.
    if (!tooLarge && headers['expect']?.toLowerCase() === '100-continue' && head.versionMinor >= 1) this.continueOwed = true;
    this.incoming = { method: head.method, target: head.url, headers, keepAlive, chunks: [], received: 0, tooLarge };
    if (tooLarge) this.abandonBody();
    else if (this.continueOwed) this.flush();
  }

  private onBody(chunk: Buffer): void {
    const request = this.incoming;
    if (request === undefined || request.tooLarge) return;
    request.received += chunk.length;
    if (request.received > this.limits.maxBodyBytes) {
      request.tooLarge = true;
      this.abandonBody();
    } else request.chunks.push(chunk);
  }

  /** A body past the limit is not read: the request is answered 413 and the connection closes. */
  private abandonBody(): void {
    const request = this.incoming!;
    this.incoming = undefined;
    this.requestStartedAt = undefined;
    this.enqueue({ method: request.method, target: request.target, headers: request.headers, body: 'too-large' }, false);
    this.closing = true;
  }

  private onMessageComplete(): void {
    const request = this.incoming;
    this.requestStartedAt = undefined;
    if (request === undefined) return;
    this.incoming = undefined;
    const body = request.chunks.length === 1 ? request.chunks[0]! : Buffer.concat(request.chunks);
    // A 100 Continue still owed (the body came without waiting for it) goes out just before this request's answer, as node:http sends it.
    const interim = this.continueOwed ? continueLine : '';
    this.continueOwed = false;
    this.enqueue({ method: request.method, target: request.target, headers: request.headers, body }, request.keepAlive, interim);
    // A request that asked to be the last (Connection: close, HTTP/1.0, an upgrade), or the last before a stop: nothing pipelined after it is taken.
    if (!request.keepAlive) this.closing = true;
  }

  private enqueue(request: HttpRequest, keepAlive: boolean, interim = ''): void {
    this.queue.push({ request, reply: this.replyInLine(request.method, keepAlive, interim) });
  }

  /**
   * Runs queued requests one at a time, in order. A handler that returns a promise (latency) holds the
   * queue until it settles. While the client leaves more than maxUnreadAnswerBytes of answers unread,
   * nothing more executes and nothing more is read, so a client that never reads costs bounded memory.
   */
  private execute(): void {
    while (!this.executing && this.queue.length > 0) {
      if (this.output.writableLength > this.limits.maxUnreadAnswerBytes) return this.waitForReader();
      const { request, reply } = this.queue.shift()!;
      const pending = this.handler(request, reply);
      if (pending !== undefined) {
        this.executing = true;
        const next = () => {
          this.executing = false;
          this.execute();
        };
        pending.then(next, next);
      }
    }
    if (this.queue.length === 0 && this.readingPaused) {
      this.readingPaused = false;
      // The request cut off by the pause gets its deadline from now: the wait was the server's.
      if (this.requestStartedAt !== undefined) this.requestStartedAt = performance.now();
      this.output.resume();
    } else if (this.queue.length > 0 && !this.readingPaused) {
      this.readingPaused = true;
      this.output.pause();
    }
  }

  private waitForReader(): void {
    if (!this.readingPaused) {
      this.readingPaused = true;
      this.output.pause();
    }
    if (this.waitingForReader) return;
    this.waitingForReader = true;
    this.output.onceDrained(() => {
      this.waitingForReader = false;
      this.execute();
    });
  }

  /** The reply for the next answer in line. */
  private replyInLine(method: string, keepAlive: boolean, interim = ''): HttpReply {
    const slot: AnswerSlot = { text: undefined, close: false };
    this.answers.push(slot);
    return {
      send: (status, headers, payload, options) => {
        if (slot.text !== undefined) return; // answered already
        slot.close = !keepAlive || options?.closeConnection === true || this.answersEndWith(slot);
        slot.text =
          interim +
          responseHead(status, headers, Buffer.byteLength(payload), slot.close ? undefined : this.keepAliveSeconds) +
          (method === 'HEAD' ? '' : payload);
        this.flush();
      },
    };
  }

  /** Whether `slot` is the last answer this connection will give (it is stopping and nothing else is coming). */
  private answersEndWith(slot: AnswerSlot): boolean {
    return (this.closing || this.stopAfterCurrent) && this.incoming === undefined && this.queue.length === 0 && this.answers[this.answers.length - 1] === slot;
  }

  /** Writes the answers that are ready, in order; ends the connection after the last one. */
  private flush(): void {
    let text = '';
    let close = false;
    while (this.answers.length > 0 && this.answers[0]!.text !== undefined) {
      const slot = this.answers.shift()!;
      text += slot.text;
      if (slot.close) {
        close = true;
        this.answers.length = 0;
        this.queue.length = 0;
        this.closing = true;
      }
    }
    if (this.continueOwed && this.answers.length === 0 && this.incoming !== undefined && !this.closing) {
      this.continueOwed = false;
      text += continueLine;
    }
    if (text !== '') this.output.write(text);
    if (this.stopAfterCurrent && this.requestStartedAt === undefined) this.closing = true;
    if (close || (this.closing && this.answers.length === 0 && this.queue.length === 0 && !this.executing)) {
      this.closing = true;
      this.output.end();
    }
  }

  /** A request the simulator cannot read on: answered after those before it, then the connection closes. */
  private refuse(error: AwsError): void {
    this.closing = true;
    this.incoming = undefined;
    this.requestStartedAt = undefined;
    sendError(this.replyInLine('', false), error, { closeConnection: true });
  }
}

const continueLine = 'HTTP/1.1 100 Continue\r\n\r\n';

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
