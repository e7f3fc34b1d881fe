import { describe, expect, it } from 'vitest';
import { errorTypeByBodyFromSpec } from '../../src/mock/error-type-by-body.js';
import { translatePrismAnswer, type PrismAnswer } from '../../src/mock/prism-answer.js';
import { loadSpecFile, specPath } from '../../src/spec/index.js';

const errorTypes = errorTypeByBodyFromSpec(loadSpecFile(specPath));
const fixedId = '5e0b3c2a-7d4f-4a8e-9a3e-1f2b3c4d5e6f';
const problem = (status: number, title: string, detail: string): PrismAnswer => ({
  status,
  rawHeaders: ['content-type', 'application/problem+json', 'Content-Length', '99'],
  body: Buffer.from(JSON.stringify({ type: 'https://stoplight.io/prism/errors#X', title, status, detail })),
});

function headersOf(list: string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (let index = 0; index + 1 < list.length; index += 2) headers[list[index]!.toLowerCase()] = list[index + 1]!;
  return headers;
}

describe('translatePrismAnswer', () => {
  it('a documented answer keeps status, body and headers; the request id is fresh each time; hop-by-hop headers go', () => {
    const answer: PrismAnswer = {
      status: 200,
      rawHeaders: [
        'x-amzn-RequestId',
        fixedId,
        'Content-type',
        'application/json',
        'Connection',
        'keep-alive',
        'Keep-Alive',
        'timeout=5',
        'Content-Length',
        '2',
      ],
      body: Buffer.from('{}'),
    };
    const first = translatePrismAnswer(answer, errorTypes, undefined);
    const second = translatePrismAnswer(answer, errorTypes, undefined);
    expect(first.status).toBe(200);
    expect(first.body.toString()).toBe('{}');
    expect(Object.keys(headersOf(first.headers)).sort()).toEqual(['content-type', 'x-amzn-requestid']);
    expect(headersOf(first.headers)['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
    expect(headersOf(first.headers)['x-amzn-requestid']).not.toBe(fixedId);
    expect(headersOf(second.headers)['x-amzn-requestid']).not.toBe(headersOf(first.headers)['x-amzn-requestid']);
  });

  it('the 400 header is set to the error the body is', () => {
    const answer: PrismAnswer = {
      status: 400,
      rawHeaders: ['x-amzn-ErrorType', 'ValidationException', 'content-type', 'application/json'],
      body: Buffer.from(JSON.stringify({ Type: 'User', message: 'RuntimeVersionArn is required when UpdateRuntimeOn is Manual.' })),
    };
    expect(headersOf(translatePrismAnswer(answer, errorTypes, 'code=400').headers)['x-amzn-errortype']).toBe('InvalidParameterValueException');
  });

  it.each<[string, { given: [PrismAnswer, string | undefined]; want: { status: number; errorType: string; body: Record<string, string> } }]>([
    [
      'an example the spec does not have',
      {
        given: [
          problem(404, 'The server cannot find the requested content', 'Response for contentType: application/json and exampleKey: Nope does not exist.'),
          'example=Nope',
        ],
        want: {
          status: 400,
          errorType: 'ValidationException',
          body: {
            message:
              'lambda-rmc mock cannot answer as asked (Prefer: example=Nope): The server cannot find the requested content: Response for contentType: application/json and exampleKey: Nope does not exist.',
          },
        },
      },
    ],
    [
      'a code that is no number',
      {
        given: [problem(422, 'Invalid request', 'optional property "code"\n└─ cannot decode "abc", should be a number'), 'code=abc'],
        want: {
          status: 400,
          errorType: 'ValidationException',
          body: {
            message:
              'lambda-rmc mock cannot answer as asked (Prefer: code=abc): Invalid request: optional property "code" └─ cannot decode "abc", should be a number',
          },
        },
      },
    ],
    [
      "Prism's own failure",
      {
        given: [problem(500, 'Internal', 'boom'), undefined],
        want: { status: 500, errorType: 'ServiceException', body: { Type: 'Service', Message: 'lambda-rmc mock: Prism failed (500): Internal: boom' } },
      },
    ],
  ])("Prism's problem+json becomes an AWS error: %s", (_name, { given, want }) => {
    const translated = translatePrismAnswer(given[0], errorTypes, given[1]);
    expect(translated.status).toBe(want.status);
    expect(headersOf(translated.headers)['x-amzn-errortype']).toBe(want.errorType);
    expect(headersOf(translated.headers)['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(String(translated.body))).toEqual(want.body);
  });
});
