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

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('parseJsonRequestBody', () => {
  it.each([
    ['an object', { given: bytes('{"UpdateRuntimeOn":"Auto"}'), want: { ok: true, value: { UpdateRuntimeOn: 'Auto' } } }],
    ['an array (validation refuses it later)', { given: bytes('[1]'), want: { ok: true, value: [1] } }],
    ['escapes that are not __proto__', { given: bytes('{"a":"\\u0041"}'), want: { ok: true, value: { a: 'A' } } }],
    ['__proto__ inside a string value is fine', { given: bytes('{"a":"__proto__"}'), want: { ok: true, value: { a: '__proto__' } } }],
    ['exactly 32 levels', { given: bytes(`${'['.repeat(32)}${']'.repeat(32)}`), want: { ok: true, value: expect.any(Array) } }],
    ['brackets inside strings do not count', { given: bytes(`{"a":"${'['.repeat(40)}"}`), want: { ok: true, value: { a: '['.repeat(40) } } }],
    ['escaped quotes inside strings', { given: bytes('{"a":"\\"[[[["}'), want: { ok: true, value: { a: '"[[[[' } } }],
  ])('accepts %s', (_name, { given, want }) => {
    expect(parseJsonRequestBody(given, 32)).toEqual(want);
  });

  it.each([
    ['malformed JSON', { given: bytes('{"a":'), want: 'The request body is not valid JSON.' }],
    ['trailing garbage', { given: bytes('{} x'), want: 'The request body is not valid JSON.' }],
    ['33 levels', { given: bytes(`${'['.repeat(33)}${']'.repeat(33)}`), want: 'The request body nests JSON deeper than 32 levels.' }],
    ['deep nesting that is also malformed', { given: bytes('['.repeat(100_000)), want: 'The request body nests JSON deeper than 32 levels.' }],
    ['a __proto__ member', { given: bytes('{"__proto__":{"x":1}}'), want: "The request body uses the reserved member name '__proto__'." }],
    ['a nested __proto__ member', { given: bytes('{"a":{"b":[{"__proto__":null}]}}'), want: "The request body uses the reserved member name '__proto__'." }],
    [
      'an escaped __proto__ member',
      { given: bytes('{"\\u005f\\u005fproto\\u005f\\u005f":1}'), want: "The request body uses the reserved member name '__proto__'." },
    ],
    ['bytes that are not UTF-8', { given: Buffer.from([0x7b, 0xff, 0x7d]), want: 'The request body is not valid UTF-8.' }],
  ])('refuses %s as SerializationException', (_name, { given, want }) => {
    expect(parseJsonRequestBody(given, 32)).toEqual({ ok: false, error: { name: 'SerializationException', status: 400, message: want } });
  });

  it('leaves Object.prototype alone', () => {
    parseJsonRequestBody(bytes('{"__proto__":{"polluted":true}}'), 32);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
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
