import { describe, expect, it } from 'vitest';
import { SourceLines } from '../../src/diff/index.js';

const yaml = `openapi: 3.1.0
paths:
  /a/{b}:
    get:
      parameters:
        - name: b
          in: path
components:
  schemas:
    "x/y~z":
      maxLength: 3
`;
const json = JSON.stringify({ openapi: '3.1.0', paths: { '/a/{b}': { get: { parameters: [{ name: 'b', in: 'path' }] } } } }, null, 2);

describe('SourceLines', () => {
  it.each([
    ['a mapping key', { given: [yaml, '/paths/~1a~1{b}/get'], want: 4 }],
    ['an array item', { given: [yaml, '/paths/~1a~1{b}/get/parameters/0'], want: 6 }],
    ['a key of an array item', { given: [yaml, '/paths/~1a~1{b}/get/parameters/0/in'], want: 7 }],
    ['a key with an escaped / and ~', { given: [yaml, '/components/schemas/x~1y~0z/maxLength'], want: 11 }],
    ['a missing node: its deepest existing ancestor', { given: [yaml, '/components/schemas/x~1y~0z/pattern'], want: 10 }],
    ['the same pointer in the JSON form', { given: [json, '/paths/~1a~1{b}/get/parameters/0/in'], want: 9 }],
  ])('finds the line of %s', (_name, { given: [text, pointer], want }) => {
    expect(new SourceLines(text ?? '').lineOf(pointer ?? '')).toBe(want);
  });
});
