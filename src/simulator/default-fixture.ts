import type { FunctionFixture } from './simulator-options.js';

/** The runtime version the spec's examples pin. */
export const exampleRuntimeVersionArn = 'arn:aws:lambda:us-east-1::runtime:0cdcfbdefbc5e7d3343f73c2e2dd3cba17d61dea0686b404502a0c9ce83931b9';

/**
 * The functions a simulator serves when given none: all in account 123456789012, us-east-1 unless
 * said otherwise, every config Auto unless said otherwise.
 */
export const defaultFixture: readonly FunctionFixture[] = [
  /** The spec's example function: `$LATEST` and version 1. */
  { name: 'my-function', versions: ['1'] },
  /** Each mode in use: version 1 pinned (Manual), version 2 on FunctionUpdate; alias `stable` → 1. */
  {
    name: 'pinned-function',
    versions: ['1', '2'],
    aliases: { stable: '1' },
    configs: {
      '1': { UpdateRuntimeOn: 'Manual', RuntimeVersionArn: exampleRuntimeVersionArn },
      '2': { UpdateRuntimeOn: 'FunctionUpdate' },
    },
  },
  /** An update in progress: Put answers 409 ResourceConflictException, Get works. */
  { name: 'busy-function', versions: ['1'], updateInProgress: true },
  /** A container-image function: runtime management does not apply (400 InvalidParameterValueException). */
  { name: 'image-function', packageType: 'Image' },
  /** Another region: its ARN says eu-west-1, and an ARN naming us-east-1 does not find it. */
  { name: 'eu-function', region: 'eu-west-1', versions: ['1'] },
];
