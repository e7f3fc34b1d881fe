// The simulator frames HTTP exactly as node:http does: for every byte stream of the corpus, split at
// every offset and at seeded random offsets, the same requests are executed (method, target, body),
// the same streams are refused (with llhttp's reason), and the request after each case is framed the
// same. The reference is a real node:http server fed the whole stream once.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpConnection, type ConnectionLimits, type ConnectionOutput } from '../../src/simulator/http-connection.js';
import { defaultServerLimits } from '../../src/simulator/server.js';
import type { HttpHandler } from '../../src/simulator/http-exchange.js';
import { seededRandom } from '../../src/simulator/seeded-random.js';
import { deliberateDifferences, framingCorpus } from './support/framing-corpus.js';

interface Decision {
  executed: string[];
  /** llhttp's reason when the stream was refused; undefined when it was not. */
  refused: string | undefined;
}

const limits: ConnectionLimits = { ...defaultServerLimits, maxBodyBytes: 65_536 };

const describeRequest = (method: string, target: string, body: Buffer) => `${method} ${target} ${body.toString('latin1')}`;

// node:http's own answer to a refused stream carries no reason; llhttp's error reaches clientError.
let reference: Server;
const referenceRecords = new Map<number, Decision>();
/** The server's side of each reference connection, by the client's port, and when it closed. */
const serverSockets = new Map<number, { socket: Socket; closed: Promise<void> }>();
beforeAll(async () => {
  // requireHostHeader off: a missing Host is a policy node:http adds above framing, and the simulator does not.
  reference = createServer({ requireHostHeader: false, maxHeaderSize: limits.maxHeaderBytes }, (request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      referenceRecords.get(request.socket.remotePort!)?.executed.push(describeRequest(request.method!, request.url!, Buffer.concat(chunks)));
      response.end();
    });
  });
  reference.on('connection', (socket: Socket) => {
    serverSockets.set(socket.remotePort!, { socket, closed: new Promise((resolveClosed) => socket.once('close', () => resolveClosed())) });
  });
  reference.on('clientError', (error: NodeJS.ErrnoException & { reason?: string }, socket: Socket) => {
    const record = referenceRecords.get(socket.remotePort!);
    // Bytes after a last request (Connection: close) are never framed as a request; the simulator ignores them unread.
    if (record && error.code !== 'HPE_CLOSED_CONNECTION' && record.refused === undefined)
      record.refused = error.code === 'HPE_HEADER_OVERFLOW' ? 'headers too large' : error.reason;
    socket.destroy();
  });
  await new Promise<void>((resolveListening) => reference.listen(0, '127.0.0.1', resolveListening));
});
afterAll(() => new Promise<void>((resolveClosed) => reference.close(() => resolveClosed())));

/**
 * node:http's decision on the whole stream, then on the client ending its side: once the server has read
 * every byte (or dropped the connection), the client ends, and the decision is final when the server's
 * socket closes. No timing guesses, so a loaded machine gives the same answer.
 */
function referenceDecision(bytes: Buffer): Promise<Decision> {
  return new Promise((resolveDecision, reject) => {
    const client = connect((reference.address() as AddressInfo).port, '127.0.0.1');
    const decision: Decision = { executed: [], refused: undefined };
    client.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? undefined : reject(error)));
    client.on('data', () => undefined);
    client.on('connect', () => {
      const clientPort = client.localPort!; // undefined once the server has dropped the connection
      referenceRecords.set(clientPort, decision);
      client.write(bytes);
      const waitForServer = () => {
        const side = serverSockets.get(clientPort);
        if (side === undefined) return void setTimeout(waitForServer, 5);
        const server = side.socket;
        void side.closed.then(() => {
          client.destroy();
          resolveDecision(decision);
        });
        const readAll = () => {
          if (server.destroyed) return;
          if (server.bytesRead < bytes.length) return void setTimeout(readAll, 5);
          setImmediate(() => client.end()); // the request 'end' events of what was read come first
        };
        readAll();
      };
      waitForServer();
    });
  });
}

/** The simulator's decision on the same bytes delivered in `pieces`. */
function simulatorDecision(pieces: Buffer[]): Decision {
  const executed: string[] = [];
  let written = '';
  const output: ConnectionOutput = {
    write: (text) => ((written += text), true),
    writableLength: 0,
    end: () => undefined,
    destroy: () => undefined,
    pause: () => undefined,
    resume: () => undefined,
    onceDrained: () => undefined,
  };
  const handler: HttpHandler = (request, reply) => {
    executed.push(describeRequest(request.method, request.target, request.body === 'too-large' ? Buffer.alloc(0) : request.body));
    reply.send(200, [], '');
  };
  const connection = new HttpConnection(output, handler, limits);
  for (const piece of pieces) connection.receive(piece);
  connection.receiveEnd(); // the reference client closes its side once node:http has gone quiet
  return { executed, refused: refusalIn(written) };
}

/** llhttp's reason, read back from the AWS error the simulator answered a refused stream with. */
function refusalIn(written: string): string | undefined {
  const refusal = /x-amzn-ErrorType: (\w+)\r\n[\s\S]*?\r\n\r\n(\{.*?\})(?:HTTP\/1\.1|$)/.exec(written);
  if (!refusal) return undefined;
  if (refusal[1] === 'RequestEntityTooLargeException') return 'headers too large';
  const { message } = JSON.parse(refusal[2]!) as { message: string };
  return message.replace(/^The request is not valid HTTP\/1\.1: (.*)\.$/, '$1');
}

/** Splits at one offset, and at a few seeded random sets of offsets. */
function splits(bytes: Buffer, random: () => number): Buffer[][] {
  const result: Buffer[][] = [[bytes]];
  const step = Math.max(1, Math.floor(bytes.length / 400)); // every offset for the small cases; a stride for the 16 KiB ones
  for (let offset = 1; offset < bytes.length; offset += step) result.push([bytes.subarray(0, offset), bytes.subarray(offset)]);
  for (let round = 0; round < 8; round += 1) {
    const cuts = Array.from({ length: 1 + Math.floor(random() * 6) }, () => Math.floor(random() * bytes.length)).sort((a, b) => a - b);
    const pieces: Buffer[] = [];
    let start = 0;
    for (const cut of [...cuts, bytes.length]) {
      pieces.push(bytes.subarray(start, cut));
      start = cut;
    }
    result.push(pieces);
  }
  return result;
}

describe('HTTP framing, differential against node:http', () => {
  let references: Decision[];
  beforeAll(async () => {
    references = await Promise.all(framingCorpus.map(([, text]) => referenceDecision(Buffer.from(text, 'latin1'))));
  });

  it.each(framingCorpus.map(([name, text], index) => [name, text, index] as const))('%s', (name, text, index) => {
    const bytes = Buffer.from(text, 'latin1');
    const node = references[index]!;
    const difference = deliberateDifferences[name];
    // A deliberate difference: node:http executes the request; the simulator refuses it, and nothing after it.
    const want: Decision = difference ? { executed: [], refused: difference.refusal } : node;
    if (difference) expect(node.executed.length, `node:http executes '${name}'`).toBeGreaterThan(0);
    const random = seededRandom(index + 1);
    for (const pieces of splits(bytes, random)) {
      const ours = simulatorDecision(pieces);
      expect(ours, `split at ${pieces.map((piece) => piece.length).join('+')} bytes`).toEqual(want);
    }
  });

  it('covers refusals and acceptances alike', () => {
    const refusedByNode = references.filter((decision) => decision.refused !== undefined).length;
    expect(refusedByNode).toBeGreaterThan(25);
    expect(references.length - refusedByNode).toBeGreaterThan(25);
  });
});
