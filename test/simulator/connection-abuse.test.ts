// Regressions from a hostile-client sweep (connection front end): each test was a defect found by
// attacking `lambda-rmc simulate`, kept so it stays fixed. Small configured limits.
import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '../../src/simulator/index.js';

const path = '/2021-07-20/functions/my-function/runtime-management-config';
const statuses = (text: string) => text.match(/HTTP\/1\.1 \d{3}/g) ?? [];
const pause = (ms: number) => new Promise((resolvePause) => setTimeout(resolvePause, ms));

async function withSimulator(options: SimulatorOptions, run: (port: number) => Promise<void>): Promise<void> {
  const simulator: RunningSimulator = await startSimulator(options);
  try {
    await run(Number(new URL(simulator.url).port));
  } finally {
    await simulator.close({ drainMs: 100 });
  }
}

interface Peer {
  socket: Socket;
  text: () => string;
  isClosed: () => boolean;
}

/** A client that, like a hostile one, never half-closes by itself (allowHalfOpen) and keeps its socket. */
function hostilePeer(port: number): Promise<Peer> {
  return new Promise((resolvePeer) => {
    const socket = connect({ port, host: '127.0.0.1', allowHalfOpen: true });
    let received = '';
    let closed = false;
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    socket.on('close', () => (closed = true));
    socket.on('error', () => undefined);
    socket.on('connect', () => resolvePeer({ socket, text: () => received, isClosed: () => closed }));
  });
}

/** Writes one byte every `everyMs` until the socket closes or `stop` is called. */
function trickle(peer: Peer, everyMs: number): () => void {
  const timer = setInterval(() => {
    if (!peer.isClosed()) peer.socket.write('X');
  }, everyMs);
  return () => clearInterval(timer);
}

async function freshGet(port: number): Promise<string> {
  const peer = await hostilePeer(port);
  peer.socket.end(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
  for (let waited = 0; waited < 2_000 && !peer.isClosed(); waited += 20) await pause(20);
  peer.socket.destroy();
  return statuses(peer.text())[0] ?? '(no answer)';
}

describe('a refused connection cannot keep its slot under the connection cap', () => {
  // http-connection.ts refuse()/abandonBody() end the socket with output.end() (allowHalfOpen: the read side
  // stays open), then receive() drops whatever arrives; each byte resets the idle timeout, so a client that
  // keeps writing holds a counted connection for ever. node:http destroys the socket after a 400/408.
  it.each([
    ['a 400 (llhttp refusal)', `GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n`, {}],
    ['a 413 (declared body over maxBodyBytes)', `PUT ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 99999999\r\n\r\n`, {}],
    ['a 408 (head deadline)', `GET ${path} HTTP/1.1\r\nHost: x\r\n`, { headersTimeoutMs: 200 }],
  ])('after %s, a client writing a byte every 100 ms is disconnected and another client is served', async (_name, bytes, deadlines) => {
    await withSimulator({ connections: { maxConnections: 1, idleTimeoutMs: 500, ...deadlines } }, async (port) => {
      const holder = await hostilePeer(port);
      holder.socket.write(bytes);
      const stop = trickle(holder, 100);
      try {
        await pause(1_500);
        expect(statuses(holder.text())).toHaveLength(1);
        expect(holder.isClosed()).toBe(true);
        expect(await freshGet(port)).toBe('HTTP/1.1 200');
      } finally {
        stop();
        holder.socket.destroy();
      }
    });
  });

  // server.ts refuseConnection(): socket.setTimeout(1_000, destroy) is an idle timeout, reset by every byte;
  // refused sockets are not counted, so a client writing to them keeps any number of file descriptors open.
  it('a connection refused 429 at the cap is closed within about a second even while the client keeps writing', async () => {
    await withSimulator({ connections: { maxConnections: 1 } }, async (port) => {
      const holder = await hostilePeer(port);
      holder.socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n`); // holds the one slot (head deadline 60 s)
      const refused = await hostilePeer(port);
      const stop = trickle(refused, 100);
      try {
        await pause(2_500);
        expect(statuses(refused.text())).toEqual(['HTTP/1.1 429']);
        expect(refused.isClosed()).toBe(true);
      } finally {
        stop();
        refused.socket.destroy();
        holder.socket.destroy();
      }
    });
  });
});

describe('interim answers keep the pipeline order', () => {
  // http-connection.ts onHead() writes '100 Continue' straight to the socket, ahead of answers still in line;
  // node:http holds a pipelined request's 100 Continue until the answers before it are written.
  it('a pipelined Put with Expect: 100-continue behind a delayed Get: 200, then 100, then 200 (as node:http)', async () => {
    await withSimulator({ latency: { ms: 200 } }, async (port) => {
      const body = JSON.stringify({ UpdateRuntimeOn: 'FunctionUpdate' });
      const peer = await hostilePeer(port);
      peer.socket.write(
        `GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n` +
          `PUT ${path} HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
      );
      for (let waited = 0; waited < 3_000 && !peer.isClosed(); waited += 20) await pause(20);
      peer.socket.destroy();
      expect(statuses(peer.text())).toEqual(['HTTP/1.1 200', 'HTTP/1.1 100', 'HTTP/1.1 200']);
    });
  });
});

describe('the simulator’s own back-pressure does not count against the client’s deadlines', () => {
  // http-connection.ts execute() pauses reading while requests wait in the queue (latency), but
  // checkDeadlines() keeps timing the request whose head was cut by that pause: a client that sent its
  // whole head 50 ms in gets 408 RequestTimeoutException. node:http, same deadlines and delay, answers 4 × 200.
  it('three pipelined Gets under 400 ms latency, then a fourth whose head ends 50 ms later: four 200s, no 408', async () => {
    await withSimulator({ latency: { ms: 400 }, connections: { headersTimeoutMs: 500 } }, async (port) => {
      const get = `GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`;
      const peer = await hostilePeer(port);
      peer.socket.write(get + get + get + `GET ${path} HTTP/1.1\r\n`);
      await pause(50);
      peer.socket.write('Host: x\r\nConnection: close\r\n\r\n');
      for (let waited = 0; waited < 4_000 && !peer.isClosed(); waited += 20) await pause(20);
      peer.socket.destroy();
      expect(statuses(peer.text())).toEqual(['HTTP/1.1 200', 'HTTP/1.1 200', 'HTTP/1.1 200', 'HTTP/1.1 200']);
    });
  });
});

describe('a request cut short by a quiet client is answered 408 at its deadline, as node:http answers it', () => {
  // server.ts socket.setTimeout(idleTimeoutMs) → HttpConnection.timedOut() destroys a connection whose request
  // is half received after 5 s of quiet, with no answer; node:http applies keepAliveTimeout only between
  // requests and answers 408 at requestTimeout (checked: node 20, requestTimeout 7 s → 408 after 7.0 s).
  it('a Put whose body stops half way: 408 RequestTimeoutException at requestTimeoutMs, not a silent close at idleTimeoutMs', async () => {
    await withSimulator({ connections: { idleTimeoutMs: 300, headersTimeoutMs: 900, requestTimeoutMs: 1_000 } }, async (port) => {
      const peer = await hostilePeer(port);
      peer.socket.write(`PUT ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 36\r\n\r\n{"UpdateRuntime`);
      for (let waited = 0; waited < 2_500 && !peer.isClosed() && peer.text() === ''; waited += 20) await pause(20);
      peer.socket.destroy();
      expect(statuses(peer.text())).toEqual(['HTTP/1.1 408']);
    });
  });
});
