import { createServer } from 'node:net';

/** A port that was free a moment ago: listen on 0, read the port, close. For a child process to bind. */
export function pickFreePort(host: string): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** Resolves when `port` can be bound on `host` right now (it is bound and released at once); rejects with the listen error. */
export function checkPortFree(host: string, port: number): Promise<void> {
  return new Promise((resolveFree, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, host, () => server.close(() => resolveFree()));
  });
}
