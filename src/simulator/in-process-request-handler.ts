// A request handler for the AWS SDK for JavaScript v3 that hands each serialized request to a
// simulator in the same process: no socket, no port. The SDK still serializes, signs, parses,
// maps errors to classes and retries as it does over HTTP; only the transport is skipped. Typed
// structurally (the shapes of @smithy/protocol-http's HttpRequest and HttpResponse), so the
// simulator does not depend on the SDK.
import { Readable } from 'node:stream';
import { handlerEntryOf } from './request-handlers.js';
import type { HttpRequest } from './http-exchange.js';
import { sendInternalError } from './respond.js';
import { SimulatorConfigError } from './simulator-config-error.js';

/** The parts of @smithy/protocol-http's HttpRequest this handler reads. */
export interface SdkHttpRequest {
  method: string;
  path: string;
  query?: Record<string, string | Array<string | null> | null>;
  headers: Record<string, string>;
  /** As the SDK serializes it: a string, bytes, or a readable stream; absent for GET. */
  body?: unknown;
}

/** Structurally a @smithy/protocol-http HttpResponse: what the SDK's deserializers read. */
export interface SdkHttpResponse {
  statusCode: number;
  reason?: string;
  /** Lower-case names, as Node's HTTP client gives them. */
  headers: Record<string, string>;
  body: Readable;
}

interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener?(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
}

/** What `new LambdaClient({ requestHandler })` takes. */
export interface SimulatorRequestHandler {
  readonly metadata: { handlerProtocol: string };
  handle(request: SdkHttpRequest, options?: { abortSignal?: AbortSignalLike }): Promise<{ response: SdkHttpResponse }>;
  updateHttpClientConfig(key: never, value: never): void;
  httpHandlerConfigs(): Record<string, never>;
  destroy(): void;
}

/** An in-process answer, as the HTTP front would have sent it, without the connection headers. */
export interface InProcessAnswer {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * `new LambdaClient({ region, credentials, requestHandler: simulatorRequestHandler(sim) })`: every
 * call of that client is answered by `sim` (from startSimulator or createSimulator) in process.
 * The access key id and region the client signs with pick the account and region, as over HTTP.
 */
export function simulatorRequestHandler(simulator: object): SimulatorRequestHandler {
  const entry = handlerEntryOf(simulator);
  if (!entry) throw new SimulatorConfigError('simulatorRequestHandler', 'simulator', 'is not a simulator made by startSimulator or createSimulator');
  return {
    metadata: { handlerProtocol: 'http/1.1' },
    async handle(request, options) {
      throwIfAborted(options?.abortSignal);
      const answer = await answerInProcess(simulator, {
        method: request.method.toUpperCase(),
        target: request.path + queryString(request.query),
        headers: lowerCaseHeaders(request.headers),
        body: await bodyBytes(request.body),
      });
      throwIfAborted(options?.abortSignal);
      return { response: { statusCode: answer.status, headers: answer.headers, body: Readable.from(answer.body.length === 0 ? [] : [answer.body]) } };
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
    destroy() {},
  };
}

/**
 * One request, given as the HTTP front hands it over (target as sent, body read in full), answered
 * by `simulator`'s request handler: the status, the headers the simulator sends (content-length
 * and date included) and the body.
 */
export function answerInProcess(
  simulator: object,
  request: { method: string; target: string; headers: Record<string, string | undefined>; body: Buffer },
): Promise<InProcessAnswer> {
  const entry = handlerEntryOf(simulator);
  if (!entry) return Promise.reject(new SimulatorConfigError('answerInProcess', 'simulator', 'is not a simulator made by startSimulator or createSimulator'));
  const exchange: HttpRequest = { ...request, body: request.body.length > entry.maxBodyBytes ? 'too-large' : request.body };
  return new Promise((resolve) => {
    let answered = false;
    const reply = {
      send(status: number, headers: readonly string[], payload: string) {
        if (answered) return;
        answered = true;
        const body = request.method === 'HEAD' ? Buffer.alloc(0) : Buffer.from(payload, 'utf8');
        const named: Record<string, string> = {};
        for (let index = 0; index + 1 < headers.length; index += 2) named[headers[index]!.toLowerCase()] = headers[index + 1]!;
        named['content-length'] = String(Buffer.byteLength(payload, 'utf8'));
        named['date'] = new Date().toUTCString();
        resolve({ status, headers: named, body });
      },
    };
    try {
      entry.handler(exchange, reply)?.catch(() => sendInternalError(reply));
    } catch {
      sendInternalError(reply);
    }
  });
}

/** The query as Node's SDK handler writes it (@smithy/querystring-builder): keys and values percent-encoded, `+` never used. */
function queryString(query: SdkHttpRequest['query']): string {
  if (!query) return '';
  const parts: string[] = [];
  for (const key of Object.keys(query).sort()) {
    const value = query[key];
    const name = escapeUri(key);
    if (Array.isArray(value)) for (const item of value) parts.push(item === null ? name : `${name}=${escapeUri(item)}`);
    else parts.push(value === null || value === undefined ? name : `${name}=${escapeUri(value)}`);
  }
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

function escapeUri(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

function lowerCaseHeaders(headers: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const key = name.toLowerCase();
    result[key] = result[key] === undefined ? value : `${result[key]}, ${value}`;
  }
  return result;
}

async function bodyBytes(body: unknown): Promise<Buffer> {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function') {
    const chunks: Buffer[] = [];
    for await (const chunk of body as AsyncIterable<unknown>)
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk as Uint8Array));
    return Buffer.concat(chunks);
  }
  throw new TypeError(`simulatorRequestHandler: cannot read a request body of type ${typeof body}`);
}

function throwIfAborted(signal: AbortSignalLike | undefined): void {
  if (!signal?.aborted) return;
  const error = new Error('Request aborted');
  error.name = 'AbortError';
  throw error;
}
