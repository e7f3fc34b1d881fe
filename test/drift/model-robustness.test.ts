// Any model file is answered with a report or one AwsModelError line, never a crash: random values
// written at random places of the vendored excerpt (as botocore and as Smithy), fixed seed.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AwsModelError, checkDrift } from '../../src/drift/index.js';
import { specPath } from '../../src/spec/index.js';
import { botocoreToSmithy } from './support/botocore-to-smithy.js';
import { vendoredModel } from './support/run-drift.js';
import type { LooseJson } from '../support/loose-json.js';

type Json = Record<string, unknown>;
const vendored = JSON.parse(readFileSync(vendoredModel, 'utf8')) as Json;
const specText = readFileSync(specPath, 'utf8');

/** Every path to a node of the document, so a mutation can land anywhere. */
function paths(node: unknown, prefix: string[] = []): string[][] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return [prefix, ...Object.keys(node).flatMap((key) => paths((node as Json)[key], [...prefix, key]))];
}

function replaced(document: Json, path: string[], value: unknown): Json {
  const copy = structuredClone(document);
  if (path.length === 0) return value as Json;
  let node: LooseJson = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path.at(-1)!] = value;
  return copy;
}

describe.each([
  ['botocore', vendored],
  ['Smithy', botocoreToSmithy(structuredClone(vendored))],
])('a %s model with a random value at a random place', (_format, model) => {
  const places = paths(model);
  it('gives a report or a one-line AwsModelError', () => {
    fc.assert(
      fc.property(fc.constantFrom(...places), fc.jsonValue({ maxDepth: 2 }), (path, value) => {
        const bytes = Buffer.from(JSON.stringify(replaced(model, path, value)) ?? 'null');
        try {
          const report = checkDrift({ modelFile: 'model.json', modelBytes: bytes, specFile: specPath, specText });
          expect(Array.isArray(report.differences)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(AwsModelError);
          expect((error as Error).message).not.toContain('\n');
        }
      }),
      { seed: 12, numRuns: 200 },
    );
  });
});
