import { createRequire } from 'node:module';

/** The parts of node's llhttp binding this file uses (the parser node:http itself runs): the class and its constants. */
interface LlhttpBinding {
  new (): LlhttpParser;
  readonly REQUEST: number;
  readonly kOnMessageBegin: number;
  readonly kOnHeaders: number;
  readonly kOnHeadersComplete: number;
  readonly kOnBody: number;
  readonly kOnMessageComplete: number;
  readonly kLenientNone: number;
  readonly methods: readonly string[];
}

/** One llhttp parser instance; its callbacks sit at the binding's numeric `kOn…` slots. */
interface LlhttpParser {
  initialize(type: number, resource: object, maxHeaderSize: number, lenientFlags: number): void;
  execute(data: Buffer): number | ParseError;
  finish(): undefined | ParseError;
  close(): void;
  [callback: number]: unknown;
}

/** What llhttp reports when it refuses the bytes: its error code (e.g. HPE_INVALID_CHUNK_SIZE) and reason. */
export interface ParseError extends Error {
  code: string;
  reason: string;
  bytesParsed: number;
}

// `_http_common` is node's own module behind node:http; its HTTPParser is llhttp, the same build and
// strictness (no lenient flags) node:http serves with. Reaching it this way keeps the simulator's framing
// identical to node's by construction, at native speed; test/simulator/framing-differential.test.ts proves it.
const { HTTPParser: Llhttp, methods } = createRequire(import.meta.url)('_http_common') as { HTTPParser: LlhttpBinding; methods: readonly string[] };

/** A request head as llhttp completes it. */
export interface RequestHead {
  versionMajor: number;
  versionMinor: number;
  method: string;
  url: string;
  /** Flat [name, value, …] list as sent. */
  rawHeaders: string[];
  upgrade: boolean;
  shouldKeepAlive: boolean;
}

/** What a connection does with each parse event. */
export interface RequestEvents {
  onMessageBegin(): void;
  onHeadersComplete(head: RequestHead): void;
  onBody(chunk: Buffer): void;
  onMessageComplete(): void;
}

/**
 * One connection's request parser: node's llhttp, fed with whatever the socket delivers. Header bytes are
 * counted by llhttp per request (never per read), against `maxHeaderBytes`.
 */
export class RequestParser {
  private readonly parser = new Llhttp();
  /** Header fields and URL pieces llhttp hands over early when a head has more than 32 fields. */
  private pendingHeaders: string[] = [];
  private pendingUrl = '';

  constructor(maxHeaderBytes: number, events: RequestEvents) {
    const parser = this.parser;
    parser.initialize(Llhttp.REQUEST, {}, maxHeaderBytes, Llhttp.kLenientNone);
    parser[Llhttp.kOnMessageBegin] = () => {
      this.clearPending();
      events.onMessageBegin();
    };
    parser[Llhttp.kOnHeaders] = (headers: string[], url: string) => {
      this.pendingHeaders.push(...headers);
      this.pendingUrl += url;
    };
    parser[Llhttp.kOnHeadersComplete] = (
      versionMajor: number,
      versionMinor: number,
      headers: string[] | undefined,
      method: number,
      url: string | undefined,
      _statusCode: unknown,
      _statusMessage: unknown,
      upgrade: boolean,
      shouldKeepAlive: boolean,
    ) => {
      const rawHeaders = headers ?? this.pendingHeaders;
      const fullUrl = url ?? this.pendingUrl;
      this.clearPending();
      events.onHeadersComplete({ versionMajor, versionMinor, method: methods[method] ?? '', url: fullUrl, rawHeaders, upgrade, shouldKeepAlive });
      return 0;
    };
    parser[Llhttp.kOnBody] = (chunk: Buffer) => events.onBody(chunk);
    parser[Llhttp.kOnMessageComplete] = () => {
      // Trailer fields of a chunked body arrive through kOnHeaders too; like node:http's, they end here.
      this.clearPending();
      events.onMessageComplete();
    };
  }

  private clearPending(): void {
    this.pendingHeaders = [];
    this.pendingUrl = '';
  }

  /** Parses what arrived; a ParseError when llhttp refuses it (nothing after it is parsed). */
  execute(data: Buffer): ParseError | undefined {
    const result = this.parser.execute(data);
    return typeof result === 'number' ? undefined : result;
  }

  /** The client sent all it will: a request cut short is a ParseError (HPE_INVALID_EOF_STATE). */
  finish(): ParseError | undefined {
    return this.parser.finish() ?? undefined;
  }

  close(): void {
    this.parser.close();
  }
}
