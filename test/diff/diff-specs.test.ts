// One fixture pair per rule: the real spec as base, the same spec with one edit as head (and, where a
// rule needs a particular starting point, an edited base). `want` lists every change expected, once
// per operation it affects: a component used by Put and Get reports twice.
import { describe, expect, it } from 'vitest';
import { diffSpecs, ruleFor, ruleId, type Level } from '../../src/diff/index.js';
import { parseSpecText } from '../../src/spec/index.js';
import { stringify } from 'yaml';
import { currentSpec, mutated, operationPath as P, withKeysReversed } from './spec-mutation.js';
import { structuralCases as cases, unchanged, type Case, type Want } from './fixtures/structural-cases.js';

function classify(given: Case['given']): Want {
  const report = diffSpecs(mutated(given.base), mutated(given.head));
  // A change lists every operation it reaches; it counts once per operation here (see 'report once' below).
  return report.changes.flatMap((change) => (change.operations ?? [undefined]).map((): [string, Level] => [change.id, change.level])).sort();
}

describe('diffSpecs: one fixture pair per rule', () => {
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(classify(given)).toEqual([...want].sort());
  });

  it.each(cases)('%s: the expected levels are the rule table’s', (_name, { want }) => {
    for (const [id, level] of want) expect(ruleFor(ruleId(id)).level).toBe(level);
  });
});

describe('diffSpecs: changes a consumer cannot notice', () => {
  it.each(unchanged)('%s yields no change', (_name, mutation) => {
    expect(diffSpecs(currentSpec(), mutated(mutation)).changes).toEqual([]);
  });

  it('reads the YAML and the JSON form of the spec as equal', () => {
    const json = parseSpecText(JSON.stringify(currentSpec(), null, 2), 'spec.json');
    const yaml = parseSpecText(stringify(currentSpec()), 'spec.yaml');
    expect(diffSpecs(yaml, json).changes).toEqual([]);
  });

  it('finds nothing when every key of the spec is reordered', () => {
    const reordered = withKeysReversed(currentSpec()) as ReturnType<typeof currentSpec>;
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(currentSpec())[0]);
    expect(diffSpecs(currentSpec(), reordered).changes).toEqual([]);
  });
});

describe('diffSpecs: report details', () => {
  it('names the component, the operations it reaches, the JSON pointers on both sides and the values, once', () => {
    const { changes } = diffSpecs(
      currentSpec(),
      mutated((s) => (s.components.schemas.NamespacedFunctionName.maxLength = 128)),
    );
    expect(changes).toHaveLength(1);
    const [change] = changes;
    expect(change?.operations).toEqual([
      { method: 'GET', path: P },
      { method: 'PUT', path: P },
    ]);
    expect(change).toMatchObject({
      id: 'request-parameter-max-length-decreased',
      level: 'ERR',
      direction: 'request',
      operation: { method: 'GET', path: P },
      base: { pointer: '/components/schemas/NamespacedFunctionName/maxLength' },
      head: { pointer: '/components/schemas/NamespacedFunctionName/maxLength' },
      from: 256,
      to: 128,
    });
    expect(change?.message).toBe("schema 'NamespacedFunctionName': maxLength decreased from 256 to 128");
  });

  it('gives the witness of a tightened pattern: a value the old pattern accepted and the new one refuses', () => {
    const tightened = '^(?:\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9]+)$';
    const [change] = diffSpecs(
      currentSpec(),
      mutated((s) => (s.components.schemas.NumericLatestPublishedOrAliasQualifier.pattern = tightened)),
    ).changes;
    const witness = change?.witness ?? '';
    expect(new RegExp('^(?:\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$]+)$', 'u').test(witness)).toBe(true);
    expect(new RegExp(tightened, 'u').test(witness)).toBe(false);
  });

  it('names a $ref that cannot be followed', () => {
    const broken = mutated((s) => (s.components.parameters.FunctionName.schema.$ref = '#/components/schemas/Missing'));
    expect(() => diffSpecs(currentSpec(), broken)).toThrow("head spec: $ref '#/components/schemas/Missing' points to nothing");
  });
});

describe('diffSpecs: a change is reported once, where it is defined', () => {
  it('reports a shared schema once per side it reaches: the request once, the two responses together', () => {
    const { changes } = diffSpecs(
      currentSpec(),
      mutated((s) => (s.components.schemas.UpdateRuntimeOn.enum = ['Auto', 'Manual'])),
    );
    expect(changes.map((change) => [change.id, change.operations?.map((operation) => operation.method)])).toEqual([
      ['request-property-enum-value-removed', ['PUT']],
      ['response-property-enum-value-removed', ['GET', 'PUT']],
    ]);
    expect(changes.every((change) => change.message.startsWith("schema 'UpdateRuntimeOn'"))).toBe(true);
  });

  it('compares a recursive schema node pair once and reports its change once', () => {
    const tree = (maxLength: number) => ({
      type: 'object',
      properties: { name: { type: 'string', maxLength }, children: { type: 'array', items: { $ref: '#/components/schemas/Tree' } } },
    });
    const withTree = (maxLength: number) =>
      mutated((s) => {
        s.components.schemas.Tree = tree(maxLength);
        s.components.schemas.PutRuntimeManagementConfigRequest.properties.Tree = { $ref: '#/components/schemas/Tree' };
      });
    const { changes } = diffSpecs(withTree(10), withTree(5));
    expect(changes.map((change) => [change.id, change.message])).toEqual([
      ['request-property-max-length-decreased', "schema 'Tree' property 'name': maxLength decreased from 10 to 5"],
    ]);
  });

  it('merges a path-level parameter change reached from two operations', () => {
    const { changes } = diffSpecs(
      currentSpec(),
      mutated((s) => (s.components.parameters.Qualifier.required = true)),
    );
    expect(changes).toHaveLength(1);
    expect(changes[0]?.operations).toHaveLength(2);
  });
});

describe('diffSpecs: shared components at scale', () => {
  const fanIn = (maxLength: number) => {
    const paths: Record<string, unknown> = {};
    for (let index = 0; index < 50; index += 1) {
      const schema = { $ref: '#/components/schemas/Invoice' };
      paths[`/invoices/${index}`] = {
        post: {
          requestBody: { content: { 'application/json': { schema } } },
          responses: { '200': { description: 'ok', content: { 'application/json': { schema } } } },
        },
      };
    }
    return {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths,
      components: { schemas: { Invoice: { type: 'object', properties: { number: { type: 'string', maxLength } } } } },
    };
  };

  it('reports a change in a schema referenced from 50 operations once per side, listing all 50', () => {
    const { changes } = diffSpecs(fanIn(10), fanIn(5));
    expect(changes.map((change) => [change.id, change.operations?.length])).toEqual([
      ['request-property-max-length-decreased', 50],
      ['response-property-max-length-decreased', 50],
    ]);
  });

  it('follows a chain of 5,000 schemas referring to one another without running out of stack', () => {
    const chain = (maxLength: number) => {
      const schemas: Record<string, unknown> = {};
      for (let index = 0; index < 5000; index += 1) {
        schemas[`S${index}`] = {
          type: 'object',
          properties: {
            next: index < 4999 ? { $ref: `#/components/schemas/S${index + 1}` } : { type: 'string', maxLength },
            back: { $ref: `#/components/schemas/S${Math.max(0, index - 1)}` },
          },
        };
      }
      return {
        openapi: '3.1.0',
        info: { title: 't', version: '1' },
        paths: {
          '/a': { get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/S0' } } } } } } },
        },
        components: { schemas },
      };
    };
    const { changes } = diffSpecs(chain(10), chain(20));
    expect(changes.map((change) => [change.id, change.message])).toEqual([
      ['response-property-max-length-increased', "schema 'S4999' property 'next': maxLength increased from 10 to 20"],
    ]);
  });
});
