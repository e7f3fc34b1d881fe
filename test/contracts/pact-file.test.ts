import { describe, expect, it } from 'vitest';
import { PactFileError, parsePact, type PactHttpInteraction } from '../../src/contracts/pact-file.js';

const parties = { consumer: { name: 'c' }, provider: { name: 'p' } };
const path = '/2021-07-20/functions/my-function/runtime-management-config';

describe('parsePact: every Pact specification read into one shape', () => {
  const cases: Array<[string, { given: unknown; want: Partial<PactHttpInteraction> }]> = [
    [
      'V4: query lists, header lists, a JSON body in { content }',
      {
        given: {
          type: 'Synchronous/HTTP',
          description: 'd',
          request: { method: 'PUT', path, query: { Qualifier: ['$LATEST'] }, body: { content: { UpdateRuntimeOn: 'Auto' }, contentType: 'application/json', encoded: false } },
          response: { status: 200, headers: { 'X-Amzn-RequestId': ['id'] }, body: { content: { UpdateRuntimeOn: 'Auto' }, contentType: 'application/json', encoded: false } },
        },
        want: { method: 'PUT', query: { Qualifier: ['$LATEST'] }, requestBody: { UpdateRuntimeOn: 'Auto' }, status: 200, responseHeaders: { 'x-amzn-requestid': 'id' } },
      },
    ],
    [
      'V4: a base64-encoded body',
      {
        given: {
          type: 'Synchronous/HTTP',
          description: 'd',
          request: { method: 'GET', path },
          response: { status: 404, body: { content: Buffer.from('{"Type":"User","Message":"gone"}').toString('base64'), contentType: 'application/json', encoded: 'base64' } },
        },
        want: { responseBody: { Type: 'User', Message: 'gone' } },
      },
    ],
    [
      'V3: query lists, plain body',
      { given: { description: 'd', request: { method: 'get', path, query: { Qualifier: ['1'] } }, response: { status: 200, body: { UpdateRuntimeOn: 'Auto' } } }, want: { method: 'GET', query: { Qualifier: ['1'] }, responseBody: { UpdateRuntimeOn: 'Auto' } } },
    ],
    [
      'V2: a query string, string headers',
      {
        given: { description: 'd', request: { method: 'GET', path, query: 'Qualifier=%24LATEST' }, response: { status: 429, headers: { 'Retry-After': '1' }, body: {} } },
        want: { query: { Qualifier: ['$LATEST'] }, responseHeaders: { 'retry-after': '1' } },
      },
    ],
  ];

  it.each(cases)('%s', (_name, { given, want }) => {
    const pact = parsePact({ ...parties, interactions: [given] }, 'pact.json');
    expect(pact.interactions[0]).toMatchObject(want);
  });

  it('skips V4 messages: only HTTP interactions describe this API', () => {
    const pact = parsePact({ ...parties, interactions: [{ type: 'Asynchronous/Messages', description: 'm', contents: {} }] }, 'pact.json');
    expect(pact.interactions).toEqual([]);
  });
});

describe('parsePact: what it refuses, naming file and field', () => {
  const interaction = { description: 'd', request: { method: 'GET', path }, response: { status: 200 } };
  const cases: Array<[string, { given: unknown; want: string }]> = [
    ['not an object', { given: [], want: "pact.json: not a Pact file: field 'interactions' is missing or not an array" }],
    ['no consumer name', { given: { provider: { name: 'p' }, interactions: [] }, want: "pact.json: not a Pact file: field 'consumer.name' is missing" }],
    ['an interaction without a request', { given: { ...parties, interactions: [{ response: { status: 200 } }] }, want: 'pact.json: interactions[0].request is missing' }],
    ['a status that is not an integer', { given: { ...parties, interactions: [interaction, { ...interaction, response: { status: '200' } }] }, want: 'pact.json: interactions[1].response.status is missing or not an integer' }],
    [
      'encoded JSON that does not parse',
      {
        given: { ...parties, interactions: [{ ...interaction, response: { status: 200, body: { content: 'e30', contentType: 'application/json', encoded: 'json' } } }] },
        want: 'pact.json: interactions[0].response.body is encoded JSON that does not parse',
      },
    ],
  ];

  it.each(cases)('%s', (_name, { given, want }) => {
    let thrown: unknown;
    try {
      parsePact(given, 'pact.json');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PactFileError);
    expect((thrown as PactFileError).message).toBe(want);
  });
});
