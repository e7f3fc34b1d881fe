import { describe, expect, it } from 'vitest';
import { validateRequest, type AwsError, type RuntimeManagementRequest } from '../../src/validation/index.js';

const put = 'PutRuntimeManagementConfig' as const;
const get = 'GetRuntimeManagementConfig' as const;

const functionNamePattern = String.raw`(arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:|(((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?))(function:)?([a-zA-Z0-9-_\.]+)(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?`;
const qualifierPattern = String.raw`\$(LATEST(\.PUBLISHED)?)|[a-zA-Z0-9-_$]+`;
const runtimeVersionArnPattern = String.raw`arn:(aws[a-zA-Z-]*):lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}::runtime:.+`;

const arnPrefix = 'arn:aws:lambda:us-east-1:123456789012:function:';
const runtimeArnPrefix = 'arn:aws:lambda:us-east-1::runtime:';
const validRuntimeArn = `${runtimeArnPrefix}0cdcfbdefbc5e7d3343f73c2e2dd3cba17d61dea0686b404502a0c9ce83931b9`;

const putRequest = (overrides: Partial<RuntimeManagementRequest> = {}): RuntimeManagementRequest => ({
  operation: put,
  functionName: 'my-function',
  body: { UpdateRuntimeOn: 'Auto' },
  ...overrides,
});

const patternViolation = (member: string, value: string, pattern: string) =>
  `Value '${value}' at '${member}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${pattern}`;
const maxLengthViolation = (member: string, value: string, limit: number) =>
  `Value '${value}' at '${member}' failed to satisfy constraint: Member must have length less than or equal to ${limit}`;
const minLengthViolation = (member: string, value: string, limit: number) =>
  `Value '${value}' at '${member}' failed to satisfy constraint: Member must have length greater than or equal to ${limit}`;
const oneError = (violation: string) => `1 validation error detected: ${violation}`;
const validation = (message: string): AwsError => ({ name: 'ValidationException', status: 400, message });
const invalidParameter = (message: string): AwsError => ({ name: 'InvalidParameterValueException', status: 400, message });

describe('validateRequest: accepted FunctionName forms', () => {
  it.each<[string, { given: string; qualifier?: string }]>([
    ['plain name', { given: 'my-function' }],
    ['name of one character', { given: 'f' }],
    ['name of 64 characters', { given: 'n'.repeat(64) }],
    ['dotted name (live model only)', { given: 'my.function.v2' }],
    ['underscores and digits', { given: 'My_Function_01' }],
    ['name:version', { given: 'my-function:1' }],
    ['name:$LATEST', { given: 'my-function:$LATEST' }],
    ['name:$LATEST.PUBLISHED', { given: 'my-function:$LATEST.PUBLISHED' }],
    ['name:alias', { given: 'my-function:live' }],
    ['full ARN, aws', { given: `${arnPrefix}my-function` }],
    ['full ARN with version', { given: `${arnPrefix}my-function:7` }],
    ['full ARN with $LATEST.PUBLISHED', { given: `${arnPrefix}my-function:$LATEST.PUBLISHED` }],
    ['full ARN, aws-cn', { given: 'arn:aws-cn:lambda:cn-north-1:123456789012:function:my-function' }],
    ['full ARN, aws-us-gov', { given: 'arn:aws-us-gov:lambda:us-gov-west-1:123456789012:function:my-function' }],
    ['full ARN, aws-iso', { given: 'arn:aws-iso:lambda:us-iso-east-1:123456789012:function:my-function' }],
    ['full ARN, aws-iso-b', { given: 'arn:aws-iso-b:lambda:us-isob-east-1:123456789012:function:my-function' }],
    ['full ARN, aws-iso-f', { given: 'arn:aws-iso-f:lambda:us-isof-south-1:123456789012:function:my-function' }],
    ['full ARN, eusc', { given: 'arn:aws-eusc:lambda:eusc-de-east-1:123456789012:function:my-function' }],
    ['full ARN with dotted name', { given: `${arnPrefix}my.function` }],
    ['partial ARN', { given: '123456789012:function:my-function' }],
    ['partial ARN with region', { given: 'us-east-1:123456789012:function:my-function' }],
    ['partial ARN with version', { given: '123456789012:function:my-function:3' }],
    ['derived qualifier equal to Qualifier', { given: 'my-function:1', qualifier: '1' }],
    ['full value of 256 characters', { given: `${arnPrefix}${'n'.repeat(64)}:${'q'.repeat(144)}` }],
  ])('%s', (_name, { given, qualifier }) => {
    expect(validateRequest(putRequest({ functionName: given, qualifier }))).toBeUndefined();
    expect(validateRequest({ operation: get, functionName: given, qualifier })).toBeUndefined();
  });
});

describe('validateRequest: FunctionName values AWS rejects', () => {
  it.each<[string, { given: string; want: AwsError }]>([
    ['a space', { given: 'my function', want: validation(oneError(patternViolation('functionName', 'my function', functionNamePattern))) }],
    ['a slash', { given: 'my/function', want: validation(oneError(patternViolation('functionName', 'my/function', functionNamePattern))) }],
    ['a question mark', { given: 'my?function', want: validation(oneError(patternViolation('functionName', 'my?function', functionNamePattern))) }],
    [
      'junk before a valid ARN',
      { given: `x${arnPrefix}my-function`, want: validation(oneError(patternViolation('functionName', `x${arnPrefix}my-function`, functionNamePattern))) },
    ],
    [
      'junk after a valid ARN',
      {
        given: `${arnPrefix}my-function:1:extra`,
        want: validation(oneError(patternViolation('functionName', `${arnPrefix}my-function:1:extra`, functionNamePattern))),
      },
    ],
    [
      'a trailing newline',
      { given: `${arnPrefix}my-function\n`, want: validation(oneError(patternViolation('functionName', `${arnPrefix}my-function\n`, functionNamePattern))) },
    ],
    ['a trailing space', { given: 'my-function ', want: validation(oneError(patternViolation('functionName', 'my-function ', functionNamePattern))) }],
    [
      'an ARN of another service',
      {
        given: 'arn:aws:s3:us-east-1:123456789012:function:my-function',
        want: validation(oneError(patternViolation('functionName', 'arn:aws:s3:us-east-1:123456789012:function:my-function', functionNamePattern))),
      },
    ],
    [
      'an account id of 11 digits',
      {
        given: 'arn:aws:lambda:us-east-1:12345678901:function:my-function',
        want: validation(oneError(patternViolation('functionName', 'arn:aws:lambda:us-east-1:12345678901:function:my-function', functionNamePattern))),
      },
    ],
    [
      '$LATEST.PUBLISHED misspelt as a suffix',
      {
        given: 'my-function:$LATEST.published',
        want: validation(oneError(patternViolation('functionName', 'my-function:$LATEST.published', functionNamePattern))),
      },
    ],
    [
      'empty (length min-1)',
      {
        given: '',
        want: validation(
          `2 validation errors detected: ${patternViolation('functionName', '', functionNamePattern)}; ${minLengthViolation('functionName', '', 1)}`,
        ),
      },
    ],
    [
      '257 characters (max+1)',
      {
        given: `${arnPrefix}${'n'.repeat(64)}:${'q'.repeat(145)}`,
        want: validation(oneError(maxLengthViolation('functionName', `${arnPrefix}${'n'.repeat(64)}:${'q'.repeat(145)}`, 256))),
      },
    ],
    ['a plain name of 65 characters', { given: 'n'.repeat(65), want: invalidParameter(oneError(maxLengthViolation('functionName', 'n'.repeat(65), 64))) }],
    [
      'a 65-character name inside an ARN',
      { given: `${arnPrefix}${'n'.repeat(65)}`, want: invalidParameter(oneError(maxLengthViolation('functionName', `${arnPrefix}${'n'.repeat(65)}`, 64))) },
    ],
    [
      'a 65-character name with a version',
      { given: `${'n'.repeat(65)}:1`, want: invalidParameter(oneError(maxLengthViolation('functionName', `${'n'.repeat(65)}:1`, 64))) },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(validateRequest(putRequest({ functionName: given }))).toEqual(want);
    expect(validateRequest({ operation: get, functionName: given })).toEqual(want);
  });

  it('answers a missing FunctionName as a null member', () => {
    expect(validateRequest({ operation: get, functionName: undefined })).toEqual(
      validation(oneError("Value null at 'functionName' failed to satisfy constraint: Member must not be null")),
    );
  });
});

describe('validateRequest: Qualifier', () => {
  it.each<[string, { given: string; want: AwsError | undefined }]>([
    ['$LATEST', { given: '$LATEST', want: undefined }],
    ['$LATEST.PUBLISHED', { given: '$LATEST.PUBLISHED', want: undefined }],
    ['a version number', { given: '42', want: undefined }],
    ['an alias', { given: 'live-2', want: undefined }],
    ['one character (min)', { given: '1', want: undefined }],
    ['128 characters (max)', { given: 'q'.repeat(128), want: undefined }],
    // Whole-string match of the model's second alternative: no ValidationException (the simulator answers 404).
    ['$LATESTxyz', { given: '$LATESTxyz', want: undefined }],
    ['129 characters (max+1)', { given: 'q'.repeat(129), want: validation(oneError(maxLengthViolation('qualifier', 'q'.repeat(129), 128))) }],
    [
      'empty (min-1)',
      {
        given: '',
        want: validation(`2 validation errors detected: ${patternViolation('qualifier', '', qualifierPattern)}; ${minLengthViolation('qualifier', '', 1)}`),
      },
    ],
    ['a?b', { given: 'a?b', want: validation(oneError(patternViolation('qualifier', 'a?b', qualifierPattern))) }],
    ['x y', { given: 'x y', want: validation(oneError(patternViolation('qualifier', 'x y', qualifierPattern))) }],
    [
      'invalid-qualifier-with-?-char',
      { given: 'invalid-qualifier-with-?-char', want: validation(oneError(patternViolation('qualifier', 'invalid-qualifier-with-?-char', qualifierPattern))) },
    ],
    ['$LATEST.other', { given: '$LATEST.other', want: validation(oneError(patternViolation('qualifier', '$LATEST.other', qualifierPattern))) }],
    ['a trailing newline', { given: '1\n', want: validation(oneError(patternViolation('qualifier', '1\n', qualifierPattern))) }],
  ])('%s', (_name, { given, want }) => {
    expect(validateRequest(putRequest({ qualifier: given }))).toEqual(want);
    expect(validateRequest({ operation: get, functionName: 'my-function', qualifier: given })).toEqual(want);
  });

  it('refuses a qualifier that differs from the one in the function name', () => {
    const want = invalidParameter('The derived qualifier from the function name does not match the specified qualifier.');
    expect(validateRequest(putRequest({ functionName: 'my-function:1', qualifier: '2' }))).toEqual(want);
    expect(validateRequest({ operation: get, functionName: `${arnPrefix}my-function:$LATEST`, qualifier: '1' })).toEqual(want);
  });
});

describe('validateRequest: Put body', () => {
  it.each<[string, { given: unknown; want: AwsError | undefined }]>([
    ['Auto', { given: { UpdateRuntimeOn: 'Auto' }, want: undefined }],
    ['FunctionUpdate', { given: { UpdateRuntimeOn: 'FunctionUpdate' }, want: undefined }],
    ['Manual with a runtime version', { given: { UpdateRuntimeOn: 'Manual', RuntimeVersionArn: validRuntimeArn }, want: undefined }],
    ['unknown members are ignored', { given: { UpdateRuntimeOn: 'Auto', Colour: 'blue' }, want: undefined }],
    ['null RuntimeVersionArn counts as absent', { given: { UpdateRuntimeOn: 'Auto', RuntimeVersionArn: null }, want: undefined }],
    [
      'RuntimeVersionArn of 2048 characters (max)',
      { given: { UpdateRuntimeOn: 'Manual', RuntimeVersionArn: runtimeArnPrefix + 'x'.repeat(2048 - runtimeArnPrefix.length) }, want: undefined },
    ],
    [
      'GovCloud runtime version',
      { given: { UpdateRuntimeOn: 'Manual', RuntimeVersionArn: 'arn:aws-us-gov:lambda:us-gov-west-1::runtime:abc' }, want: undefined },
    ],
    [
      'isof runtime version (live model only)',
      { given: { UpdateRuntimeOn: 'Manual', RuntimeVersionArn: 'arn:aws-iso-f:lambda:us-isof-south-1::runtime:abc' }, want: undefined },
    ],
    ['no body', { given: undefined, want: validation(oneError("Value null at 'updateRuntimeOn' failed to satisfy constraint: Member must not be null")) }],
    ['empty object', { given: {}, want: validation(oneError("Value null at 'updateRuntimeOn' failed to satisfy constraint: Member must not be null")) }],
    [
      'null mode',
      { given: { UpdateRuntimeOn: null }, want: validation(oneError("Value null at 'updateRuntimeOn' failed to satisfy constraint: Member must not be null")) },
    ],
    [
      'unknown mode',
      {
        given: { UpdateRuntimeOn: 'Sometimes' },
        want: validation(
          oneError("Value 'Sometimes' at 'updateRuntimeOn' failed to satisfy constraint: Member must satisfy enum value set: [Auto, Manual, FunctionUpdate]"),
        ),
      },
    ],
    [
      'mode in the wrong case',
      {
        given: { UpdateRuntimeOn: 'auto' },
        want: validation(
          oneError("Value 'auto' at 'updateRuntimeOn' failed to satisfy constraint: Member must satisfy enum value set: [Auto, Manual, FunctionUpdate]"),
        ),
      },
    ],
    [
      'RuntimeVersionArn of 2049 characters (max+1)',
      {
        given: { UpdateRuntimeOn: 'Manual', RuntimeVersionArn: runtimeArnPrefix + 'x'.repeat(2049 - runtimeArnPrefix.length) },
        want: validation(oneError(maxLengthViolation('runtimeVersionArn', runtimeArnPrefix + 'x'.repeat(2049 - runtimeArnPrefix.length), 2048))),
      },
    ],
    [
      'RuntimeVersionArn of 25 characters (min-1)',
      {
        given: { UpdateRuntimeOn: 'Manual', RuntimeVersionArn: 'r'.repeat(25) },
        want: validation(
          `2 validation errors detected: ${patternViolation('runtimeVersionArn', 'r'.repeat(25), runtimeVersionArnPattern)}; ${minLengthViolation('runtimeVersionArn', 'r'.repeat(25), 26)}`,
        ),
      },
    ],
    [
      'RuntimeVersionArn of 26 characters (min) breaking the pattern',
      {
        given: { UpdateRuntimeOn: 'Manual', RuntimeVersionArn: 'r'.repeat(26) },
        want: validation(oneError(patternViolation('runtimeVersionArn', 'r'.repeat(26), runtimeVersionArnPattern))),
      },
    ],
    [
      'RuntimeVersionArn with an account id',
      {
        given: { UpdateRuntimeOn: 'Manual', RuntimeVersionArn: 'arn:aws:lambda:us-east-1:123456789012:runtime:abc' },
        want: validation(oneError(patternViolation('runtimeVersionArn', 'arn:aws:lambda:us-east-1:123456789012:runtime:abc', runtimeVersionArnPattern))),
      },
    ],
    [
      'RuntimeVersionArn with a trailing newline',
      {
        given: { UpdateRuntimeOn: 'Manual', RuntimeVersionArn: `${validRuntimeArn}\n` },
        want: validation(oneError(patternViolation('runtimeVersionArn', `${validRuntimeArn}\n`, runtimeVersionArnPattern))),
      },
    ],
    [
      'Manual without a runtime version',
      { given: { UpdateRuntimeOn: 'Manual' }, want: invalidParameter('RuntimeVersionArn is required when UpdateRuntimeOn is Manual.') },
    ],
    [
      'Auto with a runtime version',
      {
        given: { UpdateRuntimeOn: 'Auto', RuntimeVersionArn: validRuntimeArn },
        want: invalidParameter('RuntimeVersionArn can only be specified when UpdateRuntimeOn is Manual.'),
      },
    ],
    [
      'FunctionUpdate with a runtime version',
      {
        given: { UpdateRuntimeOn: 'FunctionUpdate', RuntimeVersionArn: validRuntimeArn },
        want: invalidParameter('RuntimeVersionArn can only be specified when UpdateRuntimeOn is Manual.'),
      },
    ],
    [
      'a JSON array',
      { given: [], want: { name: 'SerializationException', status: 400, message: 'Expected a JSON object as the request body, got an array.' } },
    ],
    [
      'a JSON string',
      { given: 'Auto', want: { name: 'SerializationException', status: 400, message: 'Expected a JSON object as the request body, got a string.' } },
    ],
    [
      'a number where a string belongs',
      {
        given: { UpdateRuntimeOn: 1 },
        want: { name: 'SerializationException', status: 400, message: "Expected a string for member 'UpdateRuntimeOn', got a number." },
      },
    ],
    [
      'an object where a string belongs',
      {
        given: { UpdateRuntimeOn: 'Manual', RuntimeVersionArn: { arn: 'x' } },
        want: { name: 'SerializationException', status: 400, message: "Expected a string for member 'RuntimeVersionArn', got an object." },
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(validateRequest(putRequest({ body: given }))).toEqual(want);
  });

  it('ignores a body on Get', () => {
    expect(validateRequest({ operation: get, functionName: 'my-function', body: { UpdateRuntimeOn: 'Sometimes' } })).toBeUndefined();
  });
});

describe('validateRequest: several violations in one message', () => {
  it.each<[string, { given: RuntimeManagementRequest; want: string }]>([
    [
      'qualifier and mode',
      {
        given: putRequest({ qualifier: 'a?b', body: { UpdateRuntimeOn: 'Sometimes' } }),
        want: `2 validation errors detected: ${patternViolation('qualifier', 'a?b', qualifierPattern)}; Value 'Sometimes' at 'updateRuntimeOn' failed to satisfy constraint: Member must satisfy enum value set: [Auto, Manual, FunctionUpdate]`,
      },
    ],
    [
      'members listed in model order whatever the input order',
      {
        given: putRequest({ functionName: 'a b', qualifier: 'q'.repeat(129), body: { RuntimeVersionArn: 'bad-arn-bad-arn-bad-arn-bad' } }),
        want: [
          '4 validation errors detected: ' + patternViolation('functionName', 'a b', functionNamePattern),
          maxLengthViolation('qualifier', 'q'.repeat(129), 128),
          "Value null at 'updateRuntimeOn' failed to satisfy constraint: Member must not be null",
          patternViolation('runtimeVersionArn', 'bad-arn-bad-arn-bad-arn-bad', runtimeVersionArnPattern),
        ].join('; '),
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(validateRequest(given)).toEqual(validation(want));
  });

  it('reports constraint violations before semantic errors', () => {
    // A 65-character name alone is an InvalidParameterValueException; with a bad mode the model check answers first.
    expect(validateRequest(putRequest({ functionName: 'n'.repeat(65), body: { UpdateRuntimeOn: 'x' } }))?.name).toBe('ValidationException');
  });
});
