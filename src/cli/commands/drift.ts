import { isAbsolute, relative, resolve } from 'node:path';
import { AwsModelError, checkDrift, driftFormats, formatDriftReport, type DriftFormat, type DriftReport } from '../../drift/index.js';
import { SpecLoadError, specPath, oneLine } from '../../spec/index.js';
import { CliUsageError, type CliCommand, type CliIo } from '../cli-command.js';
import { parseCommandOptions } from '../parse-options.js';

const help = `Usage: lambda-rmc drift --model <file> [--spec <file>] [--format text|markdown|json|githubactions]

Compares AWS's published service model with the spec, field by field, for PutRuntimeManagementConfig
and GetRuntimeManagementConfig: members and where they travel (path, query, header, body), required,
types, min/max, patterns (against x-aws-pattern), enums, each operation's errors, each error's HTTP
status and member names (with their casing), and response headers bound to members (Retry-After).

The model is botocore's service-2.json (plain or gzipped, as pip installs it) or the Smithy JSON AST
AWS publishes for its SDKs (e.g. aws-sdk-js-v3 codegen/sdk-codegen/aws-models/lambda.json).

Options:
  --model FILE    The AWS model (required)
  --spec FILE     The spec to check (default: the project's spec)
  --format FORMAT text (default), markdown (a job summary), json, githubactions (annotations)

Exit status: 0 the spec agrees with the model, 1 drift, 2 bad input (missing or unreadable file,
not a model of AWS Lambda, a field of the wrong kind).

Examples:
  lambda-rmc drift --model spec/aws-model/lambda-runtime-management.botocore.json
  lambda-rmc drift --model "$(python3 -c 'import botocore,os;print(os.path.dirname(botocore.__file__))')/data/lambda/2015-03-31/service-2.json.gz"
  lambda-rmc drift --model lambda.json --format markdown >> "$GITHUB_STEP_SUMMARY"
`;

function parseFormat(value: string | undefined): DriftFormat {
  if (value === undefined) return 'text';
  if ((driftFormats as readonly string[]).includes(value)) return value as DriftFormat;
  throw new CliUsageError(`drift: --format must be one of ${driftFormats.join(', ')}, got '${value}'`);
}

/** A path as the user wrote it, or (for the default spec) relative to the working directory, so annotations land on the right file. */
function specLabel(given: string | undefined, cwd: string): { file: string; label: string } {
  if (given !== undefined) return { file: resolve(cwd, given), label: given };
  const fromCwd = relative(cwd, specPath);
  return { file: specPath, label: fromCwd.startsWith('..') || isAbsolute(fromCwd) ? specPath : fromCwd };
}

function badInput(io: CliIo, message: string): number {
  io.stderr(`lambda-rmc drift: ${oneLine(message)}\n`);
  return 2;
}

export const driftCommand: CliCommand = {
  help,
  async run(args, io) {
    const { values } = parseCommandOptions('drift', args, { model: { type: 'string' }, spec: { type: 'string' }, format: { type: 'string' } });
    const format = parseFormat(values.format);
    if (values.model === undefined) throw new CliUsageError('drift: --model <file> is required (see: lambda-rmc drift --help)');
    const spec = specLabel(values.spec, io.cwd);
    let report: DriftReport;
    try {
      report = checkDrift({ modelFile: resolve(io.cwd, values.model), specFile: spec.file });
    } catch (error) {
      if (error instanceof AwsModelError) return badInput(io, `${values.model}: ${error.problem}`);
      if (error instanceof SpecLoadError) return badInput(io, `${spec.label}: ${error.problem}`);
      // Exit 1 means drift; a failure nobody foresaw must not read as one.
      return badInput(io, `${values.model}: cannot be compared: ${error instanceof Error ? error.message : String(error)}`);
    }
    report = { ...report, model: { ...report.model, file: values.model }, spec: { file: spec.label } };
    io.stdout(formatDriftReport(format, report, { colour: format === 'text' && io.isTty && !process.env['NO_COLOR'] }));
    return report.differences.length === 0 ? 0 : 1;
  },
};
