import { describe, expect, it } from 'vitest';
import { PactFileError, parsePact, type PactHttpInteraction } from '../../src/pacts/index.js';

const parties = { consumer: { name: 'c' }, provider: { name: 'p' } };
const path = '/2021-07-20/functions/my-function/runtime-management-config';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

describe('parsePact: every Pact specification read into one shape', () => {
  const cases: Array<[string, { given: { metadata?: unknown; interaction: unknown }; want: DeepPartial<PactHttpInteraction> }]> = [
    [
      'V4: query lists, header lists, a JSON body in { content }',
      {
        given: {
          interaction: {
            type: 'Synchronous/HTTP',
            description: 'd',
            request: {
              method: 'PUT',
              path,
              query: { Qualifier: ['$LATEST'] },
              body: { content: { UpdateRuntimeOn: 'Auto' }, contentType: 'application/json', encoded: false },
            },
            response: {
              status: 200,
              headers: { 'X-Amzn-RequestId': ['id'] },
              body: { content: { UpdateRuntimeOn: 'Auto' }, contentType: 'application/json', encoded: false },
            },
          },
        },
        want: {
          request: { method: 'PUT', query: { Qualifier: ['$LATEST'] }, body: { UpdateRuntimeOn: 'Auto' }, hasBody: true, contentType: 'application/json' },
          response: { status: 200, headers: { 'x-amzn-requestid': ['id'] } },
        },
      },
    ],
    [
      'V4: a base64-encoded body',
      {
        given: {
          interaction: {
            type: 'Synchronous/HTTP',
            description: 'd',
            request: { method: 'GET', path },
            response: {
              status: 404,
              body: { content: Buffer.from('{"Type":"User","Message":"gone"}').toString('base64'), contentType: 'application/json', encoded: 'base64' },
            },
          },
        },
        want: { request: { hasBody: false }, response: { body: { Type: 'User', Message: 'gone' }, contentType: 'application/json' } },
      },
    ],
    [
      'V4 declared in metadata: a JSON string with a JSON content type, and a query string left in the path',
      {
        given: {
          metadata: { pactSpecification: { version: '4.0' } },
          interaction: {
            type: 'Synchronous/HTTP',
            description: 'd',
            request: { method: 'GET', path: `${path}?Qualifier=1` },
            response: { status: 200, body: { content: '{"B":2}', contentType: 'application/json' } },
          },
        },
        want: { request: { path, query: { Qualifier: ['1'] } }, response: { body: { B: 2 } } },
      },
    ],
    [
      'V3: query lists, plain body',
      {
        given: {
          interaction: {
            description: 'd',
            request: { method: 'get', path, query: { Qualifier: ['1'] } },
            response: { status: 200, body: { UpdateRuntimeOn: 'Auto' } },
          },
        },
        want: { request: { method: 'GET', query: { Qualifier: ['1'] } }, response: { body: { UpdateRuntimeOn: 'Auto' }, hasBody: true } },
      },
    ],
    [
      'V2: a query string, string headers',
      {
        given: {
          metadata: { pactSpecification: { version: '2.0.0' } },
          interaction: {
            description: 'd',
            request: { method: 'GET', path, query: 'Qualifier=%24LATEST&a=1' },
            response: { status: 429, headers: { 'Retry-After': '1' }, body: {} },
          },
        },
        want: { request: { query: { Qualifier: ['$LATEST'], a: ['1'] } }, response: { headers: { 'retry-after': ['1'] } } },
      },
    ],
    [
      'V2: a body shaped like V4 content is the body itself',
      {
        given: {
          metadata: { pactSpecification: { version: '2.0.0' } },
          interaction: { description: 'd', request: { method: 'GET', path }, response: { status: 200, body: { content: 'x', encoded: false } } },
        },
        want: { response: { body: { content: 'x', encoded: false } } },
      },
    ],
    [
      'no description: named by its place',
      { given: { interaction: { request: { method: 'GET', path }, response: { status: 200 } } }, want: { description: 'interactions[0]', index: 0 } },
    ],
  ];

  it.each(cases)('%s', (_name, { given, want }) => {
    const pact = parsePact({ ...parties, ...(given.metadata ? { metadata: given.metadata } : {}), interactions: [given.interaction] }, 'pact.json');
    expect(pact.interactions[0]).toMatchObject({ file: 'pact.json', consumer: 'c', provider: 'p', ...want });
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
    ['no provider name', { given: { consumer: { name: 'c' }, interactions: [] }, want: "pact.json: not a Pact file: field 'provider.name' is missing" }],
    ['an interaction that is not an object', { given: { ...parties, interactions: [1] }, want: 'pact.json: interactions[0] is not an object' }],
    [
      'an interaction without a request',
      { given: { ...parties, interactions: [{ response: { status: 200 } }] }, want: 'pact.json: interactions[0].request is missing' },
    ],
    [
      'a request without a path',
      {
        given: { ...parties, interactions: [{ ...interaction, request: { method: 'GET' } }] },
        want: 'pact.json: interactions[0].request.path is missing or not a string',
      },
    ],
    [
      'a status that is not an integer',
      {
        given: { ...parties, interactions: [interaction, { ...interaction, response: { status: '200' } }] },
        want: 'pact.json: interactions[1].response.status is missing or not an integer',
      },
    ],
    [
      'encoded JSON that does not parse',
      {
        given: {
          ...parties,
          interactions: [{ ...interaction, response: { status: 200, body: { content: 'e30', contentType: 'application/json', encoded: 'json' } } }],
        },
        want: 'pact.json: interactions[0].response.body is encoded JSON that does not parse',
      },
    ],
    [
      'declared JSON that does not parse',
      {
        given: {
          ...parties,
          interactions: [{ ...interaction, request: { method: 'PUT', path, body: { content: '{', contentType: 'application/json', encoded: false } } }],
        },
        want: 'pact.json: interactions[0].request.body is declared JSON (application/json) but does not parse',
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
