// `lambda-rmc simulate --help` shows the --functions and --config file formats by example. The
// fields it names must be fields of the schemas the files are checked against, and it must name
// every field of a function fixture: the help cannot drift from the schema.
import { describe, expect, it } from 'vitest';
import { simulatorSchemas } from '../../src/simulator/simulator-config-schema.js';
import { runCli } from '../support/run-cli.js';

/** Every property name a schema allows, at any depth (properties, items, additionalProperties, oneOf). */
function fieldNames(schema: unknown): Set<string> {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (typeof record['properties'] === 'object' && record['properties'] !== null) {
      for (const [name, child] of Object.entries(record['properties'])) {
        names.add(name);
        visit(child);
      }
    }
    for (const keyword of ['items', 'additionalProperties', 'oneOf', 'anyOf']) visit(record[keyword]);
  };
  visit(schema);
  return names;
}

/** The `"name":` fields quoted in the help's description of one option, up to the next option. */
function helpFields(help: string, option: string): string[] {
  const start = help.indexOf(`  ${option} `);
  const end = help.indexOf('\n  --', start + 1);
  // The keys of the aliases and configs maps are names the user picks (an alias, a version), not fields.
  const section = help.slice(start, end === -1 ? undefined : end).replace(/"(aliases|configs)": \{"[^"]+":/g, '"$1": {');
  return [...section.matchAll(/"([A-Za-z]+)":/g)].map((match) => match[1]!);
}

describe('simulate --help and the file schemas', async () => {
  const { stdout: help } = await runCli(['simulate', '--help']);

  it.each([
    ['--functions', { schema: simulatorSchemas.functionsFile }],
    ['--config', { schema: simulatorSchemas.configFile }],
  ] as const)('%s names only fields of its schema', (option, { schema }) => {
    const fields = helpFields(help, option);
    expect(fields.length).toBeGreaterThan(0);
    const known = fieldNames(schema);
    expect(fields.filter((field) => !known.has(field))).toEqual([]);
  });

  it('--functions names every field of a function fixture and of an added runtime version', () => {
    const fields = new Set(helpFields(help, '--functions'));
    const wanted = [...fieldNames(simulatorSchemas.functionFixture), ...fieldNames(simulatorSchemas.runtimeVersions)];
    expect(wanted.filter((name) => !fields.has(name))).toEqual([]);
  });
});
