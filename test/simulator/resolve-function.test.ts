import { describe, expect, it } from 'vitest';
import { functionArn } from '../../src/simulator/function-arn.js';
import { FunctionStore } from '../../src/simulator/function-store.js';
import { resolveFunction } from '../../src/simulator/resolve-function.js';
import type { OperationId } from '../../src/validation/index.js';

const store = new FunctionStore([
  { name: 'f', versions: ['2', '10', '1'], aliases: { live: '10', dev: '$LATEST' } },
  { name: 'none' },
  { name: 'cn', region: 'cn-north-1', accountId: '210987654321' },
]);
const arn = 'arn:aws:lambda:us-east-1:123456789012:function:f';

describe('resolveFunction', () => {
  it.each([
    ['a plain name: $LATEST, unqualified ARN', { given: ['Get', 'f', undefined], want: { version: '$LATEST', arn } }],
    ['Qualifier names a version', { given: ['Get', 'f', '2'], want: { version: '2', arn: `${arn}:2` } }],
    ['the name carries the qualifier', { given: ['Put', 'f:1', undefined], want: { version: '1', arn: `${arn}:1` } }],
    ['an alias resolves to its version, the ARN keeps the alias', { given: ['Put', 'f', 'live'], want: { version: '10', arn: `${arn}:live` } }],
    ['an alias of $LATEST', { given: ['Get', 'f', 'dev'], want: { version: '$LATEST', arn: `${arn}:dev` } }],
    ['Get on $LATEST.PUBLISHED: the highest version (numerically), ARN keeps the name', { given: ['Get', 'f', '$LATEST.PUBLISHED'], want: { version: '10', arn: `${arn}:$LATEST.PUBLISHED` } }],
    ['Put on $LATEST.PUBLISHED: the ARN names the version', { given: ['Put', `${arn}:$LATEST.PUBLISHED`, undefined], want: { version: '10', arn: `${arn}:10` } }],
    ['a partial ARN with the right account', { given: ['Get', '123456789012:function:f', undefined], want: { version: '$LATEST', arn } }],
    ['a partition derived from the region', { given: ['Get', 'arn:aws-cn:lambda:cn-north-1:210987654321:function:cn', undefined], want: { version: '$LATEST', arn: 'arn:aws-cn:lambda:cn-north-1:210987654321:function:cn' } }],
  ] as const)('%s', (_name, { given, want }) => {
    const operation = `${given[0]}RuntimeManagementConfig` as OperationId;
    const target = resolveFunction(store, operation, given[1], given[2]);
    if (!('fn' in target)) throw new Error(`not resolved: ${target.message}`);
    expect({ version: target.version, arn: functionArn(target.fn, target.arnQualifier) }).toEqual(want);
  });

  it.each([
    ['no such function', { given: ['nobody', undefined], want: 'arn:aws:lambda:us-east-1:123456789012:function:nobody' }],
    ['no such version', { given: ['f', '3'], want: `${arn}:3` }],
    ['no such alias', { given: ['f:beta', undefined], want: `${arn}:beta` }],
    ['$LATEST.PUBLISHED without versions', { given: ['none', '$LATEST.PUBLISHED'], want: 'arn:aws:lambda:us-east-1:123456789012:function:none:$LATEST.PUBLISHED' }],
    ['another region', { given: ['arn:aws:lambda:eu-west-1:123456789012:function:f', undefined], want: 'arn:aws:lambda:eu-west-1:123456789012:function:f' }],
    ['another account (partial ARN)', { given: ['999999999999:function:f', '1'], want: 'arn:aws:lambda:us-east-1:999999999999:function:f' }],
    ['another partition', { given: ['arn:aws-us-gov:lambda:us-east-1:123456789012:function:f', undefined], want: 'arn:aws-us-gov:lambda:us-east-1:123456789012:function:f' }],
    ['an empty partition', { given: ['arn::lambda:us-east-1:123456789012:function:f', undefined], want: 'arn::lambda:us-east-1:123456789012:function:f' }],
    ['a region only, of another partition', { given: ['cn-north-1:123456789012:function:f', undefined], want: 'arn:aws-cn:lambda:cn-north-1:123456789012:function:f' }],
    ['cn function through its name but the wrong account', { given: ['123456789012:function:cn', undefined], want: 'arn:aws-cn:lambda:cn-north-1:123456789012:function:cn' }],
  ] as const)('404 for %s', (_name, { given, want }) => {
    expect(resolveFunction(store, 'GetRuntimeManagementConfig', given[0], given[1])).toEqual({
      name: 'ResourceNotFoundException',
      status: 404,
      message: `Function not found: ${want}`,
    });
  });
});
