import { describe, expect, it } from 'vitest';
import { ruleFor, ruleId, rules, type Level } from '../../src/diff/index.js';

describe('the rule table', () => {
  it('has one rule per id', () => {
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
  });

  // Levels that match oasdiff's (checker/rules.go), as the table records them.
  it.each<[string, Level]>([
    ['request-property-enum-value-removed', 'ERR'],
    ['new-required-request-property', 'ERR'],
    ['request-parameter-max-length-decreased', 'ERR'],
    ['response-required-property-removed', 'ERR'],
    ['api-removed-without-deprecation', 'ERR'],
    ['request-parameter-removed', 'WARN'],
    ['request-property-removed', 'WARN'],
    ['response-non-success-status-removed', 'INFO'],
    ['endpoint-added', 'INFO'],
  ])('rates %s %s, as oasdiff does', (id, level) => {
    expect(ruleFor(ruleId(id))).toMatchObject({ level, oasdiff: 'same', source: 'oasdiff' });
  });

  // Deliberate differences carry oasdiff's level and the reason.
  it.each<[string, Level, Level]>([
    ['request-parameter-default-value-changed', 'INFO', 'ERR'],
    ['response-property-enum-value-added', 'ERR', 'WARN'],
    ['response-optional-property-removed', 'INFO', 'WARN'],
  ])('rates %s %s where oasdiff says %s, and says why', (id, level, theirs) => {
    const rule = ruleFor(ruleId(id));
    expect(rule.level).toBe(level);
    expect(rule.oasdiff).toMatchObject({ level: theirs, reason: expect.stringMatching(/.{20}/) });
  });

  it.each<[string, string]>([
    ['request-parameter-max-length-decreased', 'response-property-max-length-decreased'],
    ['request-property-enum-value-removed', 'response-property-enum-value-removed'],
    ['request-property-became-not-nullable', 'response-property-became-not-nullable'],
    ['request-parameter-pattern-tightened', 'response-header-pattern-tightened'],
    ['request-body-contains-added', 'response-body-contains-added'],
  ])('rates a narrowing as breaking in a request (%s) and compatible in a response (%s)', (request, response) => {
    expect(ruleFor(ruleId(request)).level).toBe('ERR');
    expect(ruleFor(ruleId(response)).level).toBe('INFO');
  });

  it('knows no rule it was not given', () => {
    expect(() => ruleId('request-parameter-vanished')).toThrow("no rule 'request-parameter-vanished'");
  });
});
