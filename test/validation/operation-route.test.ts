import { describe, expect, it } from 'vitest';
import { routeOperation, unknownOperationError } from '../../src/validation/index.js';

const path = (segment: string, query = '') => `/2021-07-20/functions/${segment}/runtime-management-config${query}`;
const get = 'GetRuntimeManagementConfig';
const put = 'PutRuntimeManagementConfig';

describe('routeOperation', () => {
  it.each([
    [
      'GET a plain name',
      { given: ['GET', path('my-function')], want: { kind: 'operation', operation: get, functionName: 'my-function', qualifier: undefined } },
    ],
    [
      'PUT with a qualifier',
      { given: ['PUT', path('my-function', '?Qualifier=1')], want: { kind: 'operation', operation: put, functionName: 'my-function', qualifier: '1' } },
    ],
    [
      'an encoded ARN',
      {
        given: ['GET', path('arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3Af')],
        want: { kind: 'operation', operation: get, functionName: 'arn:aws:lambda:us-east-1:123456789012:function:f', qualifier: undefined },
      },
    ],
    [
      'an encoded $ in the qualifier',
      { given: ['GET', path('f', '?Qualifier=%24LATEST')], want: { kind: 'operation', operation: get, functionName: 'f', qualifier: '$LATEST' } },
    ],
    ['an empty qualifier', { given: ['GET', path('f', '?Qualifier=')], want: { kind: 'operation', operation: get, functionName: 'f', qualifier: '' } }],
    ['a qualifier without =', { given: ['GET', path('f', '?Qualifier')], want: { kind: 'operation', operation: get, functionName: 'f', qualifier: '' } }],
    [
      'the first of two qualifiers',
      { given: ['GET', path('f', '?Qualifier=1&Qualifier=2')], want: { kind: 'operation', operation: get, functionName: 'f', qualifier: '1' } },
    ],
    [
      'other parameters ignored',
      { given: ['GET', path('f', '?a=b&Qualifier=2&c')], want: { kind: 'operation', operation: get, functionName: 'f', qualifier: '2' } },
    ],
    [
      'an encoded slash lands in the name',
      { given: ['GET', path('a%2Fb')], want: { kind: 'operation', operation: get, functionName: 'a/b', qualifier: undefined } },
    ],
    ...['%', '%2', '%FF', '%E2%82', '%ED%A0%80', 'a%ZZ'].map(
      (segment) =>
        [
          `an undecodable escape stays as sent: ${segment}`,
          { given: ['GET', path(segment)], want: { kind: 'operation', operation: get, functionName: segment, qualifier: undefined } },
        ] as const,
    ),
    [
      'broken UTF-8 in the qualifier stays as sent',
      { given: ['GET', path('f', '?Qualifier=%C3%28')], want: { kind: 'operation', operation: get, functionName: 'f', qualifier: '%C3%28' } },
    ],
    ['an empty name segment', { given: ['GET', path('')], want: { kind: 'operation', operation: get, functionName: '', qualifier: undefined } }],
    ['+ is not a space', { given: ['GET', path('a+b')], want: { kind: 'operation', operation: get, functionName: 'a+b', qualifier: undefined } }],
    ['POST', { given: ['POST', path('f')], want: { kind: 'unknown' } }],
    ['HEAD', { given: ['HEAD', path('f')], want: { kind: 'unknown' } }],
    ['a lower-case method', { given: ['get', path('f')], want: { kind: 'unknown' } }],
    ['a trailing slash', { given: ['GET', `${path('f')}/`], want: { kind: 'unknown' } }],
    ['a raw slash in the name', { given: ['GET', path('a/b')], want: { kind: 'unknown' } }],
    ['another API version', { given: ['GET', '/2015-03-31/functions/f/runtime-management-config'], want: { kind: 'unknown' } }],
    ['an absolute-form target', { given: ['GET', `http://localhost${path('f')}`], want: { kind: 'unknown' } }],
    ['a regex character in the path is literal', { given: ['GET', '/2021-07-20/functions/f/runtime-management-configs'], want: { kind: 'unknown' } }],
  ] as const)('%s', (_name, { given, want }) => {
    expect(routeOperation(given[0], given[1])).toEqual(want);
  });

  it('unknownOperationError names the method and path, query left out, long paths cut at 200', () => {
    expect(unknownOperationError('POST', '/x?y=1')).toEqual({ name: 'UnknownOperationException', status: 404, message: 'No operation matches POST /x.' });
    expect(unknownOperationError('GET', `/${'a'.repeat(300)}`).message).toBe(`No operation matches GET /${'a'.repeat(199)}….`);
  });
});
