import { resolve } from 'node:path';
import { MockStartError, startPrismMock, type RunningMock } from '../../mock/index.js';
import { MissingPeerDependencyError } from '../../peers/index.js';
import { SpecLoadError } from '../../spec/index.js';
import { CliUsageError, type CliCommand, type CliIo } from '../cli-command.js';
import { parseCommandOptions, parsePortOption } from '../parse-options.js';

const help = `Usage: lambda-rmc mock [--port 4010] [--host 127.0.0.1] [--spec FILE]

Serves the spec with Prism: every documented response, request validation on (an invalid request
gets the spec's 400 ValidationException). Runs until SIGINT/SIGTERM (Ctrl-C), then stops Prism.

Options:
  --port PORT   Port to listen on (default 4010; 0 picks a free port)
  --host HOST   Address to bind (default 127.0.0.1)
  --spec FILE   OpenAPI document to serve (default: the bundled lambda-runtime-management spec)

Choose a response with the Prefer header:
  Prefer: code=404                                   the first 404 example
  Prefer: example=Manual                             a 200 example by name
  Prefer: code=400, example=InvalidParameterValueException

Examples:
  lambda-rmc mock
  curl -H 'Prefer: code=429' http://127.0.0.1:4010/2021-07-20/functions/my-function/runtime-management-config
`;

export const mockCommand: CliCommand = {
  help,
  async run(args, io) {
    const { values } = parseCommandOptions('mock', args, {
      port: { type: 'string' },
      host: { type: 'string' },
      spec: { type: 'string' },
    });
    const port = parsePortOption('mock', 'port', values.port, 4010);
    const host = values.host ?? '127.0.0.1';
    if (!/^[\w.:-]+$/.test(host)) throw new CliUsageError(`mock: --host must be a host name or IP address, got '${host}'`);
    const specPath = values.spec === undefined ? undefined : resolve(io.cwd, values.spec);

    // A stop during start-up cancels it: Prism is stopped without waiting for it to answer.
    const cancel = new AbortController();
    void io.stopSignal.then(() => cancel.abort());
    const onOutput = (line: string) => io.stderr(`${line}\n`);
    const started = await startPrismMock({ host, port, ...(specPath && { specPath }), onOutput, signal: cancel.signal }).then(
      (mock) => ({ mock }),
      (error: unknown) => ({ error }),
    );
    if ('error' in started) return reportStartError(started.error, io);
    return serveUntilStopped(started.mock, io);
  },
};

async function serveUntilStopped(mock: RunningMock, io: CliIo): Promise<number> {
  io.stdout(`Mock (Prism) listening on ${mock.url}\n`);
  const outcome = await Promise.race([io.stopSignal.then((signal) => ({ signal })), mock.exited.then((exit) => ({ exit }))]);
  await mock.close();
  if ('exit' in outcome) {
    const how = outcome.exit.signal ?? `code ${outcome.exit.code}`;
    io.stderr(`lambda-rmc mock: Prism exited unexpectedly (${how})\n`);
    return 1;
  }
  io.stdout(`Mock stopped (${outcome.signal})\n`);
  return 0;
}

function reportStartError(error: unknown, io: CliIo): number {
  if (error instanceof SpecLoadError || error instanceof MissingPeerDependencyError) {
    io.stderr(`lambda-rmc mock: ${error.message}\n`);
    return 2;
  }
  if (error instanceof MockStartError && error.failure === 'aborted') return 0;
  if (error instanceof MockStartError) {
    io.stderr(`lambda-rmc mock: ${error.message}\n`);
    return 1;
  }
  throw error;
}
