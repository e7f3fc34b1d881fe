// Which packages each entry point loads, and what it exports: coverage and verify read pacts as JSON
// (Pact may be absent where they run); the Pact DSL is its own entry point; the surfaces stay small.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every package the module graph from `entry` imports (statically or dynamically), and how many of our files it reaches. */
function packagesReached(entry: string): { files: number; packages: string[] } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    // `import type` and `typeof import(…)` are erased at compile time: only what runs counts.
    for (const match of text.matchAll(/(?:import|export)(?!\s+type\b)[^'"]*?from\s+['"]([^'"]+)['"]|(?<!typeof\s+)import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      const specifier = match[1] ?? match[2]!;
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier).replace(/\.js$/, '.ts'));
      else packages.add(specifier);
    }
  };
  visit(resolve(entry));
  return { files: seen.size, packages: [...packages] };
}

const pactPackages = (packages: string[]) => packages.filter((name) => name.startsWith('@pact-foundation/'));

describe('the module graph of each entry point', () => {
  it.each([
    ['lambda-rmc verify', { given: 'src/cli/commands/verify.ts', want: [] }],
    ['lambda-rmc coverage', { given: 'src/cli/commands/coverage.ts', want: [] }],
    ['lambda-rmc diff --contracts', { given: 'src/diff/contracts-entry.ts', want: [] }],
    ['lambda-rmc/coverage', { given: 'src/coverage/index.ts', want: [] }],
    ['lambda-rmc/contracts', { given: 'src/contracts/index.ts', want: [] }],
    ['lambda-rmc/contracts/pact (the one that needs Pact)', { given: 'src/contracts/pact.ts', want: ['@pact-foundation/pact'] }],
  ])('%s imports Pact only where it must', (_name, { given, want }) => {
    const reached = packagesReached(given);
    expect(reached.files).toBeGreaterThan(3);
    expect(pactPackages(reached.packages)).toEqual(want);
  });
});

describe('the YAML libraries', () => {
  // Parsing YAML is for specs the user names (diff, drift, the mock's --spec); reading pacts and serving
  // requests never needs it, and its load time is then wasted. Both parsers load on first use: js-yaml,
  // the fast path (spec/load-js-yaml.ts), and the `yaml` library, the reference (spec/load-yaml.ts).
  const yamlParsers = (packages: string[]) => packages.filter((name) => name === 'yaml' || name === 'js-yaml');
  it.each([
    ['lambda-rmc verify', { given: 'src/cli/commands/verify.ts', want: [] }],
    ['lambda-rmc coverage', { given: 'src/cli/commands/coverage.ts', want: [] }],
    ['lambda-rmc simulate', { given: 'src/cli/commands/simulate.ts', want: [] }],
    ['lambda-rmc/simulator', { given: 'src/simulator/index.ts', want: [] }],
    ['lambda-rmc/coverage', { given: 'src/coverage/index.ts', want: [] }],
    ['lambda-rmc diff (which parses YAML specs, on first use)', { given: 'src/cli/commands/diff.ts', want: [] }],
  ])('%s imports %j', (_name, { given, want }) => {
    expect(yamlParsers(packagesReached(given).packages)).toEqual(want);
  });
});

describe('the public surface of each entry point', () => {
  it.each([
    ['lambda-rmc/contracts', { given: () => import('../../src/contracts/index.js'), want: ['catalogEntry', 'interactionCatalog', 'parseProviderState', 'preferHeaderFor', 'providerStateNames'] }],
    [
      'lambda-rmc/contracts/pact',
      {
        given: () => import('../../src/contracts/pact.js'),
        want: ['addCatalogInteraction', 'catalogEntry', 'interactionCatalog', 'matcherFromSchema', 'requestBodyTemplate', 'requestMemberMatcher', 'requestPath', 'requestPathMatcher', 'responseBodyTemplate', 'responseHeadersTemplate', 'stringMatcherFromSchema'],
      },
    ],
    [
      'lambda-rmc/coverage',
      {
        given: () => import('../../src/coverage/index.js'),
        want: [
          'PactFileError',
          'coverageFormats',
          'coverageReport',
          'documentedItems',
          'formatCoverage',
          'formatVerify',
          'isCoverageFormat',
          'isVerifyFormat',
          'pactFilesIn',
          'parsePact',
          'readPactFile',
          'splitByVerification',
          'verifyFails',
          'verifyFormats',
          'verifyPacts',
          'verifyReportJsonSchema',
        ],
      },
    ],
  ])('%s exports what its README row documents', async (_name, { given, want }) => {
    expect(Object.keys(await given()).sort()).toEqual([...want].sort());
  });
});
