import { describe, expect, it } from 'vitest';
import { ruleFor, rules, type Level } from '../../src/diff/index.js';

describe('the rule table', () => {
  it('has one rule per id', () => {
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
  });

  // The ids the issue names, at oasdiff's levels (checker/rules.go).
  it.each<[string, Level]>([
    ['request-property-enum-value-removed', 'ERR'],
    ['new-required-request-property', 'ERR'],
    ['request-parameter-max-length-decreased', 'ERR'],
    ['response-required-property-removed', 'ERR'],
    ['api-removed-without-deprecation', 'ERR'],
    ['response-property-enum-value-added', 'ERR'],
    ['request-parameter-removed', 'WARN'],
    ['request-property-removed', 'WARN'],
    ['response-non-success-status-removed', 'INFO'],
    ['response-optional-property-removed', 'INFO'],
    ['endpoint-added', 'INFO'],
  ])('rates %s %s, as oasdiff does', (id, level) => {
    expect(ruleFor(id)).toMatchObject({ level, source: 'oasdiff' });
  });

  it.each<[string, string]>([
    ['request-parameter-max-length-decreased', 'response-property-max-length-decreased'],
    ['request-property-enum-value-removed', 'response-property-enum-value-removed'],
    ['request-property-became-not-nullable', 'response-property-became-not-nullable'],
    ['request-parameter-pattern-tightened', 'response-header-pattern-tightened'],
  ])('rates a narrowing as breaking in a request (%s) and compatible in a response (%s)', (request, response) => {
    expect(ruleFor(request).level).toBe('ERR');
    expect(ruleFor(response).level).toBe('INFO');
  });

  it('knows no rule it was not given', () => {
    expect(() => ruleFor('request-parameter-vanished')).toThrow("no rule 'request-parameter-vanished'");
  });
});
