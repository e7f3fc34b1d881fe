import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { awsError } from '../validation/index.js';
import { rawErrorResponse, sendInternalError } from './respond.js';

export interface ListeningServer {
  url: string;
  close(): Promise<void>;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

/**
 * node:http, chosen by measurement (see scripts/bench-mock.ts): the bare node:http server is the
 * ceiling any framework built on it can reach. A handler that throws answers 500 ServiceException;
 * a request node's parser refuses answers an AWS-shaped 400 (413 for oversized headers).
 */
export function listen(handler: Handler, host: string, port: number): Promise<ListeningServer> {
  const server = createServer((request, response) => {
    try {
      handler(request, response)?.catch(() => sendInternalError(response));
    } catch {
      sendInternalError(response);
    }
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') return void socket.destroy();
    const answer =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? awsError('RequestEntityTooLargeException', 'The request headers are too large.')
        : awsError('SerializationException', 'The request is not valid HTTP/1.1.');
    socket.end(rawErrorResponse(answer));
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
            server.closeAllConnections();
          }),
      });
    });
  });
}
