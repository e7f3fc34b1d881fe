// Replays each golden transcript (transcripts/*.http) against a fresh simulator, in order.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../src/simulator/index.js';
import { sendRaw } from '../support/raw-http.js';
import { compareResponse, parseTranscript } from './support/transcript.js';

const folder = new URL('./transcripts/', import.meta.url);
const files = readdirSync(folder)
  .filter((file) => file.endsWith('.http'))
  .sort();

describe('golden HTTP transcripts', () => {
  it('there are transcripts to replay', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((file) => [file, parseTranscript(readFileSync(new URL(file, folder), 'utf8'), file)] as const))('%s', async (_file, transcript) => {
    const simulator = await startSimulator(transcript.options);
    try {
      const failures: string[] = [];
      for (const exchange of transcript.exchanges) {
        const problems = compareResponse(exchange.response, await sendRaw(simulator.url, exchange.request));
        failures.push(...problems.map((problem) => `${exchange.title}: ${problem}`));
      }
      expect(failures).toEqual([]);
    } finally {
      await simulator.close();
    }
  });
});

describe('compareResponse catches every kind of difference', () => {
  const expected = { status: 200, headers: { 'content-type': 'application/json', 'x-amzn-RequestId': '*' }, body: '{"a": 1, "b": [true]}' };
  const actual = {
    status: 200,
    headers: { 'content-type': 'application/json', 'x-amzn-requestid': 'abc', date: 'now', connection: 'keep-alive' },
    text: '{"b":[true],"a":1}',
    json: { b: [true], a: 1 },
  };

  it.each([
    ['a match (member order, request id value and date ignored)', { given: {}, want: [] }],
    ['another status', { given: { status: 404 }, want: ['status 404, expected 200'] }],
    ['a missing header', { given: { headers: { 'content-type': 'application/json' } }, want: ['header x-amzn-requestid missing'] }],
    [
      'another header value',
      { given: { headers: { ...actual.headers, 'content-type': 'text/plain' } }, want: ["header content-type: 'text/plain', expected 'application/json'"] },
    ],
    ['an extra header', { given: { headers: { ...actual.headers, 'x-amzn-errortype': 'X' } }, want: ["header x-amzn-errortype not expected ('X')"] }],
    ['another body', { given: { text: '{"a":2}', json: { a: 2 } }, want: ['body {"a":2}, expected {"a":1,"b":[true]}'] }],
  ])('%s', (_name, { given, want }) => {
    expect(compareResponse(expected, { ...actual, ...given })).toEqual(want);
  });
});
