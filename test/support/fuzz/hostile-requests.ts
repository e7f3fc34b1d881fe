// A seeded generator of bad and odd requests, as a hostile client or a confused proxy sends them:
// request lines, headers, paths and percent-escapes, JSON member types, chunked edge cases,
// pipelines and smuggling shapes. The same seed gives the same cases on every run.
import { seededRandom } from '../../../src/simulator/seeded-random.js';

export type HostileKind = 'request-line' | 'headers' | 'path' | 'json-body' | 'content-type' | 'chunked' | 'pipeline' | 'smuggling';

export interface HostileCase {
  kind: HostileKind;
  /** What the case is, for a failure message. */
  label: string;
  bytes: Buffer;
  /** How many requests the bytes frame when the server reads them as written (a refusal answers fewer). */
  requests: number;
  /** A 5xx the request asked for (Prism's `Prefer: code=5xx`); any other 5xx is a failure. */
  requestedStatus?: number;
}

const apiPath = '/2021-07-20/functions';
const suffix = '/runtime-management-config';

interface Draw {
  random: () => number;
  pick<T>(items: readonly T[]): T;
  int(min: number, max: number): number;
  chance(probability: number): boolean;
}

function drawFrom(seed: number): Draw {
  const random = seededRandom(seed);
  return {
    random,
    pick: (items) => items[Math.floor(random() * items.length)]!,
    int: (min, max) => min + Math.floor(random() * (max - min + 1)),
    chance: (probability) => random() < probability,
  };
}

const functionNames = [
  'my-function',
  'pinned-function',
  'busy-function',
  'image-function',
  'no-such-function',
  'arn:aws:lambda:us-east-1:123456789012:function:my-function',
  'arn:aws:lambda:eu-west-1:123456789012:function:my-function',
  '123456789012:function:my-function',
  'my-function:1',
  'my-function:$LATEST',
  'a'.repeat(64),
  'a'.repeat(65),
  'a'.repeat(300),
  '',
  '.',
  '..',
  '$LATEST',
  'my function',
  'my-function\u0000',
  'función',
  '💥',
];
const escapes = ['%', '%2', '%FF', '%E2%82', '%ED%A0%80', '%00', '%2F', '%2e%2e', '%C0%AF', '%25', '%3A', '%u0041', '%%', '%zz', '%F0%9F%92%A5', '%0d%0a'];
const qualifiers = [
  '',
  '?Qualifier=1',
  '?Qualifier=$LATEST',
  '?Qualifier=%24LATEST',
  '?Qualifier=',
  '?Qualifier=live',
  '?Qualifier=0',
  '?Qualifier=' + 'q'.repeat(200),
  '?Qualifier=1&Qualifier=2',
  '?qualifier=1',
  '?Qualifier=%',
  '?Qualifier=a%20b',
  '?&&=',
  '?Qualifier[]=1',
];
const methods = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'CONNECTX', 'get', 'PUT ', 'FOO'];
const contentTypes = [
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'application/json, text/plain',
  'application/json;',
  'json',
  'text/plain',
  'application/x-amz-json-1.1',
  'multipart/form-data; boundary=x',
  '',
  ';',
  'application/json; charset=latin1',
  '*/*',
];
const bodies = [
  '{"UpdateRuntimeOn":"Auto"}',
  '{"UpdateRuntimeOn":"FunctionUpdate"}',
  '{"UpdateRuntimeOn":"Manual","RuntimeVersionArn":"arn:aws:lambda:us-east-1::runtime:0cdcfbdefbc5e7d3343f73c2e2dd3cba17d61dea0686b404502a0c9ce83931b9"}',
  '{"UpdateRuntimeOn":"Manual"}',
  '{"UpdateRuntimeOn":"Sometimes"}',
  '{"UpdateRuntimeOn":1}',
  '{"UpdateRuntimeOn":null}',
  '{"UpdateRuntimeOn":["Auto"]}',
  '{"UpdateRuntimeOn":{"x":1}}',
  '{"UpdateRuntimeOn":true}',
  '{"UpdateRuntimeOn":"Auto","RuntimeVersionArn":5}',
  '{"UpdateRuntimeOn":"Auto","RuntimeVersionArn":"arn:aws:lambda:us-east-1::runtime:abc"}',
  '{"UpdateRuntimeOn":"Auto","Extra":"ignored"}',
  '{"UpdateRuntimeOn":"Auto","UpdateRuntimeOn":"Manual"}',
  '{"__proto__":{"UpdateRuntimeOn":"Auto"}}',
  '{"constructor":{"prototype":{}}}',
  '[]',
  '[{"UpdateRuntimeOn":"Auto"}]',
  'null',
  '"Auto"',
  '42',
  '{',
  '{"UpdateRuntimeOn":"Auto"',
  '{"UpdateRuntimeOn":"Au\\u0000to"}',
  '\ufeff{"UpdateRuntimeOn":"Auto"}',
  '{"UpdateRuntimeOn":"' + 'A'.repeat(5000) + '"}',
  '['.repeat(100) + ']'.repeat(100),
  '{"a":'.repeat(60) + '1' + '}'.repeat(60),
  '',
  ' ',
  'UpdateRuntimeOn=Auto',
];
const chunkSizeLines = ['-5', '-1', '-2', '+1a', '0x1a', ' 1a', '1a ', '1azz', 'ffffffffffffffffff', '1a;ext=1', '1A', '001a', '', 'zz', '-0', '1a\t'];
const oddHeaders = [
  'X-A',
  'X-A: 1\r\n folded',
  'X-A : 1',
  ': empty-name',
  'X-A: 1\u00002',
  'X-A: \u0007',
  'Host: attacker.example',
  'Host: a\r\nHost: b',
  'Content-Length: abc',
  'Content-Length: -1',
  'Content-Length: 99999999999999999999',
  'Transfer-Encoding: gzip',
  'Transfer-Encoding: chunked, identity',
  'Expect: 100-continue',
  'Expect: 200-ok',
  'Connection: upgrade\r\nUpgrade: websocket',
  'Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261203/us-east-1/lambda/aws4_request, SignedHeaders=host, Signature=00',
  'Authorization: AWS4-HMAC-SHA256 Credential=111122223333/20261203/eu-west-1/lambda/aws4_request, SignedHeaders=host, Signature=00',
  'Authorization: garbage',
  'X-Big: ' + 'b'.repeat(20_000),
  'Prefer: code=500',
  'Prefer: code=999',
  'Prefer: example=nope',
  'Accept: application/xml',
];

function requestText(method: string, target: string, headers: string[], body: string): string {
  const bodyBytes = Buffer.byteLength(body, 'latin1');
  const lengthHeader = method === 'GET' && bodyBytes === 0 ? [] : [`Content-Length: ${bodyBytes}`];
  return `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${[...headers, ...lengthHeader].map((line) => `${line}\r\n`).join('')}\r\n${body}`;
}

/** Percent-encodes the UTF-8 bytes of `text` (a lone surrogate from a cut emoji becomes U+FFFD, as a client would send it). */
function percentEncoded(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) => (/[A-Za-z0-9\-._~:$]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
}

function functionSegment(draw: Draw): string {
  const name = draw.pick(functionNames);
  if (!draw.chance(0.5)) return percentEncoded(name);
  const at = draw.int(0, name.length);
  return `${percentEncoded(name.slice(0, at))}${draw.pick(escapes)}${percentEncoded(name.slice(at))}`;
}

function target(draw: Draw): string {
  const shapes = [
    () => `${apiPath}/${functionSegment(draw)}${suffix}${draw.pick(qualifiers)}`,
    () => `${apiPath}/${functionSegment(draw)}${suffix}/${draw.pick(['', 'x', '..'])}`,
    () => `${apiPath}//${suffix}`,
    () => `/2015-03-31/functions/my-function${suffix}`,
    () => `${apiPath}/my-function/${draw.pick(['runtime-management', 'RUNTIME-MANAGEMENT-CONFIG', 'configuration', '%72untime-management-config'])}`,
    () =>
      draw.pick([
        '/',
        '*',
        '/_simulator/state',
        '/_simulator/reset',
        '/..',
        '/%',
        `${apiPath}/my-function${suffix}#frag`,
        `http://127.0.0.1${apiPath}/my-function${suffix}`,
      ]),
  ];
  return draw.pick(shapes)();
}

const generators: Record<HostileKind, (draw: Draw) => Omit<HostileCase, 'kind'>> = {
  'request-line': (draw) => {
    const method = draw.pick(methods);
    const version = draw.pick(['HTTP/1.1', 'HTTP/1.0', 'HTTP/9.9', 'HTTP/2.0', 'HTTP/0.9', 'HTTP/1.1 extra', 'http/1.1', '', 'HTTP/1.', 'HTTP/11']);
    const spacing = draw.pick([' ', '  ', '\t']);
    const text = `${method}${spacing}${target(draw)}${version === '' ? '' : ` ${version}`}\r\nHost: 127.0.0.1\r\n\r\n`;
    return { label: `request line: ${text.split('\r\n')[0]!.slice(0, 120)}`, bytes: Buffer.from(text, 'latin1'), requests: 1 };
  },
  headers: (draw) => {
    const headers = Array.from({ length: draw.int(1, 3) }, () => draw.pick(oddHeaders));
    const method = draw.pick(['GET', 'PUT']);
    const body = method === 'PUT' ? draw.pick(bodies) : '';
    const text = requestText(method, `${apiPath}/my-function${suffix}`, ['Content-Type: application/json', ...headers], body);
    const prefer = headers.find((line) => /^Prefer: code=5\d\d$/.test(line));
    return {
      label: `headers: ${headers.map((line) => line.slice(0, 60)).join(' | ')}`,
      bytes: Buffer.from(text, 'latin1'),
      requests: 1,
      requestedStatus: prefer ? Number(prefer.slice(-3)) : undefined,
    };
  },
  path: (draw) => {
    const method = draw.pick(['GET', 'PUT']);
    const requestTarget = target(draw);
    const text = requestText(
      method,
      requestTarget,
      method === 'PUT' ? ['Content-Type: application/json'] : [],
      method === 'PUT' ? '{"UpdateRuntimeOn":"Auto"}' : '',
    );
    return { label: `path: ${method} ${requestTarget.slice(0, 160)}`, bytes: Buffer.from(text, 'latin1'), requests: 1 };
  },
  'json-body': (draw) => {
    const body = draw.pick(bodies);
    const requestTarget = `${apiPath}/${draw.pick(['my-function', 'pinned-function', 'image-function', 'busy-function', 'no-such-function'])}${suffix}${draw.pick(['', '?Qualifier=1', '?Qualifier=$LATEST'])}`;
    const text = requestText('PUT', requestTarget, ['Content-Type: application/json'], body);
    return { label: `json body: ${body.slice(0, 100)} to ${requestTarget}`, bytes: Buffer.from(text, 'utf8'), requests: 1 };
  },
  'content-type': (draw) => {
    const contentType = draw.pick(contentTypes);
    const body = draw.pick(['{"UpdateRuntimeOn":"Auto"}', '', '{"UpdateRuntimeOn":"Sometimes"}']);
    const text = requestText('PUT', `${apiPath}/my-function${suffix}`, contentType === '' ? [] : [`Content-Type: ${contentType}`], body);
    return { label: `content type: '${contentType}' with ${body === '' ? 'no body' : body}`, bytes: Buffer.from(text, 'latin1'), requests: 1 };
  },
  chunked: (draw) => {
    const body = '{"UpdateRuntimeOn":"Auto"}';
    const pieces = [`${draw.pick(chunkSizeLines)}\r\n${body}\r\n`];
    if (draw.chance(0.4)) pieces.unshift(`${draw.pick(chunkSizeLines)}\r\n`);
    const last = draw.pick(['0\r\n\r\n', '00\r\n\r\n', '-0\r\n\r\n', '0\r\nX-T: 1\r\n\r\n', '\r\n', 'zz\r\n\r\n', '0\r\n']);
    const text = `PUT ${apiPath}/my-function${suffix} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${pieces.join('')}${last}`;
    return { label: `chunked: ${JSON.stringify(pieces.join('') + last).slice(0, 120)}`, bytes: Buffer.from(text, 'latin1'), requests: 1 };
  },
  pipeline: (draw) => {
    const count = draw.int(2, 6);
    const parts = Array.from({ length: count }, () => {
      const kind = draw.pick(['json-body', 'path', 'content-type', 'headers'] as const);
      return generators[kind](draw);
    });
    return {
      label: `pipeline of ${count}: ${parts.map((part) => part.label.slice(0, 50)).join(' ; ')}`,
      bytes: Buffer.concat(parts.map((part) => part.bytes)),
      requests: count,
      requestedStatus: parts.find((part) => part.requestedStatus !== undefined)?.requestedStatus,
    };
  },
  smuggling: (draw) => {
    const hidden = `GET ${apiPath}/smuggled${suffix} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`;
    const shapes = [
      `PUT ${apiPath}/my-function${suffix} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n${hidden}`,
      `PUT ${apiPath}/my-function${suffix} HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n${hidden.length.toString(16)}\r\n${hidden}\r\n0\r\n\r\n`,
      `PUT ${apiPath}/my-function${suffix} HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: xchunked\r\n\r\n0\r\n\r\n${hidden}`,
      `PUT ${apiPath}/my-function${suffix} HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding : chunked\r\n\r\n0\r\n\r\n${hidden}`,
      `PUT ${apiPath}/my-function${suffix} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nContent-Length: ${hidden.length}\r\n\r\n${hidden}`,
      `PUT ${apiPath}/my-function${suffix} HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n-${draw.int(1, 9)}\r\n${hidden}`,
      `GET ${apiPath}/my-function${suffix} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: ${hidden.length}\r\n\r\n${hidden}`,
      `PUT ${apiPath}/my-function${suffix} HTTP/1.1\nHost: 127.0.0.1\nTransfer-Encoding: chunked\n\n0\n\n${hidden}`,
    ];
    const text = draw.pick(shapes);
    return { label: `smuggling: ${JSON.stringify(text.split('\r\n\r\n')[0]).slice(0, 140)}`, bytes: Buffer.from(text, 'latin1'), requests: 2 };
  },
};

const kinds = Object.keys(generators) as HostileKind[];

/** `count` cases from `seed`, the kinds in turn so a small count still covers each. */
export function hostileRequests(seed: number, count: number): HostileCase[] {
  const draw = drawFrom(seed);
  return Array.from({ length: count }, (_, index) => {
    const kind = kinds[index % kinds.length]!;
    return { kind, ...generators[kind](draw) };
  });
}
