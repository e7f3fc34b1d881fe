import { describe, expect, it } from 'vitest';
import { derefNode, RefResolver, resolveLocated, SpecRefError, type JsonObject, type Located } from '../../src/spec/index.js';

const document: JsonObject = {
  components: {
    schemas: {
      Name: { type: 'string', maxLength: 64 },
      Alias: { $ref: '#/components/schemas/Name' },
      'a/b~c': { type: 'integer' },
      Spaced: { type: 'boolean' },
      Loop: { $ref: '#/components/schemas/Loop2' },
      Loop2: { $ref: '#/components/schemas/Loop' },
    },
  },
};

describe('resolveLocated', () => {
  it.each<[string, { given: Located; want: Located }]>([
    ['a node without $ref is itself', { given: { node: { type: 'string' }, pointer: '/x' }, want: { node: { type: 'string' }, pointer: '/x' } }],
    [
      'a ref, to the target and its pointer',
      {
        given: { node: { $ref: '#/components/schemas/Name' }, pointer: '/p' },
        want: { node: { type: 'string', maxLength: 64 }, pointer: '/components/schemas/Name' },
      },
    ],
    [
      'a chain of refs, to the end',
      {
        given: { node: { $ref: '#/components/schemas/Alias' }, pointer: '/p' },
        want: { node: { type: 'string', maxLength: 64 }, pointer: '/components/schemas/Name' },
      },
    ],
    [
      'an escaped pointer',
      { given: { node: { $ref: '#/components/schemas/a~1b~0c' }, pointer: '' }, want: { node: { type: 'integer' }, pointer: '/components/schemas/a~1b~0c' } },
    ],
    [
      'a percent-encoded fragment',
      { given: { node: { $ref: '#/components/schemas/Spac%65d' }, pointer: '' }, want: { node: { type: 'boolean' }, pointer: '/components/schemas/Spaced' } },
    ],
    [
      'constraints beside a ref apply over the target, at the referencing pointer',
      { given: { node: { $ref: '#/components/schemas/Name', maxLength: 8 }, pointer: '/p' }, want: { node: { type: 'string', maxLength: 8 }, pointer: '/p' } },
    ],
    [
      'annotations beside a ref are not merged',
      {
        given: { node: { $ref: '#/components/schemas/Name', description: 'd', 'x-a': 1 }, pointer: '/p' },
        want: { node: { type: 'string', maxLength: 64 }, pointer: '/components/schemas/Name' },
      },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(resolveLocated(document, given)).toEqual(want);
  });

  it.each<[string, { given: string; side?: string; want: string }]>([
    ['a dangling ref', { given: '#/components/schemas/Missing', want: "$ref '#/components/schemas/Missing' points to nothing" }],
    ['a remote ref', { given: 'other.yaml#/X', want: "$ref 'other.yaml#/X' points outside the document (only local #/… references are supported)" }],
    ['a circular ref', { given: '#/components/schemas/Loop', want: "$ref '#/components/schemas/Loop' is circular" }],
    [
      'a side names the document',
      { given: '#/components/schemas/Missing', side: 'head', want: "head spec: $ref '#/components/schemas/Missing' points to nothing" },
    ],
  ])('%s is a SpecRefError', (_name, { given, side, want }) => {
    const error = (() => {
      try {
        resolveLocated(document, { node: { $ref: given }, pointer: '' }, side);
      } catch (thrown) {
        return thrown;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(SpecRefError);
    expect(error).toMatchObject({ message: want, side });
  });
});

describe('derefNode', () => {
  it('is the resolved node without its pointer', () => {
    expect(derefNode(document, { $ref: '#/components/schemas/Alias' })).toEqual({ type: 'string', maxLength: 64 });
    expect(derefNode(document, 'text')).toBe('text');
  });
});

describe('RefResolver', () => {
  it('gives every use of a component the same resolved object', () => {
    const resolver = new RefResolver(document, 'base');
    const first = resolver.resolve({ node: { $ref: '#/components/schemas/Alias' }, pointer: '/a' });
    const second = resolver.resolve({ node: { $ref: '#/components/schemas/Alias' }, pointer: '/b' });
    expect(second).toBe(first);
    expect(first).toEqual({ node: { type: 'string', maxLength: 64 }, pointer: '/components/schemas/Name' });
  });

  it('keeps a ref with constraints beside it apart from the bare one', () => {
    const resolver = new RefResolver(document);
    const bare = resolver.resolve({ node: { $ref: '#/components/schemas/Name' }, pointer: '/a' });
    const narrowed = resolver.resolve({ node: { $ref: '#/components/schemas/Name', maxLength: 8 }, pointer: '/b' });
    expect(bare.node).toEqual({ type: 'string', maxLength: 64 });
    expect(narrowed).toEqual({ node: { type: 'string', maxLength: 8 }, pointer: '/b' });
  });
});
