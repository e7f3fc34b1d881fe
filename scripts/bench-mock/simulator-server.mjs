// The simulator alone, through its in-process API (startSimulator) from the compiled dist/, without
// the CLI dispatcher (which loads every command's modules). Usage: node [--expose-gc] simulator-server.mjs PORT
// With --expose-gc it prints `heap-used <bytes>` after a full collection every second, so a soak can
// tell a leak (live heap growing) from the allocator keeping pages (RSS growing, live heap flat).
import { startSimulator } from '../../dist/simulator/index.js';

const simulator = await startSimulator({ port: Number(process.argv[2]), host: '127.0.0.1' });
process.once('SIGTERM', () => void simulator.close());
if (typeof globalThis.gc === 'function') {
  setInterval(() => {
    globalThis.gc();
    process.stdout.write(`heap-used ${process.memoryUsage().heapUsed}\n`);
  }, 1000).unref();
}
