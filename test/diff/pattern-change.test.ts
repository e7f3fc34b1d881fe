import { describe, expect, it } from 'vitest';
import { comparePatterns, type PatternSide } from '../../src/diff/index.js';

const qualifier = '^(?:\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$]+)$';

const cases: Array<[string, { given: { base: PatternSide; head: PatternSide }; want: 'tightened' | 'generalized' | 'unknown' }]> = [
  ['a character class narrowed', { given: { base: { pattern: '^[a-z0-9]+$' }, head: { pattern: '^[a-z]+$' } }, want: 'tightened' }],
  ['a character class widened', { given: { base: { pattern: '^[a-z]+$' }, head: { pattern: '^[a-z0-9]+$' } }, want: 'generalized' }],
  ['an alternative added', { given: { base: { pattern: '^(?:Auto|Manual)$' }, head: { pattern: '^(?:Auto|Manual|FunctionUpdate)$' } }, want: 'generalized' }],
  ['an alternative removed', { given: { base: { pattern: '^(?:Auto|Manual)$' }, head: { pattern: '^(?:Auto)$' } }, want: 'tightened' }],
  ['a repetition bounded', { given: { base: { pattern: '^[a-z]+$' }, head: { pattern: '^[a-z]{1,3}$' } }, want: 'tightened' }],
  ['an unbounded repetition bounded past short values', { given: { base: { pattern: '^[a-z]+$' }, head: { pattern: '^[a-z]{1,20}$' } }, want: 'tightened' }],
  [
    'a repetition bound lowered (only long samples reach it)',
    { given: { base: { pattern: '^[a-z]{1,64}$' }, head: { pattern: '^[a-z]{1,32}$' } }, want: 'tightened' },
  ],
  ['a repetition bound raised', { given: { base: { pattern: '^[a-z]{1,32}$' }, head: { pattern: '^[a-z]{1,64}$' } }, want: 'generalized' }],
  ['anchors added to a pattern that searched anywhere', { given: { base: { pattern: '[0-9]+' }, head: { pattern: '^[0-9]+$' } }, want: 'tightened' }],
  ['anchors removed', { given: { base: { pattern: '^[0-9]+$' }, head: { pattern: '[0-9]+' } }, want: 'generalized' }],
  ['rewritten without a change of meaning ([0-9] as \\d)', { given: { base: { pattern: '^[0-9]+$' }, head: { pattern: '^\\d+$' } }, want: 'generalized' }],
  [
    'a tightening only long values show, within the base length limit',
    { given: { base: { pattern: '^[a-z]+$', maxLength: 64 }, head: { pattern: '^[a-z]{1,2}$' } }, want: 'tightened' },
  ],
  [
    'the Qualifier of 2023 and of the live model',
    { given: { base: { pattern: '^(?:(|[a-zA-Z0-9$_-]+))$', minLength: 1 }, head: { pattern: qualifier } }, want: 'generalized' },
  ],
  [
    'a base pattern no samples can be generated from (lookbehind), and a head not wider in structure',
    { given: { base: { pattern: '^(?<![0-9])[a-z]+$' }, head: { pattern: '^[a-y]+$' } }, want: 'unknown' },
  ],
  [
    'a lookbehind dropped: the structure shows the head wider, though no sample can be drawn from the base',
    { given: { base: { pattern: '^(?<![0-9])[a-z]+$' }, head: { pattern: '^[a-z]+$' } }, want: 'generalized' },
  ],
  ['a head pattern that does not compile', { given: { base: { pattern: '^[a-z]+$' }, head: { pattern: '^[a-z+$' } }, want: 'unknown' }],
];

describe('comparePatterns', () => {
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(comparePatterns(given.base, given.head).kind).toBe(want);
  });

  it('proves a tightening with a witness the base accepts and the head refuses', () => {
    const verdict = comparePatterns({ pattern: qualifier }, { pattern: '^(?:\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9]+)$' });
    expect(verdict.kind).toBe('tightened');
    const witness = verdict.kind === 'tightened' ? verdict.witness : '';
    expect(new RegExp(qualifier, 'u').test(witness)).toBe(true);
    expect(/^(?:\$(LATEST(\.PUBLISHED)?)|[a-zA-Z0-9]+)$/u.test(witness)).toBe(false);
  });

  it('shows a value only the relaxed pattern accepts', () => {
    const verdict = comparePatterns({ pattern: '^(?:(|[a-zA-Z0-9$_-]+))$', minLength: 1 }, { pattern: qualifier });
    expect(verdict).toMatchObject({ kind: 'generalized', witness: '$LATEST.PUBLISHED' });
  });

  it('proves a relaxation from the structure, without samples of the base, and still shows a value only the head accepts', () => {
    const verdict = comparePatterns({ pattern: '^(?:(-gov)?-[a-z]+)$' }, { pattern: '^(?:(eusc-)?((-gov)|(-iso([a-z]?)))?-[a-z]+)$' });
    expect(verdict).toMatchObject({ kind: 'generalized', proof: 'contains', samples: 0 });
    const witness = verdict.kind === 'generalized' ? (verdict.witness ?? '') : '';
    expect(/^(?:(eusc-)?((-gov)|(-iso([a-z]?)))?-[a-z]+)$/u.test(witness)).toBe(true);
    expect(/^(?:(-gov)?-[a-z]+)$/u.test(witness)).toBe(false);
  });

  it('proves a rewrite that changes nothing ([0-9] as \\d) and looks for no witness', () => {
    expect(comparePatterns({ pattern: '^[0-9]+$' }, { pattern: '^\\d+$' })).toEqual({ kind: 'generalized', samples: 0, proof: 'same' });
  });

  it('tries the examples the spec gives, not only generated samples', () => {
    // No generated sample is likely to be exactly the one value the head refuses; the example is.
    const verdict = comparePatterns({ pattern: '^[a-z-]+$', examples: ['my-function'] }, { pattern: '^(?!my-function$)[a-z-]+$' });
    expect(verdict).toMatchObject({ kind: 'tightened', witness: 'my-function' });
  });

  it('shrinks the witness to a short value instead of the first long sample that shows it', () => {
    const verdict = comparePatterns({ pattern: '^[a-z0-9]+$' }, { pattern: '^[a-z]+$' });
    expect(verdict.kind).toBe('tightened');
    const witness = verdict.kind === 'tightened' ? verdict.witness : '';
    expect(witness).toMatch(/^[a-z0-9]{1,2}$/);
    expect(witness).toMatch(/[0-9]/);
  });

  it('gives the same verdict and witness on every run (fixed seed)', () => {
    const run = () => comparePatterns({ pattern: qualifier }, { pattern: '^(?:[a-z]+)$' });
    expect(run()).toEqual(run());
  });
});
