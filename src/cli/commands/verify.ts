import { readInputText } from '../../spec/index.js';
import { relative, resolve } from 'node:path';
// The verify modules, not the contracts index: that one loads Pact, which verify must not need.
import { PactFileError, pactFilesIn, readPactFile, type PactFile } from '../../contracts/pact-file.js';
import { formatVerify, isVerifyFormat, verifyFormats } from '../../contracts/verify-format.js';
import { verifyPacts, withInteractionLines } from '../../contracts/verify-pacts.js';
import { verifyFails } from '../../contracts/verify-report.js';
import { CliUsageError, type CliCommand, type CliIo } from '../cli-command.js';
import { parseCommandOptions } from '../parse-options.js';

export const defaultPactDirectory = 'pacts';

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

export const verifyCommand: CliCommand = {
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandOptions('verify', args, { format: { type: 'string' }, 'fail-on': { type: 'string' } }, true);
    const format = values.format ?? 'text';
    if (!isVerifyFormat(format)) throw new CliUsageError(`verify: --format must be one of ${verifyFormats.join(', ')}, got '${format}'`);
    const failOn = values['fail-on'] ?? 'ERR';
    if (failOn !== 'ERR' && failOn !== 'WARN') throw new CliUsageError(`verify: --fail-on must be ERR or WARN, got '${failOn}'`);

    let pacts: PactFile[];
    try {
      pacts = readPacts(positionals, io);
    } catch (error) {
      if (!(error instanceof PactFileError)) throw error;
      io.stderr(`lambda-rmc verify: ${shown(io, error.file)}: ${error.problem}${positionals.length === 0 ? defaultHint : ''}\n`);
      return 2;
    }

    const report = withInteractionLines(verifyPacts(pacts), (file) => {
      const text = readInputText(resolve(io.cwd, file));
      return typeof text === 'string' ? text : undefined;
    });
    const colour = format === 'text' && io.isTty && !process.env['NO_COLOR'];
    io.stdout(formatVerify(report, format, failOn, { colour }));
    return verifyFails(report, failOn) ? 1 : 0;
  },
};

const defaultHint = ` (${defaultPactDirectory}/ is the default; name the pact files or directories to verify, e.g. lambda-rmc verify contracts/)`;

function readPacts(positionals: string[], io: CliIo): PactFile[] {
  const paths = (positionals.length > 0 ? positionals : [defaultPactDirectory]).map((path) => resolve(io.cwd, path));
  return pactFilesIn(paths).map((file) => {
    const pact = readPactFile(file);
    const name = shown(io, file);
    return { ...pact, file: name, interactions: pact.interactions.map((interaction) => ({ ...interaction, file: name })) };
  });
}

/** Paths as the user would write them: relative to the working directory when inside it. */
function shown(io: CliIo, file: string): string {
  const path = relative(io.cwd, file);
  return path === '' || path.startsWith('..') ? file : path;
}
