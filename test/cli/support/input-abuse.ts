// Shared by the input-abuse reproduction tests: runs a command in-process against a scratch folder,
// or as a child process with a deadline where the defect is a hang or a process crash.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { cliSandbox } from './cli-process.js';
import { runCli, type CliRun } from '../../support/run-cli.js';
import type { LooseJson } from '../../support/loose-json.js';

export const projectRoot = resolve('.');
export const specPath = join(projectRoot, 'spec/lambda-runtime-management.openapi.yaml');
export const botocoreModelPath = join(projectRoot, 'spec/aws-model/lambda-runtime-management.botocore.json');
export const clientPactPath = join(projectRoot, 'contracts/lambda-rmc-client-consumer-lambda-runtime-management.json');

/** A run's outcome, in process or as a child (whose code is null when it was killed). */
export interface CliResult extends Omit<CliRun, 'code'> {
  code: number | null;
}

export const runIn = (cwd: string, argv: string[]): Promise<CliResult> => runCli(argv, { cwd });

/** The CLI as a child process, killed after `timeoutMs`: a hang shows as code null. */
export function runChild(cwd: string, argv: string[], timeoutMs = 10_000): CliResult & { signal: NodeJS.Signals | null } {
  const sandbox = cliSandbox();
  try {
    const result = spawnSync(process.execPath, [...sandbox.nodeArgs, ...argv], {
      cwd,
      encoding: 'utf8',
      timeout: timeoutMs,
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { code: result.status, signal: result.signal, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
  } finally {
    sandbox.remove();
  }
}

export function scratchFolder(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'lambda-rmc-abuse-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export const specDocument = (): LooseJson => parseYaml(readFileSync(specPath, 'utf8'));
export const clientPact = (): LooseJson => JSON.parse(readFileSync(clientPactPath, 'utf8'));

/** One line naming the file, no control characters a terminal or the Actions runner would act on. */
export function expectOneCleanLine(stderr: string): void {
  const body = stderr.endsWith('\n') ? stderr.slice(0, -1) : stderr;
  if (body.length === 0 || /[\u0000-\u001f\u007f]/.test(body)) {
    throw new Error(`stderr is not one clean line: ${JSON.stringify(stderr)}`);
  }
}

/** A hostile string: line breaks (LF, CR), workflow-command syntax, markdown and HTML, an ANSI escape. */
export const hostile = 'x\n::warning title=spoof::all contracts verified\r::error::cr | pipe `tick` <!-- hidden \u001b[31mred\u001b[0m';

/** No line of `text` (split as the Actions runner splits: LF, CR or CRLF) is a workflow command. */
export function workflowCommandLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((line) => line.startsWith('::'));
}
