import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { serveConnection, type ConnectionLimits } from './http-connection.js';
import type { HttpHandler } from './http-exchange.js';
import { sendInternalError } from './respond.js';

export interface ListeningServer {
  url: string;
  close(): Promise<void>;
}

/** Node's own defaults: 16 KiB of headers, 5 s before an idle keep-alive connection closes. */
export const defaultConnectionLimits: Omit<ConnectionLimits, 'maxBodyBytes'> = { maxHeaderBytes: 16 * 1024, idleTimeoutMs: 5000 };

/**
 * The simulator's HTTP/1.1 server (http-connection.ts). A handler that throws, or whose promise
 * rejects, answers 500 ServiceException; nothing a client sends can stop the server.
 */
export function listen(handler: HttpHandler, host: string, port: number, maxBodyBytes: number): Promise<ListeningServer> {
  const guarded: HttpHandler = (request, reply) => {
    try {
      handler(request, reply)?.catch(() => sendInternalError(reply));
    } catch {
      sendInternalError(reply);
    }
  };
  const limits: ConnectionLimits = { ...defaultConnectionLimits, maxBodyBytes };
  const sockets = new Set<Socket>();
  // allowHalfOpen: a client may send its request and end its side; the answer still goes out.
  const server = createServer({ allowHalfOpen: true, noDelay: true }, (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    serveConnection(socket, guarded, limits);
  });

  return new Promise((resolveListening, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const hostInUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolveListening({
        url: `http://${hostInUrl}:${address.port}`,
        close: () =>
          new Promise<void>((resolveClose) => {
            server.close(() => resolveClose());
            for (const socket of sockets) socket.destroy();
          }),
      });
    });
  });
}
