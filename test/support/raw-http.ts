import { Agent, request } from 'node:http';
import { connect } from 'node:net';

export interface RawRequest {
  method: string;
  /** The request target exactly as sent: path and query, no normalisation. */
  target: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface RawResponse {
  status: number;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  text: string;
  /** The parsed body; undefined when it is empty or not JSON. */
  json: unknown;
}

const agent = new Agent({ keepAlive: true, maxSockets: 8 });

/** Sends one request as written (node:http does not re-encode the target) and reads the whole answer. */
export function sendRaw(baseUrl: string, raw: RawRequest): Promise<RawResponse> {
  const url = new URL(baseUrl);
  return new Promise((resolveResponse, reject) => {
    const outgoing = request({ agent, host: url.hostname, port: url.port, method: raw.method, path: raw.target, headers: { ...raw.headers } }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('error', reject);
      incoming.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(incoming.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
        resolveResponse({ status: incoming.statusCode ?? 0, headers, text, json: parseJson(text) });
      });
    });
    outgoing.on('error', reject);
    outgoing.end(raw.body);
  });
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Writes raw bytes on a fresh connection (then ends its side, if asked) and collects everything until the server closes it. */
export function exchange(baseUrl: string, chunks: Array<string | Buffer>, options: { endAfterWrite?: boolean } = {}): Promise<string> {
  const url = new URL(baseUrl);
  return new Promise((resolveText, reject) => {
    const socket = connect(Number(url.port), url.hostname);
    const received: Buffer[] = [];
    socket.on('data', (chunk) => received.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? undefined : reject(error)));
    socket.on('close', () => resolveText(Buffer.concat(received).toString('latin1')));
    socket.on('connect', () => {
      for (const chunk of chunks) socket.write(chunk);
      if (options.endAfterWrite) socket.end();
    });
  });
}

/** Status line, headers (lower-cased names) and parsed body of a raw HTTP/1.1 answer. */
export function parseRawAnswer(text: string): { status: number; headers: Record<string, string>; json: unknown } {
  const headEnd = text.indexOf('\r\n\r\n');
  const [statusLine = '', ...lines] = text.slice(0, headEnd).split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(statusLine.split(' ')[1]), headers, json: parseJson(text.slice(headEnd + 4)) };
}
