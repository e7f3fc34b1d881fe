import { randomUUID } from 'node:crypto';
import { awsError, awsErrorBody, awsErrorHeaders, type AwsError } from '../validation/index.js';
import { errorTypeHeader, type ErrorTypeByBody } from './error-type-by-body.js';

/** Headers about one hop's connection: each side of the front manages its own. */
const hopByHopHeaders = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer']);
/** Replaced on every answer: Prism can only send the header's one example. */
const requestIdHeader = 'x-amzn-RequestId';

/** An answer as the front sends it: `headers` is a flat [name, value, …] list. */
export interface FrontAnswer {
  status: number;
  headers: string[];
  body: string | Buffer;
}

/** What Prism answered, read in full. */
export interface PrismAnswer {
  status: number;
  rawHeaders: readonly string[];
  body: Buffer;
}

/** An AWS error as the simulator sends it: status, AWS body, `x-amzn-ErrorType`, a fresh request id. */
export function awsErrorAnswer(error: AwsError): FrontAnswer {
  const headers = ['content-type', 'application/json', requestIdHeader, randomUUID(), ...Object.entries(awsErrorHeaders(error)).flat()];
  return { status: error.status, headers, body: JSON.stringify(awsErrorBody(error)) };
}

/**
 * Prism's answer as the client gets it: a fresh `x-amzn-RequestId`; `x-amzn-ErrorType` naming the
 * error the body is (Prism sends the header's single example); and Prism's own problem+json
 * errors — a `Prefer` naming no documented example or code — turned into an AWS-shaped
 * ValidationException that quotes Prism, so every error answer has the shape AWS's have.
 */
export function translatePrismAnswer(answer: PrismAnswer, errorTypes: ErrorTypeByBody, prefer: string | undefined): FrontAnswer {
  const contentType = headerOf(answer.rawHeaders, 'content-type') ?? '';
  if (/^application\/problem\+json\b/i.test(contentType)) return awsErrorAnswer(prismProblemError(answer, prefer));

  const headers: string[] = [];
  for (let index = 0; index + 1 < answer.rawHeaders.length; index += 2) {
    const name = answer.rawHeaders[index]!;
    const lower = name.toLowerCase();
    if (hopByHopHeaders.has(lower) || lower === requestIdHeader.toLowerCase() || lower === 'content-length' || lower === 'date') continue;
    headers.push(name, answer.rawHeaders[index + 1]!);
  }
  headers.push(requestIdHeader, randomUUID());
  if (errorTypes.statuses.has(answer.status)) {
    const errorType = errorTypes.errorTypeOf(answer.status, parseJson(answer.body));
    if (errorType !== undefined) setHeader(headers, errorTypeHeader, errorType);
  }
  return { status: answer.status, headers, body: answer.body };
}

/** Prism's own failure: a 4xx is the caller's `Prefer` asking for what the spec does not document; a 5xx is Prism's. */
function prismProblemError(answer: PrismAnswer, prefer: string | undefined): AwsError {
  const problem = parseJson(answer.body) as { title?: unknown; detail?: unknown } | undefined;
  const said = [problem?.title, problem?.detail]
    .filter((part) => typeof part === 'string' && part !== '')
    .join(': ')
    .replace(/\s+/g, ' ');
  if (answer.status >= 500) return awsError('ServiceException', `lambda-rmc mock: Prism failed (${answer.status}): ${said}`);
  const asked = prefer === undefined ? '' : ` (Prefer: ${prefer})`;
  return awsError('ValidationException', `lambda-rmc mock cannot answer as asked${asked}: ${said}`);
}

function headerOf(raw: readonly string[], name: string): string | undefined {
  for (let index = 0; index + 1 < raw.length; index += 2) if (raw[index]!.toLowerCase() === name) return raw[index + 1];
  return undefined;
}

/** Sets `name` in place when present (keeping the first spelling), else appends it. */
function setHeader(headers: string[], name: string, value: string): void {
  const index = headers.findIndex((entry, position) => position % 2 === 0 && entry.toLowerCase() === name.toLowerCase());
  if (index === -1) headers.push(name, value);
  else headers[index + 1] = value;
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}
