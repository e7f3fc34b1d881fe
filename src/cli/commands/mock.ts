import { resolve } from 'node:path';
import { MockStartError, startPrismMock, type RunningMock } from '../../mock/index.js';
import type { CliCommand, CliIo } from '../cli-command.js';
import { defineCommand } from '../define-command.js';
import { parseHostOption, parsePortOption } from '../parse-options.js';
import { runWrappedCommand, type WrappedCommand } from '../wrapped-command.js';

const help = `Usage: lambda-rmc mock [--port 4010] [--host 127.0.0.1] [--spec FILE] [-- COMMAND [ARGS...]]

Serves the spec with Prism behind an AWS front: every request is checked by the project's
validator first, and an invalid one gets the error the simulator gives, worded from the request
(status, x-amzn-ErrorType, AWS body); a valid one gets a documented response, chosen with Prefer.
Every answer has a fresh x-amzn-RequestId. The port opens once Prism answers.
SIGINT/SIGTERM (Ctrl-C): stop accepting, answer what is in flight (at most 5 s), stop Prism, exit 0;
a second signal exits at once. Under npm/npx it also stops when the npm process is stopped.

With '-- COMMAND', runs COMMAND against the mock on a free port (unless --port is given) once it
answers, then stops it: COMMAND gets AWS_ENDPOINT_URL_LAMBDA set to the mock, and AWS_REGION,
AWS_DEFAULT_REGION, AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY set to test values where unset.
SIGINT/SIGTERM are passed on to COMMAND; the exit code is COMMAND's.

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
  lambda-rmc mock -- npx vitest run
  curl -H 'Prefer: code=429' http://127.0.0.1:4010/2021-07-20/functions/my-function/runtime-management-config
`;

export const mockCommand: CliCommand = defineCommand(
  { name: 'mock', help, wrapsCommand: true, options: { port: { type: 'string' }, host: { type: 'string' }, spec: { type: 'string' } } },
  async ({ values, wrapped }, io) => {
    const port = parsePortOption('port', values.port, wrapped ? 0 : 4010);
    const host = parseHostOption(values.host);
    const specPath = values.spec === undefined ? undefined : resolve(io.cwd, values.spec);

    // A stop during start-up cancels it: Prism is stopped without waiting for it to answer.
    const cancel = new AbortController();
    void io.stopSignal.then(() => cancel.abort());
    const onOutput = (line: string) => io.stderr(`${line}\n`);
    let mock: RunningMock;
    try {
      mock = await startPrismMock({ host, port, ...(specPath && { specPath }), onOutput, signal: cancel.signal });
    } catch (error) {
      if (error instanceof MockStartError && error.failure === 'aborted') return 0;
      throw error; // main: a bad spec or a missing Prism is bad input (2), Prism failing to start is 1
    }
    if (wrapped) return runAgainstMock(mock, wrapped, io);
    return serveUntilStopped(mock, io);
  },
);

/** `-- COMMAND`: the mock answers already (its port opens only then); its lines go to stderr, COMMAND's output is its own. */
async function runAgainstMock(mock: RunningMock, wrapped: WrappedCommand, io: CliIo): Promise<number> {
  io.stderr(`Mock (Prism) listening on ${mock.url}\n`);
  const exitCode = await runWrappedCommand(wrapped, mock.url, io.stderr);
  await mock.close();
  return exitCode;
}

async function serveUntilStopped(mock: RunningMock, io: CliIo): Promise<number> {
  io.stdout(`Mock (Prism) listening on ${mock.url}\n`);
  const outcome = await Promise.race([io.stopSignal.then((signal) => ({ signal })), mock.exited.then((exit) => ({ exit }))]);
  await mock.close(); // drains the requests in flight first (bounded), then stops Prism
  if ('exit' in outcome) {
    const how = outcome.exit.signal ?? `code ${outcome.exit.code}`;
    io.stderr(`lambda-rmc mock: Prism exited unexpectedly (${how})\n`);
    return 1;
  }
  io.stdout(`Mock stopped (${outcome.signal})\n`);
  return 0;
}
