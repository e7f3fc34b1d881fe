import { exampleRuntimeVersionArn } from './runtime-version-catalogue.js';
import type { FunctionFixture } from './simulator-options.js';

export { exampleRuntimeVersionArn };

/**
 * The functions a simulator serves when given none: in every account (each with its own id in the
 * ARNs), us-east-1 unless said otherwise, every config Auto unless said otherwise, each running the
 * newest catalogue version of its runtime.
 */
export const defaultFixture: readonly FunctionFixture[] = [
  /** The spec's example function: `$LATEST` and version 1; it runs the spec's example runtime version. */
  { name: 'my-function', runtime: 'nodejs20.x', versions: ['1'] },
  /** Each mode in use: version 1 pinned (Manual), version 2 on FunctionUpdate; alias `stable` → 1. */
  {
    name: 'pinned-function',
    runtime: 'nodejs20.x',
    versions: ['1', '2'],
    aliases: { stable: '1' },
    configs: {
      '1': { UpdateRuntimeOn: 'Manual', RuntimeVersionArn: exampleRuntimeVersionArn },
      '2': { UpdateRuntimeOn: 'FunctionUpdate' },
    },
  },
  /** An update in progress: Put answers 409 ResourceConflictException, Get works. */
  { name: 'busy-function', runtime: 'python3.12', versions: ['1'], updateInProgress: true },
  /** A container-image function: runtime management does not apply (400 InvalidParameterValueException). */
  { name: 'image-function', packageType: 'Image' },
  /** Another region: reached only by callers signing for eu-west-1. */
  { name: 'eu-function', runtime: 'python3.12', region: 'eu-west-1', versions: ['1'] },
];
