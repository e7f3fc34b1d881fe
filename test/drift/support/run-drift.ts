// `lambda-rmc drift` through the CLI entry point, with buffers for its output.
import type { CliIo } from '../../../src/cli/cli-command.js';
import { main } from '../../../src/cli/main.js';

export const vendoredModel = 'spec/aws-model/lambda-runtime-management.botocore.json';
export const botocoreFixture = 'test/fixtures/drift/botocore-1.43.11-lambda-excerpt.json';

export async function runDrift(args: string[], options: { isTty?: boolean } = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    isTty: options.isTty ?? false,
    cwd: process.cwd(),
    stopSignal: new Promise(() => {}),
  };
  const code = await main(['drift', ...args], io);
  return { code, stdout, stderr };
}
