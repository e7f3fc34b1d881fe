// `lambda-rmc drift` through the CLI entry point, with buffers for its output.
import { runCli } from '../../support/run-cli.js';

export const vendoredModel = 'spec/aws-model/lambda-runtime-management.botocore.json';
export const botocoreFixture = 'test/fixtures/drift/botocore-1.43.11-lambda-excerpt.json';

export const runDrift = (args: string[], options: { isTty?: boolean } = {}) => runCli(['drift', ...args], options);
