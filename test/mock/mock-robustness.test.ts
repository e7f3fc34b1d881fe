// What a hostile or confused client can send the mock: nothing makes it exit, nothing gets a 5xx
// it did not ask for with Prefer, and every error answer is AWS-shaped (status, x-amzn-ErrorType,
// JSON body with a message, a fresh x-amzn-RequestId).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPrismMock, type RunningMock } from '../../src/mock/index.js';
import { exchange, parseRawAnswer, sendRaw, type RawResponse } from '../support/raw-http.js';

const configPath = '/2021-07-20/functions/my-function/runtime-management-config';
let mock: RunningMock;
let prismExited = false;
beforeAll(async () => {
  mock = await startPrismMock({ port: 0, maxBodyBytes: 1024 });
  void mock.exited.then(() => (prismExited = true));
});
afterAll(() => mock?.close());

function expectAwsError(answer: { status: number; headers: Record<string, string>; json: unknown }, want: { status: number; errorType: string }) {
  expect({ status: answer.status, errorType: answer.headers['x-amzn-errortype'] }).toEqual(want);
  expect(answer.headers['content-type']).toBe('application/json');
  expect(answer.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
  const body = answer.json as Record<string, unknown>;
  expect(typeof (body['message'] ?? body['Message'])).toBe('string');
}

const stillServing = async () => (await sendRaw(mock.url, { method: 'GET', target: configPath })).status;

describe('bytes that are not a request node:http can read', () => {
  it.each([
    ['a malformed request line', { given: ['NOT HTTP AT ALL\r\n\r\n'], want: { status: 400, errorType: 'SerializationException' } }],
    [
      'a space inside the target',
      {
        given: ['GET /2021-07-20/functions/a b/runtime-management-config HTTP/1.1\r\nHost: x\r\n\r\n'],
        want: { status: 400, errorType: 'SerializationException' },
      },
    ],
    [
      'headers over 16 KB',
      { given: [`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`], want: { status: 413, errorType: 'RequestEntityTooLargeException' } },
    ],
    [
      'a bad content-length',
      { given: ['PUT / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n'], want: { status: 400, errorType: 'SerializationException' } },
    ],
    [
      'two different content-lengths',
      { given: ['PUT / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}'], want: { status: 400, errorType: 'SerializationException' } },
    ],
    [
      'both content-length and chunked',
      {
        given: ['PUT / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n'],
        want: { status: 400, errorType: 'SerializationException' },
      },
    ],
    [
      'a header line without a colon',
      { given: ['GET / HTTP/1.1\r\nHost: x\r\nNoColonHere\r\n\r\n'], want: { status: 400, errorType: 'SerializationException' } },
    ],
    [
      'a control character in a header value',
      { given: ['GET / HTTP/1.1\r\nHost: x\r\nX-A: o\x01ne\r\n\r\n'], want: { status: 400, errorType: 'SerializationException' } },
    ],
    ['a method HTTP does not know', { given: ['BREW / HTTP/1.1\r\nHost: x\r\n\r\n'], want: { status: 400, errorType: 'SerializationException' } }],
    [
      'a negative chunk size',
      {
        given: [`PUT ${configPath} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n-5\r\nx`],
        want: { status: 400, errorType: 'SerializationException' },
      },
    ],
  ])('%s: an AWS-shaped answer, then the connection closes', async (_name, { given, want }) => {
    const text = await exchange(mock.url, given);
    expectAwsError(parseRawAnswer(text), want);
    expect(await stillServing()).toBe(200);
  });

  it.each([
    [
      'an Expect other than 100-continue is ignored',
      { given: `GET ${configPath} HTTP/1.1\r\nHost: x\r\nExpect: fancy\r\nConnection: close\r\n\r\n`, want: { status: 200, errorType: undefined } },
    ],
    [
      'an upgrade is answered like any request',
      { given: `GET ${configPath} HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n`, want: { status: 200, errorType: undefined } },
    ],
    [
      'CONNECT is an unknown operation',
      { given: 'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n', want: { status: 404, errorType: 'UnknownOperationException' } },
    ],
  ])('%s, then the connection closes (as in the simulator; node alone would answer a bare 417, hang, or drop it)', async (_name, { given, want }) => {
    const answer = parseRawAnswer(await exchange(mock.url, [given]));
    expect({ status: answer.status, errorType: answer.headers['x-amzn-errortype'] }).toEqual(want);
    expect(answer.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
  });

  // node's parser refuses the raw byte in the target (the simulator's parser reads it as latin1 and its validator refuses it).
  it('raw UTF-8 in the path is refused, never folded into a valid name', async () => {
    const head = Buffer.concat([
      Buffer.from('GET /2021-07-20/functions/my-functio'),
      Buffer.from([0xee]),
      Buffer.from('/runtime-management-config HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
    ]);
    expectAwsError(parseRawAnswer(await exchange(mock.url, [head])), { status: 400, errorType: 'SerializationException' });
  });
});

describe('bodies past the limit', () => {
  it('a declared content-length past the limit: 413 before any body is sent, connection closed', async () => {
    const text = await exchange(mock.url, [`PUT ${configPath} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 999999\r\n\r\n`]);
    const answer = parseRawAnswer(text);
    expectAwsError(answer, { status: 413, errorType: 'RequestEntityTooLargeException' });
    expect(answer.json).toEqual({ Type: 'User', message: 'Request must be smaller than 1024 bytes for the PutRuntimeManagementConfig operation' });
    expect(answer.headers['connection']).toBe('close');
  });

  it('a chunked body past the limit: 413 without reading the rest', async () => {
    const head = `PUT ${configPath} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`;
    const chunk = `800\r\n${'x'.repeat(0x800)}\r\n`;
    expectAwsError(parseRawAnswer(await exchange(mock.url, [head, chunk, chunk])), { status: 413, errorType: 'RequestEntityTooLargeException' });
    expect(await stillServing()).toBe(200);
  });
});

describe('Prefer values Prism cannot honour', () => {
  it.each([
    ['an example the spec does not have', { given: 'example=Nope', want: { status: 400, errorType: 'ValidationException' } }],
    ['a code the spec does not have', { given: 'code=418', want: { status: 400, errorType: 'ValidationException' } }],
    ['a code that is no number', { given: 'code=abc', want: { status: 400, errorType: 'ValidationException' } }],
  ])('%s: an AWS-shaped 400 quoting Prism', async (_name, { given, want }) => {
    const answer = await sendRaw(mock.url, { method: 'GET', target: configPath, headers: { prefer: given } });
    expectAwsError(answer, want);
    expect((answer.json as { message: string }).message).toMatch(new RegExp(`^lambda-rmc mock cannot answer as asked \\(Prefer: ${given}\\): `));
  });

  it('a 5xx only when asked for', async () => {
    const asked = await sendRaw(mock.url, { method: 'GET', target: configPath, headers: { prefer: 'code=500' } });
    expectAwsError(asked, { status: 500, errorType: 'ServiceException' });
  });
});

describe('a burst of odd requests', () => {
  const targets = ['%', '%2', '%FF', '%E2%82', '%ED%A0%80', '%00', '%%', '..', '.', '%2e%2e', 'a%2Fb', '\u00e9'.normalize(), '%F0%9F%98%80', 'x'.repeat(300)];
  const contentTypes = [
    undefined,
    'application/json, text/plain',
    'application/json;',
    'json',
    '',
    ';',
    'application/json; charset=latin1',
    'multipart/form-data; boundary=x',
  ];
  const bodies = ['', '{', '{"UpdateRuntimeOn":"Auto"}', 'null', '{"UpdateRuntimeOn":null}', '{"UpdateRuntimeOn":"Manual","RuntimeVersionArn":7}'];

  it('no 5xx, every error AWS-shaped, request ids all different, Prism still running', async () => {
    const answers: RawResponse[] = [];
    for (const target of targets) {
      for (const method of ['GET', 'PUT', 'POST', 'HEAD']) {
        answers.push(await sendRaw(mock.url, { method, target: `/2021-07-20/functions/${encodeURI(target).replace(/%25/g, '%')}/runtime-management-config` }));
      }
    }
    for (const contentType of contentTypes) {
      for (const body of bodies) {
        answers.push(
          await sendRaw(mock.url, { method: 'PUT', target: configPath, headers: contentType === undefined ? {} : { 'content-type': contentType }, body }),
        );
      }
    }
    for (const answer of answers) {
      expect(answer.status).toBeLessThan(500);
      expect(answer.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
      if (answer.status >= 400) {
        expect(answer.headers['x-amzn-errortype']).toMatch(/^[A-Za-z]+Exception$/);
        if (answer.text !== '')
          expect(typeof ((answer.json as { message?: unknown }).message ?? (answer.json as { Message?: unknown }).Message)).toBe('string');
      }
    }
    expect(new Set(answers.map((answer) => answer.headers['x-amzn-requestid'])).size).toBe(answers.length);
    expect(prismExited).toBe(false);
    expect(await stillServing()).toBe(200);
  });
});
