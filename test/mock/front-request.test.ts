import { describe, expect, it } from 'vitest';
import { decideFrontRequest, type FrontDecision, type FrontRequest } from '../../src/mock/front-request.js';
import { awsErrorBody } from '../../src/validation/index.js';

const path = (segment: string, query = '') => `/2021-07-20/functions/${segment}/runtime-management-config${query}`;
const json = { 'content-type': 'application/json' };
const maxBodyBytes = 100;

/** `body` is the text sent, or 'too-large' for a body the front stopped reading at its limit. */
function request(method: string, target: string, headers: FrontRequest['headers'] = {}, body = ''): FrontRequest {
  return { method, target, headers, body: body === 'too-large' ? body : Buffer.from(body) };
}

/** The decision as the wire shows it: the refusal's name, status and body, or what Prism is sent. */
function summary(decision: FrontDecision) {
  if ('refuse' in decision)
    return { refuse: decision.refuse.name, status: decision.refuse.status, body: awsErrorBody(decision.refuse), close: decision.closeConnection };
  const { method, path: forwardedPath, headers, body } = decision.forward;
  return { forward: { method, path: forwardedPath, headers, body }, close: decision.closeConnection };
}

const patternViolation = (value: string, member: string) =>
  expect.stringMatching(
    new RegExp(
      `^1 validation error detected: Value '${value.replace(/[.*+?^$()|[\]\\]/g, '\\$&')}' at '${member}' failed to satisfy constraint: Member must satisfy regular expression pattern: `,
    ),
  );

describe('decideFrontRequest: refused before Prism, as the simulator refuses', () => {
  it.each<[string, { given: FrontRequest; want: ReturnType<typeof summary> }]>([
    ...['%', '%2', '%FF', '%E2%82', '%ED%A0%80', 'a%ZZ'].map(
      (segment) =>
        [
          `an undecodable escape in the name: ${segment}`,
          {
            given: request('GET', path(segment)),
            want: { refuse: 'ValidationException', status: 400, body: { message: patternViolation(segment, 'functionName') }, close: false },
          },
        ] as [string, { given: FrontRequest; want: ReturnType<typeof summary> }],
    ),
    [
      'an undecodable qualifier',
      {
        given: request('GET', path('f', '?Qualifier=%C3%28')),
        want: { refuse: 'ValidationException', status: 400, body: { message: patternViolation('%C3%28', 'qualifier') }, close: false },
      },
    ],
    [
      'an encoded slash in the name',
      {
        given: request('GET', path('a%2Fb')),
        want: { refuse: 'ValidationException', status: 400, body: { message: patternViolation('a/b', 'functionName') }, close: false },
      },
    ],
    [
      'an empty name segment',
      {
        given: request('GET', path('')),
        want: { refuse: 'ValidationException', status: 400, body: { message: expect.stringContaining("Value '' at 'functionName'") }, close: false },
      },
    ],
    [
      'a raw slash in the name',
      {
        given: request('GET', path('a/b')),
        want: { refuse: 'UnknownOperationException', status: 404, body: { message: `No operation matches GET ${path('a/b')}.` }, close: false },
      },
    ],
    [
      'an unknown path',
      {
        given: request('GET', '/nope?x=1'),
        want: { refuse: 'UnknownOperationException', status: 404, body: { message: 'No operation matches GET /nope.' }, close: false },
      },
    ],
    [
      'an unknown method',
      {
        given: request('POST', path('f')),
        want: { refuse: 'UnknownOperationException', status: 404, body: { message: `No operation matches POST ${path('f')}.` }, close: false },
      },
    ],
    [
      'DELETE',
      {
        given: request('DELETE', path('f')),
        want: { refuse: 'UnknownOperationException', status: 404, body: { message: `No operation matches DELETE ${path('f')}.` }, close: false },
      },
    ],
    [
      'an oversized Put body',
      {
        given: request('PUT', path('f'), json, 'too-large'),
        want: {
          refuse: 'RequestEntityTooLargeException',
          status: 413,
          body: { Type: 'User', message: 'Request must be smaller than 100 bytes for the PutRuntimeManagementConfig operation' },
          close: true,
        },
      },
    ],
    ...['application/json, text/plain', 'json', 'text/plain', 'application/x-amz-json-1.1'].map(
      (contentType) =>
        [
          `content type ${contentType}`,
          {
            given: request('PUT', path('f'), { 'content-type': contentType }, '{"UpdateRuntimeOn":"Auto"}'),
            want: {
              refuse: 'UnsupportedMediaTypeException',
              status: 415,
              body: { Type: 'User', message: `The content type '${contentType}' is not supported: send application/json.` },
              close: false,
            },
          },
        ] as [string, { given: FrontRequest; want: ReturnType<typeof summary> }],
    ),
    [
      'malformed JSON',
      {
        given: request('PUT', path('f'), json, '{"UpdateRuntimeOn":'),
        want: { refuse: 'SerializationException', status: 400, body: { message: 'The request body is not valid JSON.' }, close: false },
      },
    ],
    [
      'a JSON array',
      {
        given: request('PUT', path('f'), json, '[]'),
        want: { refuse: 'SerializationException', status: 400, body: { message: 'Expected a JSON object as the request body, got an array.' }, close: false },
      },
    ],
    [
      'a member of the wrong type',
      {
        given: request('PUT', path('f'), json, '{"UpdateRuntimeOn":1}'),
        want: {
          refuse: 'SerializationException',
          status: 400,
          body: { message: "Expected a string for member 'UpdateRuntimeOn', got a number." },
          close: false,
        },
      },
    ],
    [
      'broken UTF-8',
      {
        given: { ...request('PUT', path('f'), json), body: Buffer.from([0x7b, 0xff, 0x7d]) },
        want: { refuse: 'SerializationException', status: 400, body: { message: 'The request body is not valid UTF-8.' }, close: false },
      },
    ],
    [
      'a __proto__ member',
      {
        given: request('PUT', path('f'), json, '{"__proto__":{},"UpdateRuntimeOn":"Auto"}'),
        want: { refuse: 'SerializationException', status: 400, body: { message: "The request body uses the reserved member name '__proto__'." }, close: false },
      },
    ],
    [
      'an unknown mode, worded from the request',
      {
        given: request('PUT', path('f'), json, '{"UpdateRuntimeOn":"Sometimes"}'),
        want: {
          refuse: 'ValidationException',
          status: 400,
          body: {
            message:
              "1 validation error detected: Value 'Sometimes' at 'updateRuntimeOn' failed to satisfy constraint: Member must satisfy enum value set: [Auto, Manual, FunctionUpdate]",
          },
          close: false,
        },
      },
    ],
    [
      'an empty Put body',
      {
        given: request('PUT', path('f'), json),
        want: {
          refuse: 'ValidationException',
          status: 400,
          body: { message: "1 validation error detected: Value null at 'updateRuntimeOn' failed to satisfy constraint: Member must not be null" },
          close: false,
        },
      },
    ],
    [
      'Manual without RuntimeVersionArn',
      {
        given: request('PUT', path('f'), json, '{"UpdateRuntimeOn":"Manual"}'),
        want: {
          refuse: 'InvalidParameterValueException',
          status: 400,
          body: { Type: 'User', message: 'RuntimeVersionArn is required when UpdateRuntimeOn is Manual.' },
          close: false,
        },
      },
    ],
    [
      'a qualifier that contradicts the name',
      {
        given: request('GET', path('f%3A1', '?Qualifier=2')),
        want: {
          refuse: 'InvalidParameterValueException',
          status: 400,
          body: { Type: 'User', message: 'The derived qualifier from the function name does not match the specified qualifier.' },
          close: false,
        },
      },
    ],
    [
      'Prefer does not rescue an invalid request',
      {
        given: request('GET', path('%'), { prefer: 'code=200' }),
        want: { refuse: 'ValidationException', status: 400, body: { message: patternViolation('%', 'functionName') }, close: false },
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(summary(decideFrontRequest(given, maxBodyBytes))).toEqual(want);
  });
});

describe('decideFrontRequest: what Prism is sent for a valid request', () => {
  const arn = 'arn:aws:lambda:us-east-1::runtime:0cdcfbdefbc5e7d3343f73c2e2dd3cba17d61dea0686b404502a0c9ce83931b9';
  it.each<[string, { given: FrontRequest; want: ReturnType<typeof summary> }]>([
    [
      'a Get, re-encoded',
      {
        given: request('GET', path('arn:aws:lambda:us-east-1:123456789012:function:f', '?x=1&Qualifier=%24LATEST')),
        want: {
          forward: {
            method: 'GET',
            path: path('arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3Af', '?Qualifier=%24LATEST'),
            headers: {},
            body: undefined,
          },
          close: false,
        },
      },
    ],
    [
      'Prefer passes through',
      {
        given: request('GET', path('f'), { prefer: 'code=404', accept: 'text/plain' }),
        want: { forward: { method: 'GET', path: path('f'), headers: { prefer: 'code=404' }, body: undefined }, close: false },
      },
    ],
    [
      'a Put: known members only, nulls left out, the mode example preferred',
      {
        given: request('PUT', path('f'), { 'content-type': 'application/json;' }, '{"UpdateRuntimeOn":"FunctionUpdate","RuntimeVersionArn":null,"Extra":1}'),
        want: {
          forward: {
            method: 'PUT',
            path: path('f'),
            headers: { 'content-type': 'application/json', prefer: 'example=FunctionUpdate' },
            body: '{"UpdateRuntimeOn":"FunctionUpdate"}',
          },
          close: false,
        },
      },
    ],
    [
      'a Put without content type, Prefer kept',
      {
        given: request('PUT', path('f'), { prefer: 'code=409' }, `{"UpdateRuntimeOn":"Manual","RuntimeVersionArn":"${arn}"}`),
        want: {
          forward: {
            method: 'PUT',
            path: path('f'),
            headers: { 'content-type': 'application/json', prefer: 'code=409' },
            body: `{"UpdateRuntimeOn":"Manual","RuntimeVersionArn":"${arn}"}`,
          },
          close: false,
        },
      },
    ],
    [
      'a Get whose body was too large is answered, then the connection closes',
      { given: request('GET', path('f'), {}, 'too-large'), want: { forward: { method: 'GET', path: path('f'), headers: {}, body: undefined }, close: true } },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(summary(decideFrontRequest(given, maxBodyBytes))).toEqual(want);
  });
});
