import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPactDirectory, readPactFile } from '../../src/diff/index.js';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'lambda-rmc-pacts-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function pactFile(pact: unknown): string {
  const file = join(work, `pact-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(pact));
  return file;
}

describe('reading pact files', () => {
  it('reads the HTTP interactions of the fixture (Pact V4) and skips message interactions and files that are not pacts', () => {
    const interactions = readPactDirectory('test/fixtures/diff/pacts', process.cwd());
    expect(interactions.map((interaction) => interaction.description)).toEqual([
      'a Put that follows runtime updates automatically',
      'a Put that pins version 1 to a runtime version',
      'a Put on $LATEST.PUBLISHED',
      'a Get of a function that does not exist',
      'a Put with a Qualifier that breaks the pattern',
    ]);
    expect(interactions[1]).toMatchObject({
      file: 'test/fixtures/diff/pacts/example-consumer-lambda-runtime-management.json',
      request: { method: 'PUT', query: { Qualifier: ['1'] }, body: { UpdateRuntimeOn: 'Manual' }, hasBody: true },
      response: { status: 200 },
    });
    expect(interactions[3]).toMatchObject({ request: { hasBody: false }, response: { headers: { 'x-amzn-errortype': ['ResourceNotFoundException'] } } });
  });

  it.each([
    [
      'Pact V2: query as a string, body as JSON',
      {
        given: {
          metadata: { pactSpecification: { version: '2.0.0' } },
          interactions: [{ description: 'v2', request: { method: 'put', path: '/x', query: 'Qualifier=%24LATEST&a=1', body: { A: 1 } }, response: { status: 200, body: { B: 2 } } }],
        },
        want: { request: { method: 'PUT', query: { Qualifier: ['$LATEST'], a: ['1'] }, body: { A: 1 } }, response: { body: { B: 2 } } },
      },
    ],
    [
      'Pact V4: a base64 JSON body',
      {
        given: {
          metadata: { pactSpecification: { version: '4.0' } },
          interactions: [
            {
              type: 'Synchronous/HTTP',
              description: 'v4',
              request: { method: 'GET', path: '/x?Qualifier=1' },
              response: { status: 200, body: { content: Buffer.from('{"B":2}').toString('base64'), contentType: 'application/json', encoded: 'base64' } },
            },
          ],
        },
        want: { request: { path: '/x', query: { Qualifier: ['1'] }, hasBody: false }, response: { body: { B: 2 }, contentType: 'application/json' } },
      },
    ],
  ])('reads %s', (_name, { given, want }) => {
    const file = pactFile(given);
    expect(readPactFile(file, 'pact.json')[0]).toMatchObject(want);
  });

  it('names the file and the interaction that cannot be read', () => {
    const file = pactFile({ interactions: [{ description: 'no path', request: { method: 'GET' }, response: { status: 200 } }] });
    expect(() => readPactFile(file, 'broken-pact.json')).toThrow('broken-pact.json: interactions[0].request needs a method and a path');
  });
});
