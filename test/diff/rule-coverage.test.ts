// Every rule in the catalogue has a fixture that fires it (the waivers below say why not), the
// lifecycle fixtures fire what they say, and docs/diff-rules.md is what the tables generate.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffSpecs, rules } from '../../src/diff/index.js';
import { renderRuleCatalogue } from '../../src/diff/rule-catalogue.js';
import { keywordFixtures } from './fixtures/keyword-fixtures.js';
import { lifecycleCases, lifecycleSides } from './fixtures/lifecycle-cases.js';
import { schemaSites, specWithSchemaAt } from './fixtures/sites.js';
import { structuralCases } from './fixtures/structural-cases.js';
import { mutated } from './spec-mutation.js';

// Rules no fixture fires, and why. Empty today: every rule has one. A rule that cannot be fired from a
// spec pair (kept for compatibility, say) goes here with its reason.
const waivers: Record<string, string> = {};

describe('lifecycle, webhook, readOnly/writeOnly and media-type rules', () => {
  it.each(lifecycleCases)('%s', (_name, given) => {
    const { base, head } = lifecycleSides(given);
    expect(
      diffSpecs(base, head)
        .changes.map((change) => change.id)
        .sort(),
    ).toEqual([...given.want].sort());
  });
});

describe('the rule catalogue', () => {
  it('has a fixture firing every rule, or a waiver saying why not', () => {
    const fired = new Set<string>();
    for (const fixture of keywordFixtures) {
      for (const site of schemaSites)
        for (const change of diffSpecs(specWithSchemaAt(site, fixture.base), specWithSchemaAt(site, fixture.head)).changes) fired.add(change.id);
    }
    for (const [, { given }] of structuralCases) for (const change of diffSpecs(mutated(given.base), mutated(given.head)).changes) fired.add(change.id);
    for (const [, given] of lifecycleCases) {
      const { base, head } = lifecycleSides(given);
      for (const change of diffSpecs(base, head).changes) fired.add(change.id);
    }
    const unfired = rules.map((rule) => rule.id).filter((id) => !fired.has(id) && !(id in waivers));
    expect(unfired).toEqual([]);
    expect(Object.keys(waivers).filter((id) => fired.has(id))).toEqual([]); // a waiver for a rule that fires is stale
  });

  it('is docs/diff-rules.md as the tables generate it (npm run docs:diff-rules)', () => {
    expect(readFileSync('docs/diff-rules.md', 'utf8')).toBe(renderRuleCatalogue());
  });
});
