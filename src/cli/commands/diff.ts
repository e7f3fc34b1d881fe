// Loads only what the run needs: the comparison and the chosen formatter up front, the pact reader
// and its JSON Schema validator (AJV) only with --contracts.
import { relative, resolve } from 'node:path';
import { diffSpecs } from '../../diff/diff-specs.js';
import { levels, type Level } from '../../diff/levels.js';
import { loadFromGit, loadSide, type SpecSource } from '../../diff/load-side.js';
import { SpecRefError } from '../../spec/index.js';
import type { SideName } from '../../diff/diff-session.js';
import { SourceLines, withSourceLines } from '../../diff/source-lines.js';
import { reportFormats, writeReport, type ReportFormat } from '../../diff/formatters/index.js';
import { gateFails, type ReportView } from '../../diff/formatters/report-view.js';
import { SpecLoadError } from '../../spec/load-spec.js';
import { CliUsageError, wantsColour, type CliCommand } from '../cli-command.js';
import { defineCommand } from '../define-command.js';

const defaultSpec = 'spec/lambda-runtime-management.openapi.yaml';

const help = `Usage: lambda-rmc diff <base> <head> [--format text|markdown|json|githubactions] [--fail-on ERR|WARN|INFO] [--contracts DIR]
       lambda-rmc diff --base <git-ref> [<spec>] [options]

Compares two versions of an OpenAPI spec and classifies every change a consumer could notice as
ERR (breaks consumers), WARN or INFO, each under a rule id named after oasdiff's.

Each side is a file (YAML or JSON) or <git-ref>:<path> as committed at that ref (a path starting
with ./ is relative to the current directory, any other to the repository root).

Options:
  --base REF        Compare <spec> as committed at REF with the working-tree file
                    (<spec> defaults to ${defaultSpec})
  --format FORMAT   text (default), markdown (a PR comment), json, githubactions (annotations)
  --fail-on LEVEL   Exit 1 when a change at or above LEVEL exists (default ERR)
  --contracts DIR   Also list the pact interactions (Pact JSON files under DIR) that the head
                    spec no longer accepts; any such interaction fails the gate

Exit status: 0 the gate passes, 1 it fails, 2 bad input (missing file, invalid YAML, not OpenAPI).

Examples:
  lambda-rmc diff spec/history/2023-runtime-management.openapi.yaml ${defaultSpec}
  lambda-rmc diff --base origin/main --format githubactions --contracts contracts
  lambda-rmc diff main:${defaultSpec} ${defaultSpec} --format markdown

In a consumer project (the API of two installed versions of lambda-rmc, the old one unpacked
with npm pack lambda-rmc@OLD && tar -xzf lambda-rmc-OLD.tgz):
  lambda-rmc diff package/spec/lambda-runtime-management.openapi.yaml \\
    node_modules/lambda-rmc/spec/lambda-runtime-management.openapi.yaml --contracts pacts
`;

function parseFormat(value: string | undefined): ReportFormat {
  if (value === undefined) return 'text';
  if ((reportFormats as readonly string[]).includes(value)) return value as ReportFormat;
  throw new CliUsageError(`--format must be one of ${reportFormats.join(', ')}, got '${value}'`);
}

function parseLevel(value: string | undefined): Level {
  if (value === undefined) return 'ERR';
  const level = value.toUpperCase();
  if ((levels as readonly string[]).includes(level)) return level as Level;
  throw new CliUsageError(`--fail-on must be one of ${levels.join(', ')}, got '${value}'`);
}

function loadSides(positionals: string[], baseRef: string | undefined, cwd: string): { base: SpecSource; head: SpecSource } {
  if (baseRef === undefined) {
    if (positionals.length !== 2)
      throw new CliUsageError(`expected <base> <head> (or --base <git-ref>), got ${positionals.length} argument(s) (see: lambda-rmc diff --help)`);
    const [base = '', head = ''] = positionals;
    return { base: loadSide(base, cwd), head: loadSide(head, cwd) };
  }
  if (positionals.length > 1) throw new CliUsageError(`with --base, give at most one spec path, got ${positionals.length}`);
  const spec = positionals[0] ?? defaultSpec;
  const head = loadSide(spec, cwd);
  // ./ makes git read the path relative to the working directory, as the head file is.
  const base = loadFromGit(baseRef, `./${relative(cwd, resolve(cwd, spec))}`, cwd);
  return { base, head };
}

/** `--contracts`: the pact reader and AJV load only now. A schema AJV cannot compile is bad input in that side's spec. */
async function contractsImpactOf(sides: Record<SideName, SpecSource>, directory: string, cwd: string): Promise<NonNullable<ReportView['contracts']>> {
  const { contractsImpact, readPactDirectory, SpecSchemaError } = await import('../../diff/contracts-entry.js');
  try {
    return contractsImpact(sides.base.document, sides.head.document, readPactDirectory(directory, cwd), directory);
  } catch (error) {
    if (error instanceof SpecSchemaError) throw new SpecLoadError(sides[error.side].label, error.message);
    throw error;
  }
}

export const diffCommand: CliCommand = defineCommand(
  {
    name: 'diff',
    help,
    positionals: true,
    options: { base: { type: 'string' }, format: { type: 'string' }, 'fail-on': { type: 'string' }, contracts: { type: 'string' } },
  },
  async ({ values, positionals }, io) => {
    const format = parseFormat(values.format);
    const failOn = parseLevel(values['fail-on']);

    const sides = loadSides(positionals, values.base, io.cwd);
    const { base, head } = sides;
    try {
      const report = withSourceLines(diffSpecs(base.document, head.document), {
        base: new SourceLines(base.document, base.positions),
        head: new SourceLines(head.document, head.positions),
      });
      const view: ReportView = { report, base: { label: base.label, file: base.file }, head: { label: head.label, file: head.file }, failOn };
      if (values.contracts !== undefined) view.contracts = await contractsImpactOf(sides, values.contracts, io.cwd);
      writeReport(format, view, io.stdout, { colour: wantsColour(format, io) });
      return gateFails(view) ? 1 : 0;
    } catch (error) {
      // A $ref the diff cannot follow is bad input in that side's spec, named as the user named the side.
      if (error instanceof SpecRefError && (error.side === 'base' || error.side === 'head'))
        throw new SpecLoadError(sides[error.side].label, `$ref '${error.ref}' ${error.problem}`);
      throw error;
    }
  },
);
