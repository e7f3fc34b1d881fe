import { readInputText } from '../../spec/read-input-file.js';
import { resolve } from 'node:path';
// The coverage entry point loads no Pact package, which verify must not need (test/coverage/entry-points.test.ts).
import { formatVerify, pactFilesIn, readPactFile, verifyFails, verifyPacts, type PactFile } from '../../coverage/index.js';
import { verifyFormatRegistry } from '../../coverage/formatters/verify-format.js';
import { withInteractionLines } from '../../coverage/verify-pacts.js';
import { UnknownFormatError } from '../../reports/index.js';
import { CliUsageError, wantsColour, type CliCommand, type CliIo } from '../cli-command.js';
import { namingInputFiles, shownPath } from '../input-file-names.js';
import { defaultPactDirectory, pactPaths } from '../pact-paths.js';
import { defineCommand } from '../define-command.js';

const help = `Usage: lambda-rmc verify [PATH...] [--format text|markdown|json|githubactions] [--fail-on ERR|WARN]

Proves every HTTP interaction in a consumer's pacts (Pact specification 2, 3 or 4) is one Lambda
allows: the request is one the spec documents (path, method, FunctionName after percent-decoding,
query, body), and the expected response is one Lambda could give to that request. A request Lambda
refuses must expect that refusal (status, error name, member casing, AWS's wording where the pact
pins it); a request Lambda executes may expect a documented 200 whose FunctionArn fits the request,
or a documented error of the operation. Regex matchers must admit the recorded example; one that
admits values the spec refuses is a WARN.

PATHs are pact files or directories of them (default: ${defaultPactDirectory}/).

Options:
  --format FORMAT  text (default), markdown (a PR comment), json, githubactions (annotations)
  --fail-on LEVEL  ERR (default): exit 1 when an interaction fails; WARN: also on a warning

Exit codes: 0 every interaction verifies, 1 one fails, 2 bad arguments or an unreadable pact file.

Examples:
  lambda-rmc verify
  lambda-rmc verify pacts/ --format githubactions
  lambda-rmc verify contracts/ --format markdown >> "$GITHUB_STEP_SUMMARY"
`;

export const verifyCommand: CliCommand = defineCommand(
  { name: 'verify', help, positionals: true, options: { format: { type: 'string' }, 'fail-on': { type: 'string' } } },
  async ({ values, positionals }, io) => {
    const format = verifyFormatRegistry.parse(values.format ?? 'text');
    if (format instanceof UnknownFormatError) throw new CliUsageError(format.message);
    const failOn = values['fail-on'] ?? 'ERR';
    if (failOn !== 'ERR' && failOn !== 'WARN') throw new CliUsageError(`--fail-on must be ERR or WARN, got '${failOn}'`);

    const pacts = namingInputFiles(
      () => readPacts(positionals, io),
      (error) => shownPath(io.cwd, error.file),
      positionals.length === 0 ? defaultHint : '',
    );

    const report = withInteractionLines(verifyPacts(pacts), (file) => {
      const text = readInputText(resolve(io.cwd, file));
      return text.ok ? text.value : undefined;
    });
    io.stdout(formatVerify(report, format, failOn, { colour: wantsColour(format, io) }));
    return verifyFails(report, failOn) ? 1 : 0;
  },
);

const defaultHint = ` (${defaultPactDirectory}/ is the default; name the pact files or directories to verify, e.g. lambda-rmc verify contracts/)`;

function readPacts(positionals: string[], io: CliIo): PactFile[] {
  return pactFilesIn(pactPaths(positionals, io.cwd)).map((file) => {
    const pact = readPactFile(file);
    const name = shownPath(io.cwd, file);
    return { ...pact, file: name, interactions: pact.interactions.map((interaction) => ({ ...interaction, file: name })) };
  });
}
