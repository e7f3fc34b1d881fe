import { describe, expect, it } from 'vitest';
import { callerScope } from '../../src/simulator/caller-scope.js';

const signed = (credential: string) => `AWS4-HMAC-SHA256 Credential=${credential}, SignedHeaders=host;x-amz-date, Signature=${'0'.repeat(64)}`;
const defaults = { accountId: '123456789012', region: 'us-east-1' };

describe('callerScope', () => {
  it.each([
    ['unsigned', { given: undefined, want: defaults }],
    ['another scheme', { given: 'Bearer abc', want: defaults }],
    [
      'a 12-digit key and a region',
      { given: signed('111111111111/20260101/eu-west-1/lambda/aws4_request'), want: { accountId: '111111111111', region: 'eu-west-1' } },
    ],
    [
      'a key that is not 12 digits: the default account, the signed region',
      { given: signed('AKIDEXAMPLE/20260101/ap-southeast-2/lambda/aws4_request'), want: { accountId: '123456789012', region: 'ap-southeast-2' } },
    ],
    ['13 digits', { given: signed('1111111111111/20260101/us-east-1/lambda/aws4_request'), want: defaults }],
    ['GovCloud', { given: signed('222222222222/20260101/us-gov-west-1/lambda/aws4_request'), want: { accountId: '222222222222', region: 'us-gov-west-1' } }],
    [
      'an upper-case region is no region',
      { given: signed('222222222222/20260101/US-EAST-2/lambda/aws4_request'), want: { accountId: '222222222222', region: 'us-east-1' } },
    ],
    ['a scope cut short', { given: 'AWS4-HMAC-SHA256 Credential=111111111111/20260101', want: defaults }],
    ['an empty region', { given: signed('111111111111/20260101//lambda/aws4_request'), want: { accountId: '111111111111', region: 'us-east-1' } }],
  ])('%s', (_name, { given, want }) => {
    expect(callerScope(given)).toEqual(want);
  });
});
