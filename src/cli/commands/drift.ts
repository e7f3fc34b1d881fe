import { isAbsolute, relative, resolve } from 'node:path';
import { AwsModelError, checkDrift, driftFormats, formatDriftReport, type DriftFormat, type DriftReport } from '../../drift/index.js';
import { InputError, specPath } from '../../spec/index.js';
import { CliUsageError, wantsColour, type CliCommand } from '../cli-command.js';
import { namingInputFiles } from '../input-file-names.js';
import { defineCommand } from '../define-command.js';

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
  throw new CliUsageError(`--format must be one of ${driftFormats.join(', ')}, got '${value}'`);
}

/** A path as the user wrote it, or (for the default spec) relative to the working directory, so annotations land on the right file. */
function specLabel(given: string | undefined, cwd: string): { file: string; label: string } {
  if (given !== undefined) return { file: resolve(cwd, given), label: given };
  const fromCwd = relative(cwd, specPath);
  return { file: specPath, label: fromCwd.startsWith('..') || isAbsolute(fromCwd) ? specPath : fromCwd };
}

export const driftCommand: CliCommand = defineCommand(
  { name: 'drift', help, options: { model: { type: 'string' }, spec: { type: 'string' }, format: { type: 'string' } } },
  async ({ values }, io) => {
    const format = parseFormat(values.format);
    const model = values.model;
    if (model === undefined) throw new CliUsageError('--model <file> is required (see: lambda-rmc drift --help)');
    const spec = specLabel(values.spec, io.cwd);
    const compared = namingInputFiles(
      () => compare(resolve(io.cwd, model), spec.file),
      (error) => (error instanceof AwsModelError ? model : spec.label),
    );
    const report: DriftReport = { ...compared, model: { ...compared.model, file: model }, spec: { file: spec.label } };
    io.stdout(formatDriftReport(format, report, { colour: wantsColour(format, io) }));
    return report.differences.length === 0 ? 0 : 1;
  },
);

/** The drift check; exit 1 means drift, so a failure nobody foresaw is told as the model being bad input, never as drift. */
function compare(modelFile: string, specFile: string): DriftReport {
  try {
    return checkDrift({ modelFile, specFile });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new AwsModelError(modelFile, `cannot be compared: ${error instanceof Error ? error.message : String(error)}`);
  }
}
