// The mock's port opens only once Prism answers; close() stops accepting, answers what is in
// flight (bounded by drainMs), then stops Prism.
import { connect, type Socket } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { pickFreePort } from '../../src/mock/free-port.js';
import { startPrismMock } from '../../src/mock/index.js';
import { isProcessRunning } from './process-state.js';

const configPath = '/2021-07-20/functions/my-function/runtime-management-config';

/** One GET: its status, or 'refused' when nothing listens. */
async function probe(url: string): Promise<number | 'refused'> {
  try {
    const response = await fetch(`${url}${configPath}`);
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 'refused';
  }
}

/** A socket that sent a PUT's head and half its body: a request in flight for the front. */
async function halfSentPut(port: number): Promise<{ socket: Socket; finish: () => void; received: () => string; closed: Promise<void> }> {
  const body = '{"UpdateRuntimeOn":"FunctionUpdate"}';
  const socket = connect(port, '127.0.0.1');
  let text = '';
  socket.on('data', (chunk) => (text += chunk.toString('latin1')));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolveClosed) => socket.once('close', () => resolveClosed()));
  await new Promise<void>((resolveConnect) => socket.once('connect', () => resolveConnect()));
  socket.write(`PUT ${configPath} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`);
  return { socket, finish: () => socket.write(body.slice(10)), received: () => text, closed };
}

describe('one mock, from start to stop', () => {
  it('while Prism starts, a client is refused or answered 200 (never a 5xx); close() stops accepting, answers the request in flight, cuts off a stalled one after drainMs, then stops Prism', async () => {
    const port = await pickFreePort('127.0.0.1');
    const url = `http://127.0.0.1:${port}`;
    let started = false;
    const starting = startPrismMock({ port, drainMs: 1_000 }).finally(() => (started = true));
    const seen: Array<number | 'refused'> = [];
    while (!started) {
      seen.push(await probe(url));
      await new Promise((wake) => setTimeout(wake, 25));
    }
    const mock = await starting;
    seen.push(await probe(url));
    expect(seen).toContain('refused'); // Prism takes seconds to start: the port was tried before it opened
    expect(seen.filter((outcome) => outcome !== 'refused' && outcome !== 200)).toEqual([]);
    expect(seen.at(-1)).toBe(200);

    const inFlight = await halfSentPut(port);
    const stalled = await halfSentPut(port);
    await new Promise((wake) => setTimeout(wake, 100)); // both heads have reached the front
    const closing = mock.close();
    await vi.waitFor(async () => expect(await probe(mock.url)).toBe('refused'), { timeout: 2_000, interval: 20 });
    expect(isProcessRunning(mock.prismPid)).toBe(true);
    inFlight.finish();
    await inFlight.closed;
    expect(inFlight.received()).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(inFlight.received()).toMatch(/\r\nconnection: close\r\n/i);
    expect(inFlight.received()).toContain('"UpdateRuntimeOn":"FunctionUpdate"');
    await closing;
    await stalled.closed;
    expect(stalled.received()).toBe('');
    expect(isProcessRunning(mock.prismPid)).toBe(false);
  });
});
