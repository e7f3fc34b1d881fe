// The front against a stand-in for Prism: what it does when Prism's side of the connection misbehaves.
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { errorTypeByBodyFromSpec } from '../../src/mock/error-type-by-body.js';
import { startMockFront, type MockFront } from '../../src/mock/mock-front.js';
import { loadSpecFile, specPath } from '../../src/spec/index.js';
import { exchange, sendRaw } from '../support/raw-http.js';

const configPath = '/2021-07-20/functions/my-function/runtime-management-config';
const errorTypes = errorTypeByBodyFromSpec(loadSpecFile(specPath));
const answer = JSON.stringify({ FunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:my-function', RuntimeVersionArn: null, UpdateRuntimeOn: 'Auto' });

let upstream: Server | undefined;
let front: MockFront | undefined;
afterEach(async () => {
  await front?.close(0);
  if (upstream) await new Promise<void>((resolveClose) => upstream!.close(() => resolveClose()));
  upstream?.closeAllConnections();
  upstream = front = undefined;
});

/** A stand-in for Prism; `onRequest` decides per request and per connection what happens. */
async function startUpstream(onRequest: (requestNumber: number, socket: Socket, respond: () => void) => void): Promise<number> {
  const requestsPerSocket = new WeakMap<Socket, number>();
  upstream = createServer({ keepAliveTimeout: 60_000 }, (request, response) => {
    const socket = request.socket;
    const count = (requestsPerSocket.get(socket) ?? 0) + 1;
    requestsPerSocket.set(socket, count);
    request.resume();
    onRequest(count, socket, () => response.writeHead(200, { 'content-type': 'application/json', 'x-amzn-RequestId': 'fixed' }).end(answer));
  });
  await new Promise<void>((resolveListen) => upstream!.listen(0, '127.0.0.1', resolveListen));
  return (upstream.address() as AddressInfo).port;
}

async function startFront(upstreamPort: number): Promise<string> {
  front = await startMockFront({ host: '127.0.0.1', port: 0, upstream: { host: '127.0.0.1', port: upstreamPort }, errorTypes, maxBodyBytes: 1024 });
  return `http://127.0.0.1:${front.port}`;
}

describe('the front, when Prism misbehaves', () => {
  it('a kept-alive connection Prism drops as it is reused is retried once on a new one', async () => {
    // The second request on any connection finds it reset, as when Prism's keep-alive timeout fires just then.
    const url = await startFront(await startUpstream((requestNumber, socket, respond) => (requestNumber === 1 ? respond() : socket.destroy())));
    const first = await sendRaw(url, { method: 'GET', target: configPath });
    const second = await sendRaw(url, { method: 'GET', target: configPath });
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.headers['x-amzn-requestid']).not.toBe('fixed');
  });

  it('Prism resetting a fresh connection: an AWS-shaped 500 that names the reason', async () => {
    const url = await startFront(await startUpstream((_requestNumber, socket) => socket.destroy()));
    const response = await sendRaw(url, { method: 'GET', target: configPath });
    expect([response.status, response.headers['x-amzn-errortype']]).toEqual([500, 'ServiceException']);
    expect(response.json).toEqual({ Type: 'Service', Message: 'lambda-rmc mock: Prism did not answer (ECONNRESET)' });
  });

  it('a request cut off before its body ends is never forwarded to Prism', async () => {
    let asked = 0;
    const url = await startFront(
      await startUpstream((_requestNumber, _socket, respond) => {
        asked += 1;
        respond();
      }),
    );
    const port = Number(new URL(url).port);
    const left = exchange(`http://127.0.0.1:${port}`, [`PUT ${configPath} HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"UpdateRuntimeOn":`]);
    await new Promise((wake) => setTimeout(wake, 50));
    await front!.close(0); // cuts the half-sent request off
    expect(await left).toBe('');
    expect(asked).toBe(0);
  });
});
