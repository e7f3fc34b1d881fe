import { relative, resolve } from 'node:path';
// The coverage modules only, so the command loads no more than it needs.
import { coverageFormats, formatCoverage, isCoverageFormat } from '../../contracts/coverage-format.js';
import { coverageReport } from '../../contracts/coverage-report.js';
import { documentedItems } from '../../contracts/coverage-model.js';
import { PactFileError, pactFilesIn, readPactFile, type PactFile } from '../../contracts/pact-file.js';
import { isOperationId, operationIds, type OperationId } from '../../validation/index.js';
import { splitByVerification } from '../../contracts/verify-coverage.js';
import { CliUsageError, type CliCommand, type CliIo } from '../cli-command.js';
import { parseCommandOptions } from '../parse-options.js';

/** Where Pact writes pact files unless told otherwise: what a consumer project has. */
const defaultPactDir = 'pacts';

const help = `Usage: lambda-rmc coverage [PATH...] [--operation ID]... [--format text|markdown|json|html] [--min PERCENT]

Lists, per operation, every shape the spec documents (each success variant, each AWS error with its
status, each request variant: body modes, FunctionName forms, Qualifier given or absent) and marks
which the pacts exercise. PATHs are pact files or directories of them (default: ${defaultPactDir}/, where
Pact writes them; the directory read is named on stderr).

Options:
  --operation ID   Count only this operation's shapes (repeatable): ${operationIds.join(', ')}
  --format FORMAT  text (default), markdown, json, or html (a matrix of shapes x consumers)
  --min PERCENT    Exit 1 when fewer than PERCENT of the counted shapes are exercised (default 100)

Only interactions that pass lambda-rmc verify count; one that fails counts toward no shape, is
listed, and makes coverage exit 1 whatever --min is.

Exit codes: 0 at or above --min with every interaction verified, 1 below it or an interaction
failing verification, 2 bad arguments or an unreadable pact file.

Examples:
  lambda-rmc coverage
  lambda-rmc coverage --operation PutRuntimeManagementConfig --min 100
  lambda-rmc coverage contracts/ --format markdown >> "$GITHUB_STEP_SUMMARY"
  lambda-rmc coverage --format html > contract-coverage.html
`;

export const coverageCommand: CliCommand = {
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandOptions(
      'coverage',
      args,
      { format: { type: 'string' }, min: { type: 'string' }, operation: { type: 'string', multiple: true } },
      true,
    );
    const format = values.format ?? 'text';
    if (!isCoverageFormat(format)) throw new CliUsageError(`coverage: --format must be one of ${coverageFormats.join(', ')}, got '${format}'`);
    const min = parseMinimum(values.min);
    const operations = parseOperations(values.operation);

    let pacts: PactFile[];
    try {
      if (positionals.length === 0) io.stderr(`lambda-rmc coverage: reading ${defaultPactDir}/ (the default; name pact files or directories to read others)\n`);
      const paths = (positionals.length > 0 ? positionals : [defaultPactDir]).map((path) => resolve(io.cwd, path));
      pacts = pactFilesIn(paths).map((file) => ({ ...readPactFile(file), file: shown(io, file) }));
    } catch (error) {
      if (!(error instanceof PactFileError)) throw error;
      io.stderr(`lambda-rmc coverage: ${shown(io, error.file)}: ${error.problem}\n`);
      return 2;
    }

    // Only interactions that verify count; the rest are listed and fail the gate whatever --min is.
    const { verified, unverified } = splitByVerification(pacts);
    const report = { ...coverageReport(verified, documentedItems(operations)), unverified };
    io.stdout(formatCoverage(report, format));
    const reasons: string[] = [];
    if (report.percent < min) reasons.push(`${report.percent}% of the documented shapes are exercised, below --min ${min}`);
    if (unverified.length > 0) reasons.push(unverified.length === 1 ? '1 interaction fails lambda-rmc verify and counts toward no shape' : `${unverified.length} interactions fail lambda-rmc verify and count toward no shape`);
    if (reasons.length === 0) return 0;
    io.stderr(`lambda-rmc coverage: ${reasons.join('; ')}\n`);
    return 1;
  },
};

function parseMinimum(value: string | undefined): number {
  if (value === undefined) return 100;
  const min = Number(value);
  if (value.trim() === '' || !Number.isFinite(min) || min < 0 || min > 100) {
    throw new CliUsageError(`coverage: --min must be a percentage from 0 to 100, got '${value}'`);
  }
  return min;
}

function parseOperations(values: string[] | undefined): OperationId[] {
  if (values === undefined) return operationIds;
  for (const value of values) {
    if (!isOperationId(value)) throw new CliUsageError(`coverage: --operation must be one of ${operationIds.join(', ')}, got '${value}'`);
  }
  return operationIds.filter((operation) => values.includes(operation));
}

/** Paths as the user would write them: relative to the working directory when inside it. */
function shown(io: CliIo, file: string): string {
  const path = relative(io.cwd, file);
  return path === '' || path.startsWith('..') ? file : path;
}
