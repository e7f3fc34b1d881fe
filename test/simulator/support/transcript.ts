// Golden HTTP transcripts: readable text files of requests and the answers expected for them.
//
//   # comment lines anywhere before the first exchange
//   @options {"throttle": {"ratePerSecond": 0.01}}     optional: startSimulator options for this file
//
//   ### what this exchange shows
//   PUT /2021-07-20/functions/my-function/runtime-management-config?Qualifier=1
//   content-type: application/json
//
//   {"UpdateRuntimeOn": "Auto"}
//
//   HTTP/1.1 200 OK
//   content-type: application/json
//   x-amzn-RequestId: *
//
//   {"FunctionArn": "…", "RuntimeVersionArn": null, "UpdateRuntimeOn": "Auto"}
//
// The request is sent as written. The answer must have that status, exactly those headers (but for
// date, connection, keep-alive, content-length and transfer-encoding; `*` accepts any value) and
// that body (compared as JSON; an empty expected body means no body).
import { isDeepStrictEqual } from 'node:util';
import type { SimulatorOptions } from '../../../src/simulator/index.js';
import type { RawRequest, RawResponse } from '../../support/raw-http.js';

export interface Exchange {
  title: string;
  request: RawRequest;
  response: { status: number; headers: Record<string, string>; body: string };
}

export interface Transcript {
  options: SimulatorOptions;
  exchanges: Exchange[];
}

/** Headers about the connection or the clock, not about the answer. */
const ignoredHeaders = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);

export function parseTranscript(text: string, file: string): Transcript {
  const [preamble = '', ...blocks] = text.split(/^###[^\S\n]*/m);
  const optionsLine = preamble.split('\n').find((line) => line.startsWith('@options '));
  const options = optionsLine ? (JSON.parse(optionsLine.slice('@options '.length)) as SimulatorOptions) : {};
  return { options, exchanges: blocks.map((block, index) => parseExchange(block, `${file} exchange ${index + 1}`)) };
}

function parseExchange(block: string, where: string): Exchange {
  const lines = block.split('\n');
  const title = lines.shift()!.trim();
  const statusAt = lines.findIndex((line) => /^HTTP\/1\.1 \d{3}\b/.test(line));
  if (statusAt === -1) throw new Error(`${where}: no 'HTTP/1.1 <status>' line`);
  const requestLines = dropBlankEdges(lines.slice(0, statusAt));
  const responseLines = dropBlankEdges(lines.slice(statusAt));

  const [method, target, ...extra] = (requestLines.shift() ?? '').split(' ');
  if (!method || !target || extra.length > 0) throw new Error(`${where}: the request line must be 'METHOD TARGET'`);
  const request = headersAndBody(requestLines);
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(responseLines.shift()!)![1]);
  const response = headersAndBody(responseLines);
  return {
    title,
    request: { method, target, headers: request.headers, ...(request.body !== '' && { body: request.body }) },
    response: { status, headers: response.headers, body: response.body },
  };
}

function headersAndBody(lines: string[]): { headers: Record<string, string>; body: string } {
  const blank = lines.findIndex((line) => line.trim() === '');
  const headerLines = blank === -1 ? lines : lines.slice(0, blank);
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return {
    headers,
    body:
      blank === -1
        ? ''
        : lines
            .slice(blank + 1)
            .join('\n')
            .trim(),
  };
}

function dropBlankEdges(lines: string[]): string[] {
  const result = [...lines];
  while (result.length > 0 && (result[0]!.trim() === '' || result[0]!.startsWith('#'))) result.shift();
  while (result.length > 0 && result.at(-1)!.trim() === '') result.pop();
  return result;
}

/** Every way the answer departs from the transcript, one line each; [] when it matches. */
export function compareResponse(expected: Exchange['response'], actual: RawResponse): string[] {
  const problems: string[] = [];
  if (actual.status !== expected.status) problems.push(`status ${actual.status}, expected ${expected.status}`);
  const wanted = new Map(Object.entries(expected.headers).map(([name, value]) => [name.toLowerCase(), value]));
  for (const [name, value] of wanted) {
    const got = actual.headers[name];
    if (got === undefined) problems.push(`header ${name} missing`);
    else if (value !== '*' && got !== value) problems.push(`header ${name}: '${got}', expected '${value}'`);
  }
  for (const name of Object.keys(actual.headers)) {
    if (!wanted.has(name) && !ignoredHeaders.has(name)) problems.push(`header ${name} not expected ('${actual.headers[name]}')`);
  }
  if (expected.body === '') {
    if (actual.text !== '') problems.push(`body '${actual.text}', expected none`);
  } else if (!isDeepStrictEqual(actual.json, JSON.parse(expected.body))) {
    problems.push(`body ${actual.text}, expected ${JSON.stringify(JSON.parse(expected.body))}`);
  }
  return problems;
}
