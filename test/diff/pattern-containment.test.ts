// The structural proof that a pattern change only relaxed it (pattern-containment.ts): what it proves,
// what it leaves to sampling, and that it never claims a containment a string disproves.
import { describe, expect, it } from 'vitest';
import { patternContains } from '../../src/diff/pattern-containment.js';

const cases: Array<[string, { given: { base: string; head: string }; want: boolean }]> = [
  ['the same pattern', { given: { base: '^[a-z]+$', head: '^[a-z]+$' }, want: true }],
  ['a character class widened', { given: { base: '^[a-z]+$', head: '^[a-z0-9]+$' }, want: true }],
  ['a character class narrowed', { given: { base: '^[a-z0-9]+$', head: '^[a-z]+$' }, want: false }],
  ['[0-9] rewritten as \\d', { given: { base: '^[0-9]+$', head: '^\\d+$' }, want: true }],
  ['an alternative added', { given: { base: '^(?:Auto|Manual)$', head: '^(?:Auto|Manual|FunctionUpdate)$' }, want: true }],
  ['an alternative removed', { given: { base: '^(?:Auto|Manual)$', head: '^(?:Auto)$' }, want: false }],
  ['an optional part inserted', { given: { base: '^lambda:[a-z]{2}$', head: '^lambda:(eusc-)?[a-z]{2}$' }, want: true }],
  ['a required part inserted', { given: { base: '^lambda:[a-z]{2}$', head: '^lambda:eusc-[a-z]{2}$' }, want: false }],
  ['an optional group widened to an alternation', { given: { base: '^[a-z]{2}(-gov)?-1$', head: '^[a-z]{2}((-gov)|(-iso([a-z]?)))?-1$' }, want: true }],
  ['a repetition bound raised', { given: { base: '^[a-z]{1,32}$', head: '^[a-z]{1,64}$' }, want: true }],
  ['a repetition bound lowered', { given: { base: '^[a-z]{1,64}$', head: '^[a-z]{1,32}$' }, want: false }],
  ['a literal taken up by a repeated class', { given: { base: '^arn:[a-z]+$', head: '^[a-z:]+$' }, want: true }],
  ['a literal too long for the repetition', { given: { base: '^abcd$', head: '^[a-z]{1,3}$' }, want: false }],
  ['a repeated group with more repetitions allowed', { given: { base: '^(ab){2,4}$', head: '^(ab){1,8}$' }, want: true }],
  ['anchors removed (a search anywhere matches more)', { given: { base: '^[0-9]+$', head: '[0-9]+' }, want: true }],
  ['anchors added', { given: { base: '[0-9]+', head: '^[0-9]+$' }, want: false }],
  ['a lookahead dropped', { given: { base: '^(?!my-function$)[a-z-]+$', head: '^[a-z-]+$' }, want: true }],
  ['a lookahead added', { given: { base: '^[a-z-]+$', head: '^(?!my-function$)[a-z-]+$' }, want: false }],
  ['. widened to [\\s\\S] (line terminators too)', { given: { base: '^.*$', head: '^[\\s\\S]*$' }, want: true }],
  ['[\\s\\S] narrowed to .', { given: { base: '^[\\s\\S]*$', head: '^.*$' }, want: false }],
  ['a negated class inside a wider one', { given: { base: '^[^a-z]+$', head: '^\\D*$' }, want: false }],
  [
    'the 2023 and live RuntimeVersionArn',
    {
      given: {
        base: '^(?:^arn:(aws[a-zA-Z-]*):lambda:[a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-\\d{1}::runtime:.+$)$',
        head: '^(?:arn:(aws[a-zA-Z-]*):lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}::runtime:.+)$',
      },
      want: true,
    },
  ],
  [
    'the 2023 and live FunctionName (the live one refuses `arn::lambda:a`)',
    {
      given: {
        base: '^(?:(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?)$',
        head: '^(?:(arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:|(((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?))(function:)?([a-zA-Z0-9-_\\.]{1,64})(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?)$',
      },
      want: false,
    },
  ],
  ['a back-reference (group numbers an added group would shift): left to sampling', { given: { base: '^(a)\\1$', head: '^(a)\\1$|b' }, want: false }],
  ['a Unicode property: left to sampling unless the text is the same', { given: { base: '^\\p{L}+$', head: '^[\\p{L}0-9]+$' }, want: false }],
  ['a pattern that does not parse', { given: { base: '^[a-z+$', head: '^[a-z]+$' }, want: false }],
  [
    'a long list of alternatives with one added (the same text needs no search)',
    { given: { base: `^(?:${values(2000).join('|')})$`, head: `^(?:${[...values(2000), 'added'].join('|')})$` }, want: true },
  ],
  [
    'a long list of alternatives with one removed',
    { given: { base: `^(?:${[...values(2000), 'removed'].join('|')})$`, head: `^(?:${values(2000).join('|')})$` }, want: false },
  ],
];

function values(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `value-${index}-[a-z]{1,${(index % 20) + 1}}`);
}

describe('patternContains', () => {
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(patternContains(given.head, given.base)).toBe(want);
  });

  it('leaves out the empty string when the base schema does (minLength ≥ 1): the 2023 and live Qualifier', () => {
    const base = '^(?:(|[a-zA-Z0-9$_-]+))$';
    const head = '^(?:\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$]+)$';
    expect(patternContains(head, base)).toBe(false); // '' matches the base only
    expect(patternContains(head, base, { baseNonEmpty: true })).toBe(true);
    // An empty alternative that is not the whole of an anchored pattern still counts.
    expect(patternContains('^a+$', '^(?:|a+)', { baseNonEmpty: true })).toBe(false);
  });

  it.each([
    ['\\s', /\s/u],
    ['\\w', /\w/u],
    ['\\d', /\d/u],
    ['.', /./u],
  ])('reads %s as the code points the engine matches', (escape, engine) => {
    // The engine's own ranges, then a one-character pattern at each range's edges and just outside:
    // it is contained in the escape exactly when the engine matches it.
    const edges: number[] = [];
    let inside = false;
    for (let codePoint = 0; codePoint <= 0x11_0000; codePoint++) {
      const matches = codePoint <= 0x10_ffff && engine.test(String.fromCodePoint(codePoint));
      if (matches !== inside) edges.push(codePoint - 1, codePoint);
      inside = matches;
    }
    expect(edges.length).toBeGreaterThan(1);
    for (const codePoint of edges.filter((point) => point >= 0 && point <= 0x10_ffff)) {
      const literal = `\\u{${codePoint.toString(16)}}`;
      expect(patternContains(`^${escape}$`, `^${literal}$`), literal).toBe(engine.test(String.fromCodePoint(codePoint)));
    }
  });

  it('never claims a containment that some short string disproves (generated pattern pairs, fixed seed)', () => {
    // Small patterns over a, b, c with classes, escapes, assertions, groups and quantifiers; each pair
    // proved contained is checked against every string of up to 4 characters from a wider alphabet.
    let seed = 20_251_203;
    const pick = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) & 0x7f_ff_ff_ff;
      return seed % n;
    };
    const atoms = ['a', 'b', 'c', '[ab]', '[a-c]', '[^a]', '.', '\\w', '\\W', '\\d', '(?=a)', '(?!b)', '\\b', '^', '$', '(?<=a)'];
    const quantifiers = ['', '', '', '?', '*', '+', '{2}', '{1,2}', '{0,3}', '{2,}', '??'];
    const pattern = (depth: number): string => {
      let text = '';
      for (let count = 1 + pick(3); count > 0; count--) {
        let atom = depth > 0 && pick(4) === 0 ? `(${pattern(depth - 1)}${pick(2) ? `|${pattern(depth - 1)}` : ''})` : atoms[pick(atoms.length)]!;
        const quantifier = quantifiers[pick(quantifiers.length)]!;
        if (quantifier !== '' && /^(?:\^|\$|\\b|\(\?[=!<])/.test(atom)) atom = `(?:${atom})`;
        text += atom + quantifier;
      }
      return text;
    };
    const strings = [''];
    for (let length = 1, layer = ['']; length <= 4; length++) {
      layer = layer.flatMap((prefix) => ['a', 'b', 'c', '1', '_', '\n'].map((character) => prefix + character));
      strings.push(...layer);
    }
    let proved = 0;
    for (let pair = 0; pair < 3000; pair++) {
      const base = pattern(2);
      const variant = pick(4);
      const head =
        variant === 0
          ? base.replace('a', '[ab]')
          : variant === 1
            ? `(?:${base}|${pattern(1)})`
            : variant === 2
              ? base.replace('{2}', '{1,3}').replace('+', '*')
              : pattern(2);
      const baseRegex = new RegExp(base, 'u');
      const headRegex = new RegExp(head, 'u');
      if (patternContains(head, base)) {
        proved++;
        expect(
          strings.find((value) => baseRegex.test(value) && !headRegex.test(value)),
          `${base} ⊆ ${head}`,
        ).toBeUndefined();
      }
      const anchored = `^(?:(|${base}))$`;
      if (patternContains(head, anchored, { baseNonEmpty: true })) {
        const anchoredRegex = new RegExp(anchored, 'u');
        expect(
          strings.find((value) => value !== '' && anchoredRegex.test(value) && !headRegex.test(value)),
          `${anchored} ⊆ ${head} but for ''`,
        ).toBeUndefined();
      }
    }
    expect(proved).toBeGreaterThan(500);
  });
});
