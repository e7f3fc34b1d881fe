import { describe, expect, it } from 'vitest';
import type { CallerScope } from '../../src/simulator/caller-scope.js';
import { functionArn } from '../../src/simulator/function-arn.js';
import { FunctionStore } from '../../src/simulator/function-store.js';
import { resolveFunction } from '../../src/simulator/resolve-function.js';
import { RuntimeVersionCatalogue } from '../../src/simulator/runtime-version-catalogue.js';

const fixtures = [
  { name: 'f', versions: ['2', '10', '1'], aliases: { live: '10', dev: '$LATEST' } },
  { name: 'none' },
  { name: 'eu', region: 'eu-west-1' },
  { name: 'cn', region: 'cn-north-1', accountId: '210987654321' },
];
const catalogue = new RuntimeVersionCatalogue();
const store = new FunctionStore('123456789012', fixtures, catalogue);
const otherAccount = new FunctionStore('210987654321', fixtures, catalogue);
const usEast1: CallerScope = { accountId: '123456789012', region: 'us-east-1' };
const arn = 'arn:aws:lambda:us-east-1:123456789012:function:f';

describe('resolveFunction', () => {
  it.each([
    ['a plain name: $LATEST, unqualified ARN', { given: ['Get', 'f', undefined], want: { version: '$LATEST', arn } }],
    ['Qualifier names a version', { given: ['Get', 'f', '2'], want: { version: '2', arn: `${arn}:2` } }],
    ['the name carries the qualifier', { given: ['Put', 'f:1', undefined], want: { version: '1', arn: `${arn}:1` } }],
    ['an alias resolves to its version, the ARN keeps the alias', { given: ['Put', 'f', 'live'], want: { version: '10', arn: `${arn}:live` } }],
    ['an alias of $LATEST', { given: ['Get', 'f', 'dev'], want: { version: '$LATEST', arn: `${arn}:dev` } }],
    [
      'Get on $LATEST.PUBLISHED: the highest version (numerically), ARN keeps the name',
      { given: ['Get', 'f', '$LATEST.PUBLISHED'], want: { version: '10', arn: `${arn}:$LATEST.PUBLISHED` } },
    ],
    [
      'Put on $LATEST.PUBLISHED: the ARN names the version',
      { given: ['Put', `${arn}:$LATEST.PUBLISHED`, undefined], want: { version: '10', arn: `${arn}:10` } },
    ],
    ['a partial ARN with the right account', { given: ['Get', '123456789012:function:f', undefined], want: { version: '$LATEST', arn } }],
  ] as const)('%s', (_name, { given, want }) => {
    const operation = `${given[0]}RuntimeManagementConfig` as const;
    const target = resolveFunction(store, usEast1, operation, given[1], given[2]);
    if (!target.ok) throw new Error(`not resolved: ${target.error.message}`);
    expect({ version: target.value.version, arn: functionArn(target.value.fn, target.value.arnQualifier) }).toEqual(want);
  });

  it.each([
    [
      'a function of eu-west-1 by plain name',
      { given: [store, { accountId: '123456789012', region: 'eu-west-1' }, 'eu'], want: 'arn:aws:lambda:eu-west-1:123456789012:function:eu' },
    ],
    [
      'a partition derived from the caller region',
      {
        given: [otherAccount, { accountId: '210987654321', region: 'cn-north-1' }, 'arn:aws-cn:lambda:cn-north-1:210987654321:function:cn'],
        want: 'arn:aws-cn:lambda:cn-north-1:210987654321:function:cn',
      },
    ],
    [
      'an account-only fixture in its account',
      { given: [otherAccount, { accountId: '210987654321', region: 'cn-north-1' }, 'cn'], want: 'arn:aws-cn:lambda:cn-north-1:210987654321:function:cn' },
    ],
    [
      'a shared fixture carries the account it is seen in',
      { given: [otherAccount, { accountId: '210987654321', region: 'us-east-1' }, 'f'], want: 'arn:aws:lambda:us-east-1:210987654321:function:f' },
    ],
  ] as const)('in the caller region: %s', (_name, { given, want }) => {
    const target = resolveFunction(given[0], given[1], 'GetRuntimeManagementConfig', given[2], undefined);
    if (!target.ok) throw new Error(`not resolved: ${target.error.message}`);
    expect(functionArn(target.value.fn, target.value.arnQualifier)).toEqual(want);
  });

  it.each([
    ['no such function', { given: ['nobody', undefined], want: 'arn:aws:lambda:us-east-1:123456789012:function:nobody' }],
    ['no such version', { given: ['f', '3'], want: `${arn}:3` }],
    ['no such alias', { given: ['f:beta', undefined], want: `${arn}:beta` }],
    [
      '$LATEST.PUBLISHED without versions',
      { given: ['none', '$LATEST.PUBLISHED'], want: 'arn:aws:lambda:us-east-1:123456789012:function:none:$LATEST.PUBLISHED' },
    ],
    ['a function of another region, by plain name', { given: ['eu', undefined], want: 'arn:aws:lambda:us-east-1:123456789012:function:eu' }],
    ['another account (partial ARN)', { given: ['999999999999:function:f', '1'], want: 'arn:aws:lambda:us-east-1:999999999999:function:f' }],
    [
      'another account (full ARN)',
      { given: ['arn:aws:lambda:us-east-1:999999999999:function:f', undefined], want: 'arn:aws:lambda:us-east-1:999999999999:function:f' },
    ],
    [
      'another partition',
      { given: ['arn:aws-us-gov:lambda:us-east-1:123456789012:function:f', undefined], want: 'arn:aws-us-gov:lambda:us-east-1:123456789012:function:f' },
    ],
    ['an empty partition', { given: ['arn::lambda:us-east-1:123456789012:function:f', undefined], want: 'arn::lambda:us-east-1:123456789012:function:f' }],
    ['a fixture of one account only, seen from another', { given: ['cn', undefined], want: 'arn:aws:lambda:us-east-1:123456789012:function:cn' }],
  ] as const)('404 Function not found for %s', (_name, { given, want }) => {
    expect(resolveFunction(store, usEast1, 'GetRuntimeManagementConfig', given[0], given[1])).toEqual({
      ok: false,
      error: { name: 'ResourceNotFoundException', status: 404, message: `Function not found: ${want}` },
    });
  });

  it.each([
    ['a full ARN of eu-west-1', { given: 'arn:aws:lambda:eu-west-1:123456789012:function:eu', want: 'eu-west-1' }],
    ['a partial ARN with region', { given: 'eu-west-1:123456789012:function:eu', want: 'eu-west-1' }],
    ['an ARN of another partition and region', { given: 'arn:aws-cn:lambda:cn-north-1:123456789012:function:f', want: 'cn-north-1' }],
    ['another region even when the function does not exist', { given: 'arn:aws:lambda:ap-south-1:123456789012:function:nobody', want: 'ap-south-1' }],
  ] as const)('404 not reachable for %s', (_name, { given, want }) => {
    expect(resolveFunction(store, usEast1, 'PutRuntimeManagementConfig', given, undefined)).toEqual({
      ok: false,
      error: { name: 'ResourceNotFoundException', status: 404, message: `Functions from '${want}' are not reachable in this region ('us-east-1')` },
    });
  });
});
