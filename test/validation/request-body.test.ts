import { describe, expect, it } from 'vitest';
import { parseJsonRequestBody, requestTooLargeError, unsupportedMediaTypeError } from '../../src/validation/index.js';

describe('unsupportedMediaTypeError', () => {
  it.each<[string, { given: string | undefined; want: string | undefined }]>([
    ['absent: taken as JSON', { given: undefined, want: undefined }],
    ['blank: taken as JSON', { given: '', want: undefined }],
    ['application/json', { given: 'application/json', want: undefined }],
    ['application/json;', { given: 'application/json;', want: undefined }],
    ['a charset', { given: 'application/json; charset=utf-8', want: undefined }],
    ['upper case', { given: 'Application/JSON', want: undefined }],
    ['only a semicolon: blank, taken as JSON', { given: ';', want: undefined }],
    ['a list', { given: 'application/json, text/plain', want: "The content type 'application/json, text/plain' is not supported: send application/json." }],
    ['json', { given: 'json', want: "The content type 'json' is not supported: send application/json." }],
    ['text/plain', { given: 'text/plain', want: "The content type 'text/plain' is not supported: send application/json." }],
  ])('%s', (_name, { given, want }) => {
    const error = unsupportedMediaTypeError(given);
    expect(error === undefined ? undefined : error.message).toBe(want);
    if (error) expect([error.name, error.status]).toEqual(['UnsupportedMediaTypeException', 415]);
  });
});

describe('parseJsonRequestBody', () => {
  it.each<[string, { given: Uint8Array; want: { body: unknown } | { message: string } }]>([
    ['an object', { given: Buffer.from('{"a":"b"}'), want: { body: { a: 'b' } } }],
    ['malformed', { given: Buffer.from('{'), want: { message: 'The request body is not valid JSON.' } }],
    ['broken UTF-8', { given: Buffer.from([0x22, 0xff, 0x22]), want: { message: 'The request body is not valid UTF-8.' } }],
    ['__proto__', { given: Buffer.from('{"__proto__":1}'), want: { message: "The request body uses the reserved member name '__proto__'." } }],
    ['__proto__ escaped', { given: Buffer.from('{"\\u005f_proto__":1}'), want: { message: "The request body uses the reserved member name '__proto__'." } }],
    ['33 levels deep', { given: Buffer.from(`${'['.repeat(33)}${']'.repeat(33)}`), want: { message: 'The request body nests JSON deeper than 32 levels.' } }],
    ['brackets inside strings do not count', { given: Buffer.from(`"${'['.repeat(40)}"`), want: { body: '['.repeat(40) } }],
  ])('%s', (_name, { given, want }) => {
    const parsed = parseJsonRequestBody(given);
    expect('error' in parsed ? { message: parsed.error.message } : parsed).toEqual(want);
  });
});

describe('requestTooLargeError', () => {
  it('is a 413 naming the limit and the operation', () => {
    expect(requestTooLargeError(65_536, 'PutRuntimeManagementConfig')).toEqual({
      name: 'RequestEntityTooLargeException',
      status: 413,
      message: 'Request must be smaller than 65536 bytes for the PutRuntimeManagementConfig operation',
    });
  });
});
