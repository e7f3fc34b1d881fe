import { relative, resolve } from 'node:path';
// The coverage modules, not the contracts index: that one loads Pact, which every CLI start would pay for.
import { coverageFormats, formatCoverage, isCoverageFormat } from '../../contracts/coverage-format.js';
import { coverageReport } from '../../contracts/coverage-report.js';
import { PactFileError, pactFilesIn, readPactFile, type PactFile } from '../../contracts/pact-file.js';
import { splitByVerification } from '../../contracts/verify-coverage.js';
import { CliUsageError, type CliCommand, type CliIo } from '../cli-command.js';
import { parseCommandOptions } from '../parse-options.js';

const help = `Usage: lambda-rmc coverage [PATH...] [--format text|markdown|json|html] [--min PERCENT]

Lists, per operation, every shape the spec documents (each success variant, each AWS error with its
status, each request variant: body modes, FunctionName forms, Qualifier given or absent) and marks
which the pacts exercise. PATHs are pact files or directories of them (default: contracts/).

Options:
  --format FORMAT  text (default), markdown, json, or html (a matrix of shapes x consumers)
  --min PERCENT    Exit 1 when fewer than PERCENT of the shapes are exercised (default 100)

Only interactions that pass lambda-rmc verify count; one that fails counts toward no shape, is
listed, and makes coverage exit 1 whatever --min is.

Exit codes: 0 at or above --min with every interaction verified, 1 below it or an interaction
failing verification, 2 bad arguments or an unreadable pact file.

Examples:
  lambda-rmc coverage
  lambda-rmc coverage pacts/ --format markdown >> "$GITHUB_STEP_SUMMARY"
  lambda-rmc coverage --format html > contract-coverage.html
`;

export const coverageCommand: CliCommand = {
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandOptions('coverage', args, { format: { type: 'string' }, min: { type: 'string' } }, true);
    const format = values.format ?? 'text';
    if (!isCoverageFormat(format)) throw new CliUsageError(`coverage: --format must be one of ${coverageFormats.join(', ')}, got '${format}'`);
    const min = parseMinimum(values.min);

    let pacts: PactFile[];
    try {
      const paths = (positionals.length > 0 ? positionals : ['contracts']).map((path) => resolve(io.cwd, path));
      pacts = pactFilesIn(paths).map((file) => ({ ...readPactFile(file), file: shown(io, file) }));
    } catch (error) {
      if (!(error instanceof PactFileError)) throw error;
      io.stderr(`lambda-rmc coverage: ${shown(io, error.file)}: ${error.problem}\n`);
      return 2;
    }

    // Only interactions that verify count; the rest are listed and fail the gate whatever --min is.
    const { verified, unverified } = splitByVerification(pacts);
    const report = { ...coverageReport(verified), unverified };
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

/** Paths as the user would write them: relative to the working directory when inside it. */
function shown(io: CliIo, file: string): string {
  const path = relative(io.cwd, file);
  return path === '' || path.startsWith('..') ? file : path;
}
