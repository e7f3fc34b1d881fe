// `npm run generate` writes src/generated/ from the spec; `--check` exits 1 when what is committed is stale.
// `--spec FILE` and `--out DIR` point it elsewhere (the tests use them on broken inputs).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadSpecFile, specPath, type JsonObject } from '../../src/spec/index.js';
import { emitSpecFacts } from './emit-spec-facts.js';
import { emitTypes } from './emit-types.js';
import { createAjv, emitValidators } from './emit-validators.js';
import { extractSpecFacts } from './spec-facts.js';
import { buildValidatorSchemas, defsId } from './validator-schemas.js';

const defaultOutputDir = fileURLToPath(new URL('../../src/generated/', import.meta.url));

/** Which of a response's documented errors an example body shows: the one error schema it validates against. */
function errorClassifier(spec: JsonObject) {
  const ajv = createAjv(false);
  const { defs } = buildValidatorSchemas(spec, { members: {}, operations: {}, errorSchemas: {}, errorMembers: {} });
  ajv.addSchema(defs);
  const schemas = ((spec['components'] as JsonObject)['schemas'] ?? {}) as Record<string, JsonObject>;
  const errorValidators = Object.entries(schemas)
    .filter(([, schema]) => typeof schema['x-aws-error'] === 'string')
    .map(([name, schema]) => ({ error: String(schema['x-aws-error']), validate: ajv.compile({ $ref: `${defsId}#/$defs/${name}` }) }));
  return (candidates: string[], body: unknown): string | null => {
    if (candidates.length === 0) return null;
    const matches = errorValidators.filter(({ error, validate }) => candidates.includes(error) && validate(body));
    if (matches.length !== 1) {
      throw new Error(`example ${JSON.stringify(body)} matches ${matches.length} of the errors ${candidates.join(', ')}`);
    }
    return matches[0]!.error;
  };
}

export async function generateFiles(spec: JsonObject): Promise<Record<string, string>> {
  const facts = extractSpecFacts(spec, errorClassifier(spec));
  const { defs, schemas } = buildValidatorSchemas(spec, facts);
  return {
    'openapi-types.ts': await emitTypes(spec),
    'validators.ts': emitValidators(defs, schemas),
    'spec-facts.ts': emitSpecFacts(facts),
  };
}

export interface GenerateIo {
  log: (line: string) => void;
  error: (line: string) => void;
}

/** The whole command: returns the exit code (0 done or current, 1 stale, 2 bad input). */
export async function runGenerate(argv: string[], io: GenerateIo = { log: console.log, error: console.error }): Promise<number> {
  try {
    return await generateOrCheck(argv, io);
  } catch (error) {
    io.error(`generate: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

async function generateOrCheck(argv: string[], io: GenerateIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { check: { type: 'boolean' }, spec: { type: 'string' }, out: { type: 'string' } } });
  const outputDir = values.out ?? defaultOutputDir;
  const files = await generateFiles(loadSpecFile(values.spec ?? specPath));
  const stale: string[] = [];
  for (const [name, content] of Object.entries(files)) {
    const path = join(outputDir, name);
    let current: string | undefined;
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === content) continue;
    if (values.check) stale.push(path);
    else {
      mkdirSync(outputDir, { recursive: true });
      writeFileSync(path, content);
    }
  }
  if (values.check && stale.length > 0) {
    io.error(`generated code is stale: ${stale.join(', ')} (run: npm run generate)`);
    return 1;
  }
  io.log(
    values.check
      ? 'generated code is current'
      : `wrote ${Object.keys(files)
          .map((name) => join(outputDir, name))
          .join(', ')}`,
  );
  return 0;
}
