import { randomUUID } from 'node:crypto';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { awsError, awsErrorBody, awsErrorHeaders } from '../validation/index.js';
import { HttpConnection, type ConnectionLimits, type ConnectionOutput } from './http-connection.js';
import type { HttpHandler } from './http-exchange.js';
import { sendInternalError } from './respond.js';
import { responseHead } from './response-head.js';

export interface ListeningServer {
  url: string;
  /**
   * Stops accepting, lets every request already received execute and be answered, closes idle
   * connections at once, and after `drainMs` (default 5 s) drops whatever is still open.
   */
  close(options?: { drainMs?: number }): Promise<void>;
}

export interface ServerLimits extends ConnectionLimits {
  /** Open connections served at once; one more is answered 429 and closed. */
  maxConnections: number;
}

/** node:http's defaults (16 KiB heads, 5 s keep-alive, 60 s head and 300 s request deadlines), and caps node:http leaves open. */
export const defaultServerLimits: Omit<ServerLimits, 'maxBodyBytes'> = {
  maxHeaderBytes: 16 * 1024,
  idleTimeoutMs: 5_000,
  headersTimeoutMs: 60_000,
  requestTimeoutMs: 300_000,
  // Below the common 1,024 open-file limit, so a flood of connections is refused in words, not by the kernel.
  maxConnections: 512,
  maxUnreadAnswerBytes: 64 * 1024,
};

export const defaultDrainMs = 5_000;

/**
 * The simulator's HTTP/1.1 server (http-connection.ts). A handler that throws, or whose promise
 * rejects, answers 500 ServiceException; nothing a client sends can stop the server.
 */
export function listen(handler: HttpHandler, host: string, port: number, limits: ServerLimits): Promise<ListeningServer> {
  const guarded: HttpHandler = (request, reply) => {
    try {
      const pending = handler(request, reply);
      return pending?.catch(() => sendInternalError(reply));
    } catch {
      sendInternalError(reply);
    }
  };
  const connections = new Map<Socket, HttpConnection>();
  let stopping = false;
  // allowHalfOpen: a client may send its request and end its side; the answer still goes out.
  const server = createServer({ allowHalfOpen: true, noDelay: true }, (socket) => {
    if (stopping) return void socket.destroy();
    if (connections.size >= limits.maxConnections) return refuseConnection(socket, limits.maxConnections);
    const connection = new HttpConnection(socketOutput(socket), guarded, limits);
    connections.set(socket, connection);
    socket.setTimeout(limits.idleTimeoutMs, () => connection.timedOut());
    socket.on('data', (data: Buffer) => connection.receive(data));
    socket.on('end', () => connection.receiveEnd());
    socket.on('error', () => socket.destroy());
    socket.once('close', () => {
      connections.delete(socket);
      connection.closed();
    });
  });

  // One sweep for every connection's deadlines, as node:http checks its connections on an interval.
  const sweepMs = Math.min(1_000, Math.max(5, Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) / 4));
  const sweep = setInterval(() => {
    const now = performance.now();
    for (const connection of connections.values()) connection.checkDeadlines(now);
  }, sweepMs);
  sweep.unref();

  const close = async (options?: { drainMs?: number }) => {
    stopping = true;
    const closed = new Promise<void>((resolveClosed) => server.close(() => resolveClosed()));
    for (const connection of connections.values()) connection.stop();
    const drained = new Promise<void>((resolveDrained) => {
      const check = setInterval(() => {
        if (connections.size === 0) {
          clearInterval(check);
          clearTimeout(deadline);
          resolveDrained();
        }
      }, 10);
      const deadline = setTimeout(() => {
        clearInterval(check);
        for (const socket of connections.keys()) socket.destroy();
        resolveDrained();
      }, options?.drainMs ?? defaultDrainMs);
    });
    await drained;
    clearInterval(sweep);
    await closed;
  };

  return new Promise((resolveListening, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const hostInUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolveListening({ url: `http://${hostInUrl}:${address.port}`, close });
    });
  });
}

/**
 * How long a connection the server has ended may linger for the client to read the last answer and
 * close its side. Fixed, not idle-based: a client that keeps writing to a connection the server is done
 * with must not keep its slot (allowHalfOpen would otherwise hold it open for as long as it writes).
 */
const closeLingerMs = 1_000;

function socketOutput(socket: Socket): ConnectionOutput {
  socket.setNoDelay(true);
  return {
    write: (text) => !socket.destroyed && socket.write(text),
    get writableLength() {
      return socket.writableLength;
    },
    end: () => {
      if (socket.destroyed || socket.writableEnded) return;
      socket.end();
      setTimeout(() => socket.destroy(), closeLingerMs).unref();
    },
    destroy: () => void socket.destroy(),
    pause: () => void socket.pause(),
    resume: () => void socket.resume(),
    onceDrained: (listener) => void socket.once('drain', listener),
  };
}

/** Past the connection cap: a 429 the AWS SDK retries (after Retry-After), then the connection closes unread. */
function refuseConnection(socket: Socket, maxConnections: number): void {
  const error = awsError('TooManyRequestsException', `Too many open connections: the simulator serves at most ${maxConnections} at once.`, { retryAfterSeconds: 1 });
  const body = JSON.stringify(awsErrorBody(error));
  const headers = ['content-type', 'application/json', 'x-amzn-RequestId', randomUUID(), ...Object.entries(awsErrorHeaders(error)).flat()];
  socket.on('error', () => socket.destroy());
  socket.on('data', () => undefined); // read and drop, so closing does not reset the answer away
  socket.end(responseHead(error.status, headers, Buffer.byteLength(body), undefined) + body);
  setTimeout(() => socket.destroy(), closeLingerMs).unref(); // fixed: a client writing on does not extend it
}
