// What reaches the socket below HTTP's happy path: malformed requests, oversized headers and bodies,
// clients that vanish. Each gets an AWS-shaped answer (or none, when the client is gone) and the
// server keeps serving.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { exchange as exchangeWith, sendRaw } from '../support/raw-http.js';

let simulator: RunningSimulator;
let port: number;
beforeAll(async () => {
  simulator = await startSimulator({ maxBodyBytes: 1024 });
  port = Number(new URL(simulator.url).port);
});
afterAll(() => simulator.close());

/** Raw bytes to this file's simulator (test/support/raw-http.ts); the text it answered, once it closed. */
const exchange = (chunks: Array<string | Buffer>, options: { endAfterWrite?: boolean } = {}) => exchangeWith(simulator.url, chunks, options);

const stillServing = async () =>
  (await sendRaw(simulator.url, { method: 'GET', target: '/2021-07-20/functions/my-function/runtime-management-config' })).status;

describe('below the happy path', () => {
  it.each([
    ['a malformed request line', { given: ['NOT HTTP AT ALL\r\n\r\n'], want: { status: '400', errorType: 'SerializationException' } }],
    [
      'a space inside the target',
      {
        given: ['GET /2021-07-20/functions/a b/runtime-management-config HTTP/1.1\r\nHost: x\r\n\r\n'],
        want: { status: '400', errorType: 'SerializationException' },
      },
    ],
    [
      'headers over 16 KB',
      { given: [`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`], want: { status: '413', errorType: 'RequestEntityTooLargeException' } },
    ],
    [
      'a bad content-length',
      { given: ['PUT / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n'], want: { status: '400', errorType: 'SerializationException' } },
    ],
    [
      'two different content-lengths',
      {
        given: ['PUT / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}'],
        want: { status: '400', errorType: 'SerializationException' },
      },
    ],
    [
      'both content-length and chunked',
      {
        given: ['PUT / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n'],
        want: { status: '400', errorType: 'SerializationException' },
      },
    ],
    [
      'a transfer-encoding other than chunked',
      { given: ['PUT / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n'], want: { status: '400', errorType: 'SerializationException' } },
    ],
    [
      'a header line without a colon',
      { given: ['GET / HTTP/1.1\r\nHost: x\r\nNoColonHere\r\n\r\n'], want: { status: '400', errorType: 'SerializationException' } },
    ],
    [
      'a folded header line',
      { given: ['GET / HTTP/1.1\r\nHost: x\r\nX-A: one\r\n two\r\n\r\n'], want: { status: '400', errorType: 'SerializationException' } },
    ],
    [
      'a control character in a header value',
      { given: ['GET / HTTP/1.1\r\nHost: x\r\nX-A: o\x01ne\r\n\r\n'], want: { status: '400', errorType: 'SerializationException' } },
    ],
    ['a method HTTP does not know', { given: ['BREW / HTTP/1.1\r\nHost: x\r\n\r\n'], want: { status: '400', errorType: 'SerializationException' } }],
  ])('%s: an AWS-shaped answer, then the connection closes', async (_name, { given, want }) => {
    const text = await exchange(given);
    expect(text).toMatch(new RegExp(`^HTTP/1\\.1 ${want.status} `));
    expect(text).toMatch(new RegExp(`\\r\\nx-amzn-ErrorType: ${want.errorType}\\r\\n`));
    expect(text).toMatch(/\r\nx-amzn-RequestId: [0-9a-f-]{36}\r\n/);
    expect(text).toMatch(/\r\ncontent-type: application\/json\r\n/);
    expect(JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4))).toEqual({ message: expect.any(String), ...(want.status === '413' && { Type: 'User' }) });
    expect(await stillServing()).toBe(200);
  });

  it('a chunked body past the limit: 413 without reading the rest, connection closed', async () => {
    const head =
      'PUT /2021-07-20/functions/my-function/runtime-management-config HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n';
    const chunk = `800\r\n${'x'.repeat(0x800)}\r\n`;
    const text = await exchange([head, chunk, chunk]);
    expect(text).toMatch(/^HTTP\/1\.1 413 /);
    expect(text).toMatch(/\r\nconnection: close\r\n/i);
    expect(await stillServing()).toBe(200);
  });

  it('a declared content-length past the limit: 413 before any body is sent', async () => {
    const text = await exchange([
      'PUT /2021-07-20/functions/my-function/runtime-management-config HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 999999\r\n\r\n',
    ]);
    expect(text).toMatch(/^HTTP\/1\.1 413 /);
    expect(text).toContain('Request must be smaller than 1024 bytes for the PutRuntimeManagementConfig operation');
  });

  it('a client that leaves mid-body changes nothing and breaks nothing', async () => {
    const before = simulator.state.snapshot();
    await exchange(
      [
        'PUT /2021-07-20/functions/my-function/runtime-management-config HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"UpdateRuntimeOn":',
      ],
      { endAfterWrite: true },
    );
    expect(simulator.state.snapshot()).toEqual(before);
    expect(await stillServing()).toBe(200);
  });

  it('HEAD gets the status and headers of an unknown operation, without a body', async () => {
    const response = await sendRaw(simulator.url, { method: 'HEAD', target: '/2021-07-20/functions/my-function/runtime-management-config' });
    expect([response.status, response.headers['x-amzn-errortype'], response.text]).toEqual([404, 'UnknownOperationException', '']);
  });

  it('raw UTF-8 in the path is refused as node:http refuses it, never folded into a valid name', async () => {
    // 0xEE with its high bit cleared would be 'n': `my-functio\xEE` must not reach my-function. llhttp refuses the byte in the request line.
    const head = Buffer.concat([
      Buffer.from('GET /2021-07-20/functions/my-functio'),
      Buffer.from([0xee]),
      Buffer.from('/runtime-management-config HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
    ]);
    const text = await exchange([head]);
    expect(text).toMatch(/^HTTP\/1\.1 400 /);
    expect(text).toMatch(/\r\nx-amzn-ErrorType: SerializationException\r\n/);
    expect(text).toContain('Invalid char in url path');
  });

  it('answers pipelined requests in the order they came, each seeing the state the one before left', async () => {
    const put = (mode: string) => {
      const body = JSON.stringify({ UpdateRuntimeOn: mode });
      return `PUT /2021-07-20/functions/my-function/runtime-management-config?Qualifier=1 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    };
    const get = 'GET /2021-07-20/functions/my-function/runtime-management-config?Qualifier=1 HTTP/1.1\r\nHost: x\r\n';
    const text = await exchange([put('FunctionUpdate') + `${get}\r\n` + put('Auto') + `${get}Connection: close\r\n\r\n`]);
    expect(text.match(/"UpdateRuntimeOn":"\w+"/g)).toEqual([
      '"UpdateRuntimeOn":"FunctionUpdate"',
      '"UpdateRuntimeOn":"FunctionUpdate"',
      '"UpdateRuntimeOn":"Auto"',
      '"UpdateRuntimeOn":"Auto"',
    ]);
    simulator.reset();
  });

  it('sends 100 Continue to a client that waits for it, then reads the body', async () => {
    const body = '{"UpdateRuntimeOn":"Auto"}';
    const text = await new Promise<string>((resolveText, reject) => {
      const socket = connect(port, '127.0.0.1');
      let received = '';
      socket.on('error', reject);
      socket.on('data', (chunk) => {
        received += chunk.toString('latin1');
        if (received === 'HTTP/1.1 100 Continue\r\n\r\n') socket.write(body);
      });
      socket.on('close', () => resolveText(received));
      socket.write(
        `PUT /2021-07-20/functions/my-function/runtime-management-config HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`,
      );
    });
    expect(text).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 OK\r\n/);
  });

  it.each([
    ['HTTP/1.0 without keep-alive', { given: 'GET /2021-07-20/functions/my-function/runtime-management-config HTTP/1.0\r\n\r\n', endAfterWrite: false }],
    [
      'a client that ends its side after the request',
      { given: 'GET /2021-07-20/functions/my-function/runtime-management-config HTTP/1.1\r\nHost: x\r\n\r\n', endAfterWrite: true },
    ],
  ])('%s: one answer, then the server closes the connection', async (_name, { given, endAfterWrite }) => {
    const text = await exchange([given], { endAfterWrite });
    expect(text.match(/HTTP\/1\.1 200 OK/g)).toHaveLength(1);
    if (!endAfterWrite) expect(text).toMatch(/\r\nconnection: close\r\n/);
  });

  it('keeps a connection alive across requests, the way the AWS SDK uses it', async () => {
    const get = 'GET /2021-07-20/functions/my-function/runtime-management-config HTTP/1.1\r\nHost: x\r\n\r\n';
    const text = await exchange([get, get, 'GET /2021-07-20/functions/my-function/runtime-management-config HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n']);
    expect(text.match(/HTTP\/1\.1 200 OK/g)).toHaveLength(3);
  });
});

describe('pipelining under added latency', () => {
  it('ignores whatever is pipelined after a request that asked to close: answered never, executed never', async () => {
    const slow = await startSimulator({ latency: { ms: 10 } });
    try {
      const before = slow.state.snapshot();
      const body = '{"UpdateRuntimeOn":"FunctionUpdate"}'; // the fixture's version 1 is on Auto
      const text = await new Promise<string>((resolveText, reject) => {
        const socket = connect(Number(new URL(slow.url).port), '127.0.0.1');
        let received = '';
        socket.on('error', reject);
        socket.on('data', (chunk) => (received += chunk.toString('latin1')));
        socket.on('close', () => resolveText(received));
        socket.write(
          'GET /2021-07-20/functions/my-function/runtime-management-config HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' +
            `PUT /2021-07-20/functions/my-function/runtime-management-config?Qualifier=1 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
        );
      });
      expect(text.match(/HTTP\/1\.1 \d{3}/g)).toEqual(['HTTP/1.1 200']);
      expect(slow.state.snapshot()).toEqual(before);
    } finally {
      await slow.close();
    }
  });

  it('answers stay in request order although each waits a different time', async () => {
    const slow = await startSimulator({ latency: { ms: 20, jitterMs: 15 } });
    try {
      const socket = connect(Number(new URL(slow.url).port), '127.0.0.1');
      const text = await new Promise<string>((resolveText, reject) => {
        let received = '';
        socket.on('error', reject);
        socket.on('data', (chunk) => (received += chunk.toString('latin1')));
        socket.on('close', () => resolveText(received));
        const names = ['my-function', 'no-such-function', 'my-function?Qualifier=1', 'no-such-function', 'my-function'];
        const requests = names.map((name, index) => {
          const [functionName, query] = name.split('?');
          const close = index === names.length - 1 ? 'Connection: close\r\n' : '';
          return `GET /2021-07-20/functions/${functionName}/runtime-management-config${query ? `?${query}` : ''} HTTP/1.1\r\nHost: x\r\n${close}\r\n`;
        });
        socket.write(requests.join(''));
      });
      expect(text.match(/HTTP\/1\.1 \d{3}/g)).toEqual(['HTTP/1.1 200', 'HTTP/1.1 404', 'HTTP/1.1 200', 'HTTP/1.1 404', 'HTTP/1.1 200']);
    } finally {
      await slow.close();
    }
  });
});
