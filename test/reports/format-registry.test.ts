import { describe, expect, it } from 'vitest';
import { coverageFormats } from '../../src/coverage/formatters/coverage-format.js';
import { verifyFormats } from '../../src/coverage/formatters/verify-format.js';
import { reportFormats } from '../../src/diff/formatters/index.js';
import { driftFormats } from '../../src/drift/formatters/index.js';
import { formatRegistry, UnknownFormatError } from '../../src/reports/index.js';

const registry = formatRegistry<'text' | 'json', (report: number) => string>({ text: (report) => `${report}\n`, json: (report) => JSON.stringify({ report }) });

describe('formatRegistry: names, lookup and the unknown-format error', () => {
  it.each([
    ['a format it has', { given: 'json', want: 'json' }],
    ['the first format', { given: 'text', want: 'text' }],
    ['an unknown format', { given: 'xml', want: "--format must be one of text, json, got 'xml'" }],
    ['a name of Object.prototype', { given: 'toString', want: "--format must be one of text, json, got 'toString'" }],
    ['a different case', { given: 'JSON', want: "--format must be one of text, json, got 'JSON'" }],
  ])('parses %s', (_name, { given, want }) => {
    const parsed = registry.parse(given);
    expect(parsed instanceof UnknownFormatError ? parsed.message : parsed).toBe(want);
    if (parsed instanceof UnknownFormatError) expect(parsed).toMatchObject({ name: 'UnknownFormatError', given, choices: ['text', 'json'] });
  });

  it('lists the names in the order given and looks each formatter up', () => {
    expect(registry.names).toEqual(['text', 'json']);
    expect(registry.names.map((name) => registry.formatter(name)(7))).toEqual(['7\n', '{"report":7}']);
    expect([registry.has('text'), registry.has('constructor'), registry.has(1)]).toEqual([true, false, false]);
  });

  it.each([
    ['diff', { given: reportFormats, want: ['text', 'markdown', 'json', 'githubactions'] }],
    ['drift', { given: driftFormats, want: ['text', 'markdown', 'json', 'githubactions'] }],
    ['verify', { given: verifyFormats, want: ['text', 'markdown', 'json', 'githubactions'] }],
    ['coverage', { given: coverageFormats, want: ['text', 'markdown', 'json', 'html'] }],
  ])('gives the %s report its formats, in the order its help lists them', (_name, { given, want }) => {
    expect(given).toEqual(want);
  });
});
