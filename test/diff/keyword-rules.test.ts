// Every keyword rule family, at every site: the pair fires `<prefix>-<suffix>` exactly there, and its
// level is the one its direction gives (a narrowing breaks a request, a widening a response).
import { describe, expect, it } from 'vitest';
import { diffSpecs, isRuleId, ruleFor, ruleId } from '../../src/diff/index.js';
import { keywordFixtures } from './fixtures/keyword-fixtures.js';
import { schemaSites, specWithSchemaAt } from './fixtures/sites.js';

// Ids a rule table does not define for a prefix: the rule fires under another id there (a narrowed
// request type is type-changed, as in oasdiff). A property of an object-typed parameter without an id
// of its own fires the parameter's.
const firedAs: Record<string, string> = {
  'request-parameter-property-type-specialized': 'request-parameter-property-type-changed',
  'request-parameter-type-specialized': 'request-parameter-type-changed',
  'request-body-type-specialized': 'request-body-type-changed',
  'request-property-type-specialized': 'request-property-type-changed',
};

describe('keyword rules at every site', () => {
  const cases = keywordFixtures.flatMap((fixture) => schemaSites.map((site) => [`${site}-${fixture.fires}`, { site, fixture }] as const));
  it.each(cases)('%s', (id, { site, fixture }) => {
    const report = diffSpecs(specWithSchemaAt(site, fixture.base), specWithSchemaAt(site, fixture.head));
    const want = firedAs[id] ?? (site === 'request-parameter-property' && !isRuleId(id) ? `request-parameter-${fixture.fires}` : id);
    const fired = report.changes.map((change) => change.id);
    expect(fired).toContain(want);
    expect(report.changes.find((change) => change.id === want)?.level).toBe(ruleFor(ruleId(want)).level);
  });
});
