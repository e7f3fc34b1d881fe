// The coverage entry point loads no Pact package (test/coverage/entry-points.test.ts).
import { coverageReport, documentedItems, formatCoverage, pactFilesIn, readPactFile, splitByVerification } from '../../coverage/index.js';
import { coverageFormatRegistry } from '../../coverage/formatters/coverage-format.js';
import { UnknownFormatError } from '../../reports/index.js';
import { isOperationId, operationIds, type OperationId } from '../../validation/index.js';
import { CliUsageError, type CliCommand } from '../cli-command.js';
import { namingInputFiles, shownPath } from '../input-file-names.js';
import { defaultPactDirectory, pactPaths } from '../pact-paths.js';
import { defineCommand } from '../define-command.js';

const help = `Usage: lambda-rmc coverage [PATH...] [--operation ID]... [--format text|markdown|json|html] [--min PERCENT]

Lists, per operation, every shape the spec documents (each success variant, each AWS error with its
status, each request variant: body modes, FunctionName forms, Qualifier given or absent) and marks
which the pacts exercise. PATHs are pact files or directories of them (default: ${defaultPactDirectory}/, where
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

export const coverageCommand: CliCommand = defineCommand(
  {
    name: 'coverage',
    help,
    positionals: true,
    options: { format: { type: 'string' }, min: { type: 'string' }, operation: { type: 'string', multiple: true } },
  },
  async ({ values, positionals }, io) => {
    const format = coverageFormatRegistry.parse(values.format ?? 'text');
    if (format instanceof UnknownFormatError) throw new CliUsageError(format.message);
    const min = parseMinimum(values.min);
    const operations = parseOperations(values.operation);

    if (positionals.length === 0)
      io.stderr(`lambda-rmc coverage: reading ${defaultPactDirectory}/ (the default; name pact files or directories to read others)\n`);
    const shown = (file: string) => shownPath(io.cwd, file);
    const pacts = namingInputFiles(
      () => pactFilesIn(pactPaths(positionals, io.cwd)).map((file) => ({ ...readPactFile(file), file: shown(file) })),
      (error) => shown(error.file),
    );

    // Only interactions that verify count; the rest are listed and fail the gate whatever --min is.
    const { verified, unverified } = splitByVerification(pacts);
    const report = { ...coverageReport(verified, documentedItems(operations)), unverified };
    io.stdout(formatCoverage(report, format));
    const reasons: string[] = [];
    if (report.percent < min) reasons.push(`${report.percent}% of the documented shapes are exercised, below --min ${min}`);
    if (unverified.length > 0)
      reasons.push(
        unverified.length === 1
          ? '1 interaction fails lambda-rmc verify and counts toward no shape'
          : `${unverified.length} interactions fail lambda-rmc verify and count toward no shape`,
      );
    if (reasons.length === 0) return 0;
    io.stderr(`lambda-rmc coverage: ${reasons.join('; ')}\n`);
    return 1;
  },
);

function parseMinimum(value: string | undefined): number {
  if (value === undefined) return 100;
  const min = Number(value);
  if (value.trim() === '' || !Number.isFinite(min) || min < 0 || min > 100) {
    throw new CliUsageError(`--min must be a percentage from 0 to 100, got '${value}'`);
  }
  return min;
}

function parseOperations(values: string[] | undefined): OperationId[] {
  if (values === undefined) return operationIds;
  for (const value of values) {
    if (!isOperationId(value)) throw new CliUsageError(`--operation must be one of ${operationIds.join(', ')}, got '${value}'`);
  }
  return operationIds.filter((operation) => values.includes(operation));
}
