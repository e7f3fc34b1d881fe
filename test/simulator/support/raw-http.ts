import { Agent, request } from 'node:http';

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
    const outgoing = request(
      { agent, host: url.hostname, port: url.port, method: raw.method, path: raw.target, headers: { ...raw.headers } },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(incoming.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
          resolveResponse({ status: incoming.statusCode ?? 0, headers, text, json: parseJson(text) });
        });
      },
    );
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
