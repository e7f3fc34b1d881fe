// `npm run lint:spec` (Spectral with .spectral.yaml): the real spec passes, and each fixture, a copy
// of the real spec with one mutation, reports exactly the rules that mutation breaks. All fixtures
// are linted by one Spectral process (it takes several files) and told apart by `source`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { isJsonObject, loadSpecFile, specPath, type JsonObject } from '../../src/spec/index.js';
import { nodeAtPointer } from '../../src/spec/json-pointer.js';

type SpectralResult = { code: string; severity: number; source?: string; message: string };
type SpectralRun = { exitCode: number | null; results: SpectralResult[]; stderr: string };
type Mutation = (spec: JsonObject) => void;
/** `want`: the codes of the rules the fixture breaks, once per problem. */

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const operation = '/paths/~12021-07-20~1functions~1{FunctionName}~1runtime-management-config';

/** The object at a JSON pointer of the fixture; throws when the real spec no longer has it. */
function objectAt(spec: JsonObject, pointer: string): JsonObject {
  const node = nodeAtPointer(spec, pointer);
  if (!isJsonObject(node)) throw new Error(`fixture mutation: no object at ${pointer} in the real spec`);
  return node;
}

function arrayAt(spec: JsonObject, pointer: string): unknown[] {
  const node = nodeAtPointer(spec, pointer);
  if (!Array.isArray(node)) throw new Error(`fixture mutation: no array at ${pointer} in the real spec`);
  return node;
}

function renameKey(object: JsonObject, from: string, to: string): void {
  if (!(from in object)) throw new Error(`fixture mutation: no key ${from}`);
  object[to] = object[from];
  delete object[from];
}

const cases: Array<[string, { given: Mutation; want: string[] }]> = [
  // rmc-pattern-anchored
  [
    'unanchored pattern in a header schema',
    {
      given: (spec) => {
        objectAt(spec, '/components/headers/RetryAfter/schema')['pattern'] = '[0-9]+';
      },
      want: ['rmc-pattern-anchored'],
    },
  ],
  [
    'unanchored pattern nested in a property',
    {
      given: (spec) => {
        objectAt(spec, '/components/schemas/ValidationException/properties/message')['pattern'] = '[1-9][0-9]* validation errors? detected: [\\s\\S]+';
      },
      want: ['rmc-pattern-anchored'],
    },
  ],
  [
    'pattern anchored only at its start, inline in a parameter allOf',
    {
      given: (spec) => {
        objectAt(spec, '/components/parameters/Qualifier')['schema'] = {
          allOf: [{ $ref: '#/components/schemas/NumericLatestPublishedOrAliasQualifier' }, { pattern: '^[^ ]' }],
        };
      },
      want: ['rmc-pattern-anchored'],
    },
  ],
  [
    'alternation outside the ^(?:…)$ group',
    {
      given: (spec) => {
        objectAt(spec, '/components/headers/RetryAfter/schema')['pattern'] = '^(?:[0-9]+)|(?:[0-9]+s)$';
      },
      want: ['rmc-pattern-anchored'],
    },
  ],
  [
    'pattern that does not compile with the u flag',
    {
      given: (spec) => {
        objectAt(spec, '/components/headers/RetryAfter/schema')['pattern'] = '^(?:[\\d-x]+)$';
      },
      want: ['rmc-pattern-anchored'],
    },
  ],
  // rmc-pattern-published
  [
    'anchored pattern that drifted from x-aws-pattern',
    {
      given: (spec) => {
        objectAt(spec, '/components/schemas/RuntimeVersionArn')['pattern'] = '^(?:arn:aws:lambda:.+)$';
      },
      want: ['rmc-pattern-published'],
    },
  ],
  [
    'bounded repetition other than {1,n}',
    {
      given: (spec) => {
        const schema = objectAt(spec, '/components/schemas/NamespacedFunctionName');
        schema['pattern'] = String(schema['pattern']).replace('{1,64}', '{2,64}');
      },
      want: ['rmc-pattern-published'],
    },
  ],
  [
    'named schema with a pattern but no x-aws-pattern',
    {
      given: (spec) => {
        delete objectAt(spec, '/components/schemas/FunctionArn')['x-aws-pattern'];
      },
      want: ['rmc-pattern-published'],
    },
  ],
  [
    'x-aws-pattern without a pattern',
    {
      given: (spec) => {
        delete objectAt(spec, '/components/schemas/NumericLatestPublishedOrAliasQualifier')['pattern'];
      },
      want: ['rmc-pattern-published'],
    },
  ],
  // rmc-response-named-examples
  [
    'singular example instead of named examples',
    {
      given: (spec) => {
        const media = objectAt(spec, '/components/responses/ResourceConflict/content/application~1json');
        media['example'] = objectAt(media, '/examples/ResourceConflictException')['value'];
        delete media['examples'];
      },
      want: ['rmc-response-named-examples'],
    },
  ],
  [
    'empty named examples map',
    {
      given: (spec) => {
        objectAt(spec, '/components/responses/ServiceError/content/application~1json')['examples'] = {};
      },
      want: ['rmc-response-named-examples'],
    },
  ],
  [
    'inline 200 response without examples',
    {
      given: (spec) => {
        delete objectAt(spec, `${operation}/get/responses/200/content/application~1json`)['examples'];
      },
      want: ['rmc-response-named-examples'],
    },
  ],
  // rmc-error-type-header
  [
    'error response without x-amzn-ErrorType',
    {
      given: (spec) => {
        renameKey(objectAt(spec, '/components/responses/ResourceConflict/headers'), 'x-amzn-ErrorType', 'x-amzn-ErrorTypo');
      },
      want: ['rmc-error-type-header'],
    },
  ],
  [
    'x-amzn-ErrorType without an example',
    {
      given: (spec) => {
        delete objectAt(spec, '/components/headers/ServiceErrorType')['example'];
      },
      want: ['rmc-error-type-header', 'rmc-response-header-example'],
    },
  ],
  [
    'inline 5XX response without x-amzn-ErrorType',
    {
      given: (spec) => {
        objectAt(spec, `${operation}/get/responses`)['5XX'] = {
          description: 'Any other server error.',
          headers: { 'x-amzn-RequestId': { $ref: '#/components/headers/RequestId' } },
        };
      },
      want: ['rmc-error-type-header'],
    },
  ],
  [
    'x-amzn-ErrorType spelled in another case is still declared',
    {
      given: (spec) => {
        renameKey(objectAt(spec, '/components/responses/ServiceError/headers'), 'x-amzn-ErrorType', 'X-Amzn-ErrorType');
      },
      want: [],
    },
  ],
  // rmc-request-id-header
  [
    '200 response without x-amzn-RequestId',
    {
      given: (spec) => {
        delete objectAt(spec, `${operation}/put/responses/200/headers`)['x-amzn-RequestId'];
      },
      want: ['rmc-request-id-header'],
    },
  ],
  [
    'error response without x-amzn-RequestId',
    {
      given: (spec) => {
        delete objectAt(spec, '/components/responses/BadRequest/headers')['x-amzn-RequestId'];
      },
      want: ['rmc-request-id-header'],
    },
  ],
  // rmc-response-header-example
  [
    'response header without an example',
    {
      given: (spec) => {
        delete objectAt(spec, '/components/headers/RequestId')['example'];
      },
      want: ['rmc-response-header-example'],
    },
  ],
  [
    'a named header example counts as an example',
    {
      given: (spec) => {
        const header = objectAt(spec, '/components/headers/RequestId');
        header['examples'] = { Uuid: { value: header['example'] } };
        delete header['example'];
      },
      want: [],
    },
  ],
  // rmc-throttle-retry-after
  [
    '429 response without Retry-After',
    {
      given: (spec) => {
        renameKey(objectAt(spec, '/components/responses/TooManyRequests/headers'), 'Retry-After', 'Retry-After-Seconds');
      },
      want: ['rmc-throttle-retry-after'],
    },
  ],
  // rmc-no-422
  [
    '422 response',
    {
      given: (spec) => {
        objectAt(spec, `${operation}/put/responses`)['422'] = { $ref: '#/components/responses/BadRequest' };
      },
      want: ['rmc-no-422'],
    },
  ],
  // examples valid: rmc-schema-examples-valid for JSON Schema `examples`, spectral:oas for the rest
  [
    'schema examples entry that matches only part of the value',
    {
      given: (spec) => {
        arrayAt(spec, '/components/schemas/NamespacedFunctionName/examples').push('a?b');
      },
      want: ['rmc-schema-examples-valid'],
    },
  ],
  [
    'nested schema examples entry of the wrong type',
    {
      given: (spec) => {
        objectAt(spec, '/components/schemas/ValidationException/properties/message')['examples'] = [42];
      },
      want: ['rmc-schema-examples-valid'],
    },
  ],
  [
    'schema examples entry of an inline request schema',
    {
      given: (spec) => {
        objectAt(spec, `${operation}/put/requestBody/content/application~1json`)['schema'] = {
          allOf: [{ $ref: '#/components/schemas/PutRuntimeManagementConfigRequest' }],
          examples: [{ UpdateRuntimeOn: 'Never' }],
        };
      },
      want: ['rmc-schema-examples-valid'],
    },
  ],
  [
    'invalid named response example',
    {
      given: (spec) => {
        objectAt(spec, `${operation}/put/responses/200/content/application~1json/examples/Manual/value`)['UpdateRuntimeOn'] = 'Sometimes';
      },
      want: ['oas3-valid-media-example'],
    },
  ],
  [
    'invalid named parameter example',
    {
      given: (spec) => {
        objectAt(spec, '/components/parameters/FunctionName/examples/NameWithVersion')['value'] = 'a?b';
      },
      want: ['oas3-valid-media-example'],
    },
  ],
  [
    'invalid header example',
    {
      given: (spec) => {
        objectAt(spec, '/components/headers/RetryAfter')['example'] = 'soon';
      },
      want: ['oas3-valid-media-example'],
    },
  ],
  [
    'invalid singular schema example',
    {
      given: (spec) => {
        objectAt(spec, '/components/schemas/RuntimeVersionArn')['example'] = 'arn:aws:lambda:us-east-1::function:x';
      },
      want: ['oas3-valid-schema-example'],
    },
  ],
];

function runSpectral(files: string[]): Promise<SpectralRun> {
  const args = ['lint', '--fail-severity', 'warn', '--ruleset', '.spectral.yaml', '-f', 'json', '-q', ...files];
  const child = spawn(join(projectRoot, 'node_modules/.bin/spectral'), args, {
    cwd: projectRoot,
    env: { ...process.env, SCARF_ANALYTICS: 'false' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode) => {
      try {
        resolve({ exitCode, results: JSON.parse(stdout) as SpectralResult[], stderr });
      } catch {
        reject(new Error(`spectral printed no JSON (exit ${exitCode}): ${stderr}${stdout}`));
      }
    });
  });
}

let fixtureDir: string;
let realSpecRun: SpectralRun;
let fixtureRun: SpectralRun;
const fixtureFiles = new Map<string, string>();

beforeAll(async () => {
  fixtureDir = mkdtempSync(join(tmpdir(), 'lint-spec-'));
  for (const [index, [name, { given }]] of cases.entries()) {
    const spec = loadSpecFile(specPath);
    given(spec);
    const file = join(fixtureDir, `fixture-${index}.yaml`);
    writeFileSync(file, stringify(spec));
    fixtureFiles.set(name, file);
  }
  [realSpecRun, fixtureRun] = await Promise.all([runSpectral([specPath]), runSpectral([...fixtureFiles.values()])]);
}, 120_000); // two Spectral runs over 30 documents: 28-32 s measured on the 2-core machine at load average 15

afterAll(() => {
  if (fixtureDir !== undefined) rmSync(fixtureDir, { recursive: true, force: true });
});

describe('npm run lint:spec', () => {
  it('passes the real spec with exit 0', () => {
    expect(realSpecRun.results).toEqual([]);
    expect(realSpecRun.exitCode).toBe(0);
  });

  it('fails the fixtures with exit 1 (lint failures, not a crash)', () => {
    expect(fixtureRun.exitCode, fixtureRun.stderr).toBe(1);
  });

  it.each(cases)('%s', (name, { want }) => {
    const results = fixtureRun.results.filter((result) => result.source === fixtureFiles.get(name));
    // One result per problem: a component used by several operations is reported once, where it is written.
    const codes = results.map((result) => result.code).sort();
    expect(codes, JSON.stringify(results, null, 2)).toEqual([...want].sort());
    // Every project rule is an error, so `--fail-severity warn` fails on it.
    for (const result of results) expect(result.severity).toBe(0);
    // The message names where the problem is.
    for (const result of results.filter((r) => r.code.startsWith('rmc-'))) expect(result.message).toMatch(/^#\/\S+: /);
  });
});
