// Builds the fixture pairs of the diff tests: each side is a copy of the real spec, changed by a small
// function, so that every fixture shows exactly the edit it is about.
import { loadSpecFile, specPath, type JsonObject } from '../../src/spec/index.js';
import type { LooseJson } from '../support/loose-json.js';

// Spec documents are deep, loosely typed JSON; the mutations index into them freely.
export type SpecDocument = LooseJson;
export type Mutation = (spec: SpecDocument) => void;

export const operationPath = '/2021-07-20/functions/{FunctionName}/runtime-management-config';

const current = loadSpecFile(specPath);

export function currentSpec(): JsonObject {
  return structuredClone(current);
}

export function mutated(mutation?: Mutation): JsonObject {
  const spec = currentSpec();
  mutation?.(spec);
  return spec;
}

/** A deep copy with every object's keys in reverse order; a spec means the same whatever its key order. */
export function withKeysReversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withKeysReversed);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, member]) => [key, withKeysReversed(member)]),
  );
}
