import { Agent, createServer, request, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorTypeHeader, type ErrorTypeByBody } from './error-type-by-body.js';

/** Headers about one hop's connection: each side of the front manages its own. */
const hopByHopHeaders = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer']);

export interface ErrorTypeFrontOptions {
  host: string;
  port: number;
  /** Where Prism listens. */
  upstream: { host: string; port: number };
  errorTypes: ErrorTypeByBody;
}

export interface ErrorTypeFront {
  /** The port actually bound (differs from the requested one when that was 0). */
  readonly port: number;
  close(): Promise<void>;
}

/**
 * A pass-through HTTP front for Prism. It changes one thing: for statuses whose error type depends
 * on the body (see ErrorTypeByBody), it sets `x-amzn-ErrorType` to the error the served body is.
 * Every other response, and every request, is streamed through untouched.
 */
export function startErrorTypeFront(options: ErrorTypeFrontOptions): Promise<ErrorTypeFront> {
  const agent = new Agent({ keepAlive: true });
  const server = createServer((incoming, outgoing) => forward(incoming, outgoing, options, agent));
  return new Promise((resolveFront, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolveFront({
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise<void>((resolveClose) => {
            server.close(() => resolveClose());
            server.closeAllConnections();
            agent.destroy();
          }),
      });
    });
  });
}

function forward(incoming: IncomingMessage, outgoing: ServerResponse, options: ErrorTypeFrontOptions, agent: Agent) {
  const upstreamRequest = request(
    {
      agent,
      host: options.upstream.host,
      port: options.upstream.port,
      method: incoming.method,
      path: incoming.url,
      headers: endToEndHeaders(incoming.headers),
    },
    (upstream) => {
      upstream.on('error', (error) => outgoing.destroy(error)); // Prism went away mid-answer
      const status = upstream.statusCode ?? 502;
      const headers = endToEndRawHeaders(upstream.rawHeaders);
      if (!options.errorTypes.statuses.has(status)) {
        outgoing.writeHead(status, headers);
        upstream.pipe(outgoing);
        return;
      }
      const chunks: Buffer[] = [];
      upstream.on('data', (chunk: Buffer) => chunks.push(chunk));
      upstream.on('end', () => {
        const body = Buffer.concat(chunks);
        const errorType = options.errorTypes.errorTypeOf(status, parseJson(body));
        outgoing.writeHead(status, errorType === undefined ? headers : withHeader(headers, errorTypeHeader, errorType));
        outgoing.end(body);
      });
    },
  );
  upstreamRequest.on('error', (error) => {
    if (outgoing.headersSent) {
      outgoing.destroy(error);
      return;
    }
    const body = JSON.stringify({ message: `lambda-rmc mock: Prism did not answer (${(error as NodeJS.ErrnoException).code ?? error.message})` });
    outgoing.writeHead(502, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    outgoing.end(body);
  });
  incoming.on('error', () => upstreamRequest.destroy()); // the client went away mid-request
  outgoing.on('close', () => {
    if (!outgoing.writableFinished) upstreamRequest.destroy();
  });
  incoming.pipe(upstreamRequest);
}

function endToEndHeaders(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !hopByHopHeaders.has(name)));
}

/** Prism's headers as a flat [name, value, …] list, spelling kept, hop-by-hop ones dropped. */
function endToEndRawHeaders(raw: string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index + 1 < raw.length; index += 2) {
    const name = raw[index] as string;
    if (!hopByHopHeaders.has(name.toLowerCase())) kept.push(name, raw[index + 1] as string);
  }
  return kept;
}

/** The list with `name` set to `value`, in place when Prism sent it, appended otherwise. */
function withHeader(raw: string[], name: string, value: string): string[] {
  const result = [...raw];
  const index = result.findIndex((entry, position) => position % 2 === 0 && entry.toLowerCase() === name.toLowerCase());
  if (index === -1) result.push(name, value);
  else result[index + 1] = value;
  return result;
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}
