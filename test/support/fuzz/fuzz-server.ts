// Runs hostile requests (hostile-requests.ts) against a server, each on its own connection, and
// checks what a client must be able to count on: the server never exits or hangs (every case is
// answered or closed within a bound once the client has sent all it will), never answers a 5xx that
// was not asked for, shapes every error as AWS does, and changes no state for a refused request.
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import type { HostileCase, HostileKind } from './hostile-requests.js';

export interface FuzzTarget {
  name: string;
  url: string;
  /** The state a refused request must leave alone; omitted for a stateless server (the Prism mock). */
  snapshot?: () => unknown;
  /** Back to the starting state after a case changed it legitimately. */
  reset?: () => void | Promise<void>;
  /** Whether the server process is still there (for one in another process). */
  alive?: () => boolean;
}

export interface FuzzReport {
  target: string;
  cases: number;
  byKind: Partial<Record<HostileKind, number>>;
  answers: number;
  statuses: Record<string, number>;
  /** Cases the server closed without answering anything (e.g. after a request cut short and a half-close). */
  closedUnanswered: number;
  failures: string[];
}

interface ParsedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const { HTTPParser } = createRequire(import.meta.url)('_http_common') as {
  HTTPParser: {
    new (): {
      initialize(type: number, resource: object, maxHeaderSize: number, lenient: number): void;
      execute(data: Buffer): unknown;
      [key: number]: unknown;
    };
    RESPONSE: number;
    kOnHeadersComplete: number;
    kOnBody: number;
    kOnMessageComplete: number;
  };
};

/** Reads the answers off the wire with node's own parser, in response mode. */
function responseReader(onResponse: (response: ParsedResponse) => void): (data: Buffer) => void {
  const parser = new HTTPParser();
  parser.initialize(HTTPParser.RESPONSE, {}, 64 * 1024, 0);
  let current: ParsedResponse | undefined;
  const chunks: Buffer[] = [];
  parser[HTTPParser.kOnHeadersComplete] = (_major: number, _minor: number, rawHeaders: string[], _method: unknown, _url: unknown, status: number) => {
    const headers: Record<string, string> = {};
    for (let index = 0; index + 1 < rawHeaders.length; index += 2) headers[rawHeaders[index]!.toLowerCase()] = rawHeaders[index + 1]!;
    current = { status, headers, body: '' };
    chunks.length = 0;
    return 0;
  };
  parser[HTTPParser.kOnBody] = (chunk: Buffer) => void chunks.push(Buffer.from(chunk));
  parser[HTTPParser.kOnMessageComplete] = () => {
    if (current && current.status >= 200) onResponse({ ...current, body: Buffer.concat(chunks).toString('utf8') });
    current = undefined;
  };
  return (data) => void parser.execute(data);
}

interface Exchange {
  responses: ParsedResponse[];
  /** The server did neither answer nor close within the bound. */
  hung: boolean;
  closed: boolean;
}

/**
 * Sends the bytes; once every framed request is answered, or the server closed, or it has gone quiet,
 * the client ends its side, and the server must then close within `boundMs`.
 */
function exchange(url: URL, bytes: Buffer, requests: number, boundMs: number): Promise<Exchange> {
  return new Promise((resolveExchange) => {
    const responses: ParsedResponse[] = [];
    const socket = connect(Number(url.port), url.hostname);
    let quiet: NodeJS.Timeout | undefined;
    let ended = false;
    const endOurSide = () => {
      if (ended || socket.destroyed) return;
      ended = true;
      socket.end();
    };
    const settle = () => {
      clearTimeout(quiet);
      if (responses.length >= requests) return endOurSide();
      quiet = setTimeout(endOurSide, 300);
    };
    const read = responseReader((response) => responses.push(response));
    const bound = setTimeout(() => {
      socket.destroy();
      resolveExchange({ responses, hung: true, closed: false });
    }, boundMs);
    socket.on('data', (data: Buffer) => {
      read(data);
      settle();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(bound);
      clearTimeout(quiet);
      resolveExchange({ responses, hung: false, closed: true });
    });
    socket.on('connect', () => {
      socket.write(bytes);
      settle();
    });
  });
}

function problemsWith(response: ParsedResponse, hostile: HostileCase): string[] {
  const problems: string[] = [];
  if (response.status >= 500 && response.status !== hostile.requestedStatus) problems.push(`unrequested ${response.status}`);
  if (response.headers['x-amzn-requestid'] === undefined) problems.push(`${response.status} without x-amzn-RequestId`);
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    problems.push(`${response.status} body is not JSON: ${response.body.slice(0, 80)}`);
  }
  if (response.status >= 400) {
    const errorType = response.headers['x-amzn-errortype'];
    if (errorType === undefined || !/^[A-Za-z]+(?:Exception|Error)$/.test(errorType.split(':')[0]!))
      problems.push(`${response.status} x-amzn-ErrorType '${errorType}'`);
    const message = (body as { message?: unknown; Message?: unknown } | undefined) ?? {};
    if (typeof message.message !== 'string' && typeof message.Message !== 'string')
      problems.push(`${response.status} error body without message: ${response.body.slice(0, 80)}`);
  } else if (typeof body !== 'object' || body === null) problems.push(`${response.status} body is not a JSON object`);
  return problems;
}

/** Runs `cases` one connection each, in order; `boundMs` bounds each case once the client has ended its side. */
export async function fuzzServer(target: FuzzTarget, cases: readonly HostileCase[], boundMs = 5_000): Promise<FuzzReport> {
  const url = new URL(target.url);
  const report: FuzzReport = { target: target.name, cases: 0, byKind: {}, answers: 0, statuses: {}, closedUnanswered: 0, failures: [] };
  const fail = (hostile: HostileCase, problem: string) => {
    if (report.failures.length < 50) report.failures.push(`${hostile.kind} — ${problem} — ${hostile.label}`);
  };
  for (const hostile of cases) {
    report.cases += 1;
    report.byKind[hostile.kind] = (report.byKind[hostile.kind] ?? 0) + 1;
    const before = target.snapshot?.();
    const result = await exchange(url, hostile.bytes, hostile.requests, boundMs);
    if (result.hung) fail(hostile, `neither answered nor closed within ${boundMs} ms`);
    if (result.responses.length === 0 && result.closed) report.closedUnanswered += 1;
    for (const response of result.responses) {
      report.answers += 1;
      report.statuses[response.status] = (report.statuses[response.status] ?? 0) + 1;
      for (const problem of problemsWith(response, hostile)) fail(hostile, problem);
    }
    if (target.snapshot) {
      const changed = JSON.stringify(target.snapshot()) !== JSON.stringify(before);
      const anySuccess = result.responses.some((response) => response.status < 300);
      if (changed && !anySuccess) fail(hostile, 'state changed although every request was refused');
      if (changed) await target.reset?.();
    }
    if (target.alive && !target.alive()) {
      fail(hostile, 'the server process exited');
      break;
    }
  }
  return report;
}

/** One line per count, for a closing summary. */
export function describeReport(report: FuzzReport): string {
  const kinds = Object.entries(report.byKind)
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ');
  const statuses = Object.entries(report.statuses)
    .map(([status, count]) => `${status}×${count}`)
    .join(' ');
  return `${report.target}: ${report.cases} cases (${kinds}); ${report.answers} answers (${statuses}); ${report.closedUnanswered} closed unanswered; ${report.failures.length} failures`;
}
