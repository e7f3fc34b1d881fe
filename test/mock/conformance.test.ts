// One table of requests, sent to the Prism mock and to the simulator: wherever `Prefer` does not
// tell the mock otherwise, both answer alike. Errors: same status, x-amzn-ErrorType and body.
// Valid requests: both 200 with a body the spec documents and the same members — the content
// differs by design (the mock serves documented examples, the simulator its state).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPrismMock, type RunningMock } from '../../src/mock/index.js';
import { startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { validateResponse, type OperationId } from '../../src/validation/index.js';
import { sendRaw, type RawRequest, type RawResponse } from '../support/raw-http.js';

const path = (segment: string, query = '') => `/2021-07-20/functions/${segment}/runtime-management-config${query}`;
const runtimeVersionArn = 'arn:aws:lambda:us-east-1::runtime:0cdcfbdefbc5e7d3343f73c2e2dd3cba17d61dea0686b404502a0c9ce83931b9';
const get = (target: string, headers: Record<string, string> = {}): RawRequest => ({ method: 'GET', target, headers });
const put = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }, target = path('my-function')): RawRequest => ({
  method: 'PUT',
  target,
  headers,
  body,
});

let mock: RunningMock;
let simulator: RunningSimulator;
beforeAll(async () => {
  [mock, simulator] = await Promise.all([startPrismMock({ port: 0 }), startSimulator()]);
});
afterAll(async () => {
  await Promise.all([mock?.close(), simulator?.close()]);
});

async function both(request: RawRequest): Promise<[RawResponse, RawResponse]> {
  return Promise.all([sendRaw(mock.url, request), sendRaw(simulator.url, request)]);
}

const errorCases: Array<[string, RawRequest]> = [
  ['a lone % in the name', get(path('%'))],
  ['%2 in the name', get(path('%2'))],
  ['%FF in the name', get(path('%FF'))],
  ['a truncated UTF-8 escape', get(path('%E2%82'))],
  ['an escaped UTF-16 surrogate', get(path('%ED%A0%80'))],
  ['an undecodable escape in a Put', put('{"UpdateRuntimeOn":"Auto"}', { 'content-type': 'application/json' }, path('a%ZZ'))],
  ['an encoded slash in the name', get(path('a%2Fb'))],
  ['an empty name', get(path(''))],
  ['a name of 65 characters', get(path('f'.repeat(65)))],
  ['a name of 257 characters', get(path('f'.repeat(257)))],
  ['a qualifier outside the pattern', get(path('my-function', '?Qualifier=a%3Fb'))],
  ['an undecodable qualifier', get(path('my-function', '?Qualifier=%C3%28'))],
  ['an empty qualifier', get(path('my-function', '?Qualifier='))],
  ['a qualifier that contradicts the name', get(path('my-function%3A1', '?Qualifier=2'))],
  ['an unknown path', get('/nope')],
  ['the root', get('/')],
  ['a trailing slash', get(`${path('my-function')}/`)],
  ['another API version', get('/2015-03-31/functions/my-function/runtime-management-config')],
  ['a raw slash in the name', get(path('a/b'))],
  ['POST', { method: 'POST', target: path('my-function'), headers: { 'content-type': 'application/json' }, body: '{}' }],
  ['DELETE', { method: 'DELETE', target: path('my-function') }],
  ['PATCH', { method: 'PATCH', target: path('my-function'), body: '{}' }],
  ['OPTIONS', { method: 'OPTIONS', target: path('my-function') }],
  ['content type application/json, text/plain', put('{"UpdateRuntimeOn":"Auto"}', { 'content-type': 'application/json, text/plain' })],
  ['content type json', put('{"UpdateRuntimeOn":"Auto"}', { 'content-type': 'json' })],
  ['content type text/plain', put('{"UpdateRuntimeOn":"Auto"}', { 'content-type': 'text/plain' })],
  ['content type application/x-www-form-urlencoded', put('UpdateRuntimeOn=Auto', { 'content-type': 'application/x-www-form-urlencoded' })],
  ['malformed JSON', put('{"UpdateRuntimeOn":')],
  ['JSON that is an array', put('[]')],
  ['JSON that is a string', put('"Auto"')],
  ['a mode that is a number', put('{"UpdateRuntimeOn":1}')],
  ['a __proto__ member', put('{"__proto__":{"x":1},"UpdateRuntimeOn":"Auto"}')],
  ['JSON nested 40 deep', put(`{"a":${'['.repeat(40)}${']'.repeat(40)},"UpdateRuntimeOn":"Auto"}`)],
  ['broken UTF-8', put(Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]).toString('latin1'))],
  ['an empty body', put('')],
  ['an empty object', put('{}')],
  ['an unknown mode', put('{"UpdateRuntimeOn":"Sometimes"}')],
  ['a lower-case mode', put('{"UpdateRuntimeOn":"auto"}')],
  ['Manual without RuntimeVersionArn', put('{"UpdateRuntimeOn":"Manual"}')],
  ['Manual with a null RuntimeVersionArn', put('{"UpdateRuntimeOn":"Manual","RuntimeVersionArn":null}')],
  ['RuntimeVersionArn without Manual', put(`{"UpdateRuntimeOn":"Auto","RuntimeVersionArn":"${runtimeVersionArn}"}`)],
  ['a RuntimeVersionArn outside the pattern', put('{"UpdateRuntimeOn":"Manual","RuntimeVersionArn":"arn:aws:lambda:us-east-1::function:nope-nope"}')],
  ['a RuntimeVersionArn too short', put('{"UpdateRuntimeOn":"Manual","RuntimeVersionArn":"arn"}')],
  ['several violations at once', put('{"UpdateRuntimeOn":"Sometimes"}', { 'content-type': 'application/json' }, path('a%20b', '?Qualifier=%3F'))],
  ['a body over 64 KiB', put(`{"UpdateRuntimeOn":"Auto","Pad":"${'x'.repeat(70_000)}"}`)],
  ['an invalid request asking Prefer for a 200', get(path('%'), { prefer: 'code=200' })],
  ['an invalid Put asking Prefer for an example', put('{"UpdateRuntimeOn":"Manual"}', { 'content-type': 'application/json', prefer: 'example=Manual' })],
];

describe('the mock and the simulator refuse alike', () => {
  it.each(errorCases)('%s', async (_name, request) => {
    const [fromMock, fromSimulator] = await both(request);
    expect(fromMock.status).toBeGreaterThanOrEqual(400);
    expect(fromMock.status).toBeLessThan(500);
    expect({ status: fromMock.status, errorType: fromMock.headers['x-amzn-errortype'], body: fromMock.json }).toEqual({
      status: fromSimulator.status,
      errorType: fromSimulator.headers['x-amzn-errortype'],
      body: fromSimulator.json,
    });
    expect(fromMock.headers['content-type']).toBe('application/json');
    expect(fromMock.headers['x-amzn-requestid']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

const validCases: Array<[string, { given: RawRequest; operation: OperationId }]> = [
  ['Get', { given: get(path('my-function')), operation: 'GetRuntimeManagementConfig' }],
  ['Get a version', { given: get(path('my-function', '?Qualifier=1')), operation: 'GetRuntimeManagementConfig' }],
  ['Get by ARN', { given: get(path('arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3Amy-function')), operation: 'GetRuntimeManagementConfig' }],
  ['Get with unknown query parameters', { given: get(path('my-function', '?x=1&Qualifier=%24LATEST')), operation: 'GetRuntimeManagementConfig' }],
  ['Put Auto', { given: put('{"UpdateRuntimeOn":"Auto"}'), operation: 'PutRuntimeManagementConfig' }],
  ['Put FunctionUpdate', { given: put('{"UpdateRuntimeOn":"FunctionUpdate"}'), operation: 'PutRuntimeManagementConfig' }],
  ['Put Manual', { given: put(`{"UpdateRuntimeOn":"Manual","RuntimeVersionArn":"${runtimeVersionArn}"}`), operation: 'PutRuntimeManagementConfig' }],
  [
    'Put with content type application/json;',
    { given: put('{"UpdateRuntimeOn":"Auto"}', { 'content-type': 'application/json;' }), operation: 'PutRuntimeManagementConfig' },
  ],
  [
    'Put with a charset',
    { given: put('{"UpdateRuntimeOn":"Auto"}', { 'content-type': 'Application/JSON; charset=utf-8' }), operation: 'PutRuntimeManagementConfig' },
  ],
  ['Put without content type', { given: put('{"UpdateRuntimeOn":"Auto"}', {}), operation: 'PutRuntimeManagementConfig' }],
  [
    'Put with an unknown member and a null',
    { given: put('{"UpdateRuntimeOn":"FunctionUpdate","RuntimeVersionArn":null,"Extra":[1]}'), operation: 'PutRuntimeManagementConfig' },
  ],
];

describe('the mock and the simulator accept alike (same status and members; content by design not)', () => {
  it.each(validCases)('%s', async (_name, { given, operation }) => {
    const [fromMock, fromSimulator] = await both(given);
    simulator.reset();
    expect([fromMock.status, fromSimulator.status]).toEqual([200, 200]);
    for (const response of [fromMock, fromSimulator]) {
      expect(validateResponse({ operation, status: response.status, headers: response.headers, body: response.json })).toEqual([]);
    }
    expect(Object.keys(fromMock.json as object).sort()).toEqual(Object.keys(fromSimulator.json as object).sort());
    if (operation === 'PutRuntimeManagementConfig') {
      expect((fromMock.json as { UpdateRuntimeOn: string }).UpdateRuntimeOn).toBe((fromSimulator.json as { UpdateRuntimeOn: string }).UpdateRuntimeOn);
    }
  });
});

describe('request ids', () => {
  it('every answer of the mock carries a fresh x-amzn-RequestId, valid or not', async () => {
    const answers = await Promise.all([...Array(4)].flatMap(() => [sendRaw(mock.url, get(path('my-function'))), sendRaw(mock.url, get(path('%')))]));
    const ids = answers.map((answer) => answer.headers['x-amzn-requestid']);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
