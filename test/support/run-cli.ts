// `lambda-rmc` run in process through its main, with buffers for what it writes and a stop signal
// that never fires: for the one-shot commands (diff, verify, coverage, drift), exit code and output.
import type { CliIo } from '../../src/cli/cli-command.js';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], options: { cwd?: string; isTty?: boolean } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    isTty: options.isTty ?? false,
    cwd: options.cwd ?? process.cwd(),
    stopSignal: new Promise(() => undefined),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
