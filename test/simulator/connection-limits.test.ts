// Deadlines, caps and bounds of the simulator's HTTP front end, each shown with small configured
// values: what node:http bounds (head and request deadlines, idle keep-alive), what it leaves open
// (connections, answers a client never reads), and header bytes counted per request, never per read.
import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { HttpConnection, type ConnectionLimits, type ConnectionOutput } from '../../src/simulator/http-connection.js';
import { defaultServerLimits } from '../../src/simulator/server.js';
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '../../src/simulator/index.js';
import { startSimulatorWith } from '../../src/simulator/start-simulator.js';

const path = '/2021-07-20/functions/my-function/runtime-management-config';
const getRequest = (extra = '') => `GET ${path} HTTP/1.1\r\nHost: x\r\n${extra}\r\n`;
const putRequest = (mode: string, qualifier = '1', extra = '') => {
  const body = JSON.stringify({ UpdateRuntimeOn: mode });
  return `PUT ${path}?Qualifier=${qualifier} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n${extra}\r\n${body}`;
};

async function withSimulator<T>(options: SimulatorOptions, run: (simulator: RunningSimulator, port: number) => Promise<T>): Promise<T> {
  const simulator = await startSimulator(options);
  try {
    return await run(simulator, Number(new URL(simulator.url).port));
  } finally {
    await simulator.close({ drainMs: 100 });
  }
}

interface Conversation {
  socket: Socket;
  /** Everything received so far. */
  text: () => string;
  closed: Promise<string>;
}

function open(port: number): Promise<Conversation> {
  return new Promise((resolveOpen, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    const closed = new Promise<string>((resolveClosed) => socket.on('close', () => resolveClosed(received)));
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? undefined : reject(error)));
    socket.on('connect', () => resolveOpen({ socket, text: () => received, closed }));
  });
}

const statuses = (text: string) => text.match(/HTTP\/1\.1 \d{3}/g) ?? [];
const pause = (ms: number) => new Promise((resolvePause) => setTimeout(resolvePause, ms));

describe('header bytes are counted per request', () => {
  it('a keep-alive Put with a 40 KiB body, then a Get on the same connection: two answers, no 413', async () => {
    await withSimulator({}, async (_simulator, port) => {
      const body = JSON.stringify({ UpdateRuntimeOn: 'Auto', Padding: 'p'.repeat(40_000) });
      const conversation = await open(port);
      conversation.socket.write(
        `PUT ${path}?Qualifier=1 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
      );
      conversation.socket.write(getRequest('Connection: close\r\n'));
      expect(statuses(await conversation.closed)).toEqual(['HTTP/1.1 200', 'HTTP/1.1 200']);
    });
  });

  it('two hundred small requests pipelined in one write: two hundred answers, no stray 413', async () => {
    await withSimulator({}, async (_simulator, port) => {
      const conversation = await open(port);
      conversation.socket.write(getRequest().repeat(199) + getRequest('Connection: close\r\n'));
      const answers = statuses(await conversation.closed);
      expect(answers).toHaveLength(200);
      expect(new Set(answers)).toEqual(new Set(['HTTP/1.1 200']));
    });
  });

  it('a head over the limit is still refused, 413 RequestEntityTooLargeException', async () => {
    await withSimulator({}, async (_simulator, port) => {
      const conversation = await open(port);
      conversation.socket.write(getRequest(`X-Big: ${'b'.repeat(17_000)}\r\n`));
      const text = await conversation.closed;
      expect(statuses(text)).toEqual(['HTTP/1.1 413']);
      expect(text).toContain('x-amzn-ErrorType: RequestEntityTooLargeException');
    });
  });
});

describe('deadlines', () => {
  it('a client trickling its head past headersTimeoutMs gets 408 RequestTimeoutException and the connection closes', async () => {
    await withSimulator({ connections: { headersTimeoutMs: 150, idleTimeoutMs: 10_000 } }, async (_simulator, port) => {
      const conversation = await open(port);
      const head = getRequest();
      let sent = 0;
      const trickle = setInterval(() => {
        if (!conversation.socket.destroyed && sent < head.length - 2) conversation.socket.write(head[sent++]!);
      }, 20);
      const text = await conversation.closed;
      clearInterval(trickle);
      expect(statuses(text)).toEqual(['HTTP/1.1 408']);
      expect(text).toContain('x-amzn-ErrorType: RequestTimeoutException');
      expect(text).toContain('The request headers were not received in time.');
      expect(sent).toBeLessThan(head.length - 2); // cut off before the head was complete
    });
  });

  it('a body trickled past requestTimeoutMs gets 408, and the half-sent Put changes nothing', async () => {
    await withSimulator({ connections: { requestTimeoutMs: 200, idleTimeoutMs: 10_000 } }, async (simulator, port) => {
      const before = simulator.state.snapshot();
      const request = putRequest('FunctionUpdate');
      const bodyStart = request.indexOf('\r\n\r\n') + 4;
      const conversation = await open(port);
      conversation.socket.write(request.slice(0, bodyStart));
      let sent = bodyStart;
      const trickle = setInterval(() => {
        if (!conversation.socket.destroyed && sent < request.length - 1) conversation.socket.write(request[sent++]!);
      }, 20);
      const text = await conversation.closed;
      clearInterval(trickle);
      expect(statuses(text)).toEqual(['HTTP/1.1 408']);
      expect(text).toContain('The request was not received in time.');
      expect(simulator.state.snapshot()).toEqual(before);
    });
  });

  it('an idle keep-alive connection closes after idleTimeoutMs', async () => {
    await withSimulator({ connections: { idleTimeoutMs: 100 } }, async (_simulator, port) => {
      const conversation = await open(port);
      conversation.socket.write(getRequest());
      const text = await conversation.closed;
      expect(statuses(text)).toEqual(['HTTP/1.1 200']);
      expect(text).toContain('keep-alive: timeout=0');
    });
  });

  it('input cut short, then the client ends its side: 400 SerializationException, not silence', async () => {
    await withSimulator({}, async (_simulator, port) => {
      const conversation = await open(port);
      conversation.socket.end(`GET ${path} HT`);
      const text = await conversation.closed;
      expect(statuses(text)).toEqual(['HTTP/1.1 400']);
      expect(text).toContain('x-amzn-ErrorType: SerializationException');
    });
  });
});

describe('the connection cap', () => {
  it('one connection past maxConnections is answered 429 with Retry-After and closed; others keep being served', async () => {
    await withSimulator({ connections: { maxConnections: 2 } }, async (_simulator, port) => {
      const first = await open(port);
      const second = await open(port);
      await pause(20);
      const third = await open(port);
      third.socket.write(getRequest());
      const refused = await third.closed;
      expect(statuses(refused)).toEqual(['HTTP/1.1 429']);
      expect(refused).toContain('x-amzn-ErrorType: TooManyRequestsException');
      expect(refused).toContain('Retry-After: 1');
      expect(refused).toContain('the simulator serves at most 2 at once');

      first.socket.write(getRequest('Connection: close\r\n'));
      expect(statuses(await first.closed)).toEqual(['HTTP/1.1 200']);
      await pause(20);
      const fourth = await open(port);
      fourth.socket.write(getRequest('Connection: close\r\n'));
      expect(statuses(await fourth.closed)).toEqual(['HTTP/1.1 200']);
      second.socket.destroy();
    });
  });
});

describe('a client that does not read its answers', () => {
  const limits: ConnectionLimits = { ...defaultServerLimits, maxBodyBytes: 65_536, maxUnreadAnswerBytes: 16_384 };

  it('makes the server buffer at most maxUnreadAnswerBytes and one answer; reading resumes everything in order', () => {
    let unread = 0;
    let drained: (() => void) | undefined;
    let paused = false;
    const output: ConnectionOutput = {
      write: (text) => ((unread += text.length), unread < 16_384),
      get writableLength() {
        return unread;
      },
      end: () => undefined,
      destroy: () => undefined,
      pause: () => void (paused = true),
      resume: () => void (paused = false),
      onceDrained: (listener) => void (drained = listener),
    };
    const executed: number[] = [];
    const answer = 'x'.repeat(1_000);
    const connection = new HttpConnection(
      output,
      (request, reply) => {
        executed.push(Number(request.target.slice(1)));
        reply.send(200, [], answer);
      },
      limits,
    );
    connection.receive(Buffer.from(Array.from({ length: 500 }, (_, index) => `GET /${index} HTTP/1.1\r\n\r\n`).join('')));

    expect(executed.length).toBeLessThan(30);
    expect(unread).toBeLessThanOrEqual(16_384 + 1_200);
    expect(paused).toBe(true);

    // The client reads everything: the rest executes, in order, and reading resumes.
    while (drained) {
      const next = drained;
      drained = undefined;
      unread = 0;
      next();
    }
    expect(executed).toEqual(Array.from({ length: 500 }, (_, index) => index));
    expect(paused).toBe(false);
  });

  it('over a real socket, a client that pipelines 20,000 requests and reads nothing leaves the server serving others', async () => {
    await withSimulator({}, async (_simulator, port) => {
      const flood = await open(port);
      flood.socket.pause();
      flood.socket.write(getRequest().repeat(20_000));
      await pause(300);
      const other = await open(port);
      other.socket.write(getRequest('Connection: close\r\n'));
      expect(statuses(await other.closed)).toEqual(['HTTP/1.1 200']);
      flood.socket.destroy();
    });
  });
});

describe('pipelined requests execute in order', () => {
  it('a Get pipelined behind a slower Put sees the Put, whatever the latency draws', async () => {
    // Jitter draws alternate: each Put waits 35 ms, each Get 5 ms. Executed as they finish waiting, every Get would overtake its Put.
    let draw = 0;
    const simulator = await startSimulatorWith({ latency: { ms: 20, jitterMs: 15 } }, { random: () => (draw++ % 2 === 0 ? 0.999 : 0) });
    try {
      const conversation = await open(Number(new URL(simulator.url).port));
      const modes = ['FunctionUpdate', 'Auto', 'FunctionUpdate', 'Auto'];
      const get = `GET ${path}?Qualifier=1 HTTP/1.1\r\nHost: x\r\n`;
      conversation.socket.write(
        modes.map((mode, index) => putRequest(mode) + get + (index === modes.length - 1 ? 'Connection: close\r\n' : '') + '\r\n').join(''),
      );
      const text = await conversation.closed;
      expect(text.match(/"UpdateRuntimeOn":"\w+"/g)).toEqual(modes.flatMap((mode) => [`"UpdateRuntimeOn":"${mode}"`, `"UpdateRuntimeOn":"${mode}"`]));
    } finally {
      await simulator.close();
    }
  });
});

describe('Retry-After', () => {
  it('stays whole seconds, at most a day, from an extreme --rate', async () => {
    await withSimulator({ throttle: { ratePerSecond: 1e-21, burst: 1 } }, async (_simulator, port) => {
      const conversation = await open(port);
      conversation.socket.write(getRequest() + getRequest('Connection: close\r\n'));
      const text = await conversation.closed;
      expect(statuses(text)).toEqual(['HTTP/1.1 200', 'HTTP/1.1 429']);
      expect(text).toContain('Retry-After: 86400\r\n');
    });
  });
});

describe('graceful close', () => {
  it('answers a request in flight (latency included), refuses new connections, then resolves', async () => {
    const simulator = await startSimulator({ latency: { ms: 300 } });
    const port = Number(new URL(simulator.url).port);
    const conversation = await open(port);
    conversation.socket.write(putRequest('FunctionUpdate'));
    await pause(50);
    const closing = simulator.close();
    const text = await conversation.closed;
    expect(statuses(text)).toEqual(['HTTP/1.1 200']);
    expect(text).toContain('connection: close');
    await closing;
    await expect(open(port)).rejects.toThrow(/ECONNREFUSED/);
  });

  it('closes idle keep-alive connections at once', async () => {
    const simulator = await startSimulator({});
    const conversation = await open(Number(new URL(simulator.url).port));
    conversation.socket.write(getRequest());
    await pause(50);
    const started = performance.now();
    await simulator.close();
    expect(statuses(await conversation.closed)).toEqual(['HTTP/1.1 200']);
    expect(performance.now() - started).toBeLessThan(1_000); // the 5 s drain bound is not waited out
  });

  it('drops what is still waiting after drainMs', async () => {
    const simulator = await startSimulator({ latency: { ms: 20_000 } });
    const conversation = await open(Number(new URL(simulator.url).port));
    conversation.socket.write(getRequest());
    await pause(50);
    await simulator.close({ drainMs: 100 });
    expect(statuses(await conversation.closed)).toEqual([]);
  });
});
