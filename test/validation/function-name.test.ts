import { describe, expect, it } from 'vitest';
import { parseFunctionName, type ParsedFunctionName } from '../../src/validation/index.js';

describe('parseFunctionName', () => {
  it.each<[string, { given: string; want: ParsedFunctionName | undefined }]>([
    ['plain name', { given: 'my-function', want: { form: 'name', name: 'my-function' } }],
    ['name with version', { given: 'my-function:1', want: { form: 'name', name: 'my-function', qualifier: '1' } }],
    ['name with $LATEST.PUBLISHED', { given: 'my.fn:$LATEST.PUBLISHED', want: { form: 'name', name: 'my.fn', qualifier: '$LATEST.PUBLISHED' } }],
    ['partial ARN', { given: '123456789012:function:my-function', want: { form: 'partial-arn', name: 'my-function', accountId: '123456789012' } }],
    [
      'partial ARN with region and alias',
      {
        given: 'eu-west-1:123456789012:function:my-function:live',
        want: { form: 'partial-arn', name: 'my-function', qualifier: 'live', region: 'eu-west-1', accountId: '123456789012' },
      },
    ],
    ['function: prefix only', { given: 'function:my-function', want: { form: 'partial-arn', name: 'my-function' } }],
    [
      'full ARN',
      {
        given: 'arn:aws:lambda:us-east-1:123456789012:function:my-function',
        want: { form: 'arn', name: 'my-function', partition: 'aws', region: 'us-east-1', accountId: '123456789012' },
      },
    ],
    [
      'GovCloud ARN with $LATEST',
      {
        given: 'arn:aws-us-gov:lambda:us-gov-west-1:123456789012:function:f:$LATEST',
        want: { form: 'arn', name: 'f', qualifier: '$LATEST', partition: 'aws-us-gov', region: 'us-gov-west-1', accountId: '123456789012' },
      },
    ],
    [
      'eusc ARN',
      {
        given: 'arn:aws-eusc:lambda:eusc-de-east-1:123456789012:function:f',
        want: { form: 'arn', name: 'f', partition: 'aws-eusc', region: 'eusc-de-east-1', accountId: '123456789012' },
      },
    ],
    ['a slash', { given: 'my/function', want: undefined }],
    ['a trailing newline', { given: 'my-function\n', want: undefined }],
    ['two qualifiers', { given: 'my-function:1:2', want: undefined }],
    ['empty', { given: '', want: undefined }],
  ])('%s', (_name, { given, want }) => {
    expect(parseFunctionName(given)).toEqual(want);
  });
});
