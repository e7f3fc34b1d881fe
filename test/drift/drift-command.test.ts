// `lambda-rmc drift` end to end: the vendored excerpt agrees, botocore 1.43.11 differs in exactly
// its four patterns (plain, gzipped, and as Smithy), every format, and bad input as one line, exit 2.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { driftReportJsonSchema } from '../../src/drift/index.js';
import { botocoreToSmithy } from './support/botocore-to-smithy.js';
import { botocoreFixture, runDrift, vendoredModel } from './support/run-drift.js';

const specFile = 'spec/lambda-runtime-management.openapi.yaml';
let work: string;

/** The four patterns botocore 1.43.11 publishes older forms of (no eusc-, FunctionName's region/account structure, -iso(b?)). */
const knownPatternDrift = [
  ['NamespacedFunctionName', '/components/schemas/NamespacedFunctionName/x-aws-pattern'],
  ['RuntimeVersionArn', '/components/schemas/RuntimeVersionArn/x-aws-pattern'],
  ['FunctionArn', '/components/schemas/FunctionArn/x-aws-pattern'],
  ['NameSpacedFunctionArn', '/components/schemas/NameSpacedFunctionArn/x-aws-pattern'],
] as const;

const specLines = readFileSync(specFile, 'utf8').split('\n');
/** The 1-based line of a component schema's x-aws-pattern in the spec, where a pattern difference points. */
function lineOfAwsPattern(schema: string): number {
  const start = specLines.indexOf(`    ${schema}:`);
  return start + specLines.slice(start).findIndex((line) => line.trimStart().startsWith('x-aws-pattern:')) + 1;
}

function file(name: string, content: string | Buffer): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'lambda-rmc-drift-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface JsonReport {
  drift: boolean;
  model: { format: string };
  compared: { operations: string[]; members: number; errors: number };
  differences: Array<{ kind: string; model: { path: string }; spec: { pointer: string; line?: number }; subjects: string[] }>;
}

async function jsonReport(model: string): Promise<{ code: number; report: JsonReport }> {
  const result = await runDrift(['--model', model, '--format', 'json']);
  expect(result.stderr).toBe('');
  return { code: result.code, report: JSON.parse(result.stdout) as JsonReport };
}

describe('lambda-rmc drift: the models the spec is checked against', () => {
  it('agrees with the vendored excerpt it follows (exit 0)', async () => {
    const result = await runDrift(['--model', vendoredModel]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('No drift: the spec agrees with the model (2 operations, 34 members, 9 errors compared).');
  });

  const botocoreText = readFileSync(botocoreFixture, 'utf8');
  it.each([
    ['botocore 1.43.11, plain', 'botocore', () => botocoreFixture, (schema: string) => `/shapes/${schema}/pattern`],
    [
      'botocore 1.43.11, gzipped as pip installs it',
      'botocore',
      () => file('service-2.json.gz', gzipSync(botocoreText)),
      (schema: string) => `/shapes/${schema}/pattern`,
    ],
    [
      'botocore 1.43.11, as a Smithy JSON AST',
      'smithy',
      () => file('lambda.json', JSON.stringify(botocoreToSmithy(JSON.parse(botocoreText)))),
      (schema: string) => `/shapes/com.amazonaws.lambda#${schema}/traits/smithy.api#pattern`,
    ],
  ])('%s: exit 1 with exactly the four pattern differences', async (_name, format, model, modelPath) => {
    const { code, report } = await jsonReport(model());
    expect(code).toBe(1);
    expect(report.model.format).toBe(format);
    expect(report.drift).toBe(true);
    expect(report.differences.map((difference) => [difference.kind, difference.model.path, difference.spec.pointer, difference.spec.line])).toEqual(
      knownPatternDrift.map(([schema, pointer]) => ['pattern', modelPath(schema), pointer, lineOfAwsPattern(schema)]),
    );
    expect(report.differences[1]?.subjects).toEqual([
      'PutRuntimeManagementConfig request RuntimeVersionArn (body)',
      'PutRuntimeManagementConfig response RuntimeVersionArn (body)',
      'GetRuntimeManagementConfig response RuntimeVersionArn (body)',
    ]);
  });

  it.each([
    ['the vendored excerpt, gzipped', () => file('vendored.json.gz', gzipSync(readFileSync(vendoredModel)))],
    [
      'the vendored excerpt as a Smithy JSON AST',
      () => file('vendored.smithy.json', JSON.stringify(botocoreToSmithy(JSON.parse(readFileSync(vendoredModel, 'utf8'))))),
    ],
  ])('%s: exit 0', async (_name, model) => {
    const { code, report } = await jsonReport(model());
    expect(code).toBe(0);
    expect(report.differences).toEqual([]);
    expect(report.compared).toEqual({ operations: ['PutRuntimeManagementConfig', 'GetRuntimeManagementConfig'], members: 34, errors: 9 });
  });
});

describe('lambda-rmc drift: formats', () => {
  // Golden files: a change to any format shows in review (`npx vitest run test/drift -u` rewrites them).
  // Spec line numbers are masked: an edit elsewhere in the spec moves them (the tests above check them).
  it.each(['text', 'markdown', 'json', 'githubactions'])('%s against botocore 1.43.11 is the golden file', async (format) => {
    const { stdout } = await runDrift(['--model', botocoreFixture, '--format', format]);
    await expect(stdout.replace(/(openapi\.yaml:|line=|"line": )\d+/g, '$1<line>')).toMatchFileSnapshot(
      `../fixtures/drift/golden/botocore-1.43.11.${format === 'markdown' ? 'md' : format === 'json' ? 'json' : `${format}.txt`}`,
    );
  });

  it('json validates against driftReportJsonSchema', async () => {
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(driftReportJsonSchema);
    for (const model of [vendoredModel, botocoreFixture]) {
      const { stdout } = await runDrift(['--model', model, '--format', 'json']);
      expect(validate(JSON.parse(stdout)), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('text names the model path, the spec line and what each difference affects', async () => {
    const { stdout } = await runDrift(['--model', botocoreFixture]);
    expect(stdout).toContain(
      `DRIFT pattern  RuntimeVersionArn pattern differs: model 'arn:(aws[a-zA-Z-]*):lambda:[a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-\\d{1}::runtime:.+'`,
    );
    expect(stdout).toContain('      model: /shapes/RuntimeVersionArn/pattern\n');
    expect(stdout).toContain(`      spec:  ${specFile}:${lineOfAwsPattern('RuntimeVersionArn')} #/components/schemas/RuntimeVersionArn/x-aws-pattern\n`);
    expect(stdout).toContain('DRIFT pattern  FunctionArn (shape NameSpacedFunctionArn) pattern differs');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('4 differences between the model and the spec (2 operations, 34 members, 9 errors compared).');
    expect(stdout).not.toContain('\u001b[');
  });

  it('text is coloured only on a terminal', async () => {
    expect((await runDrift(['--model', botocoreFixture], { isTty: true })).stdout).toContain('\u001b[');
  });

  it('markdown is a job summary: a verdict heading and one table row per difference', async () => {
    const drift = (await runDrift(['--model', botocoreFixture, '--format', 'markdown'])).stdout;
    expect(drift.split('\n')[0]).toBe('## ❌ AWS model drift: 4 differences');
    expect(drift.split('\n').filter((line) => line.startsWith('| `pattern` |'))).toHaveLength(4);
    expect(drift).toContain('| `/shapes/FunctionArn/pattern` |');
    const clean = (await runDrift(['--model', vendoredModel, '--format', 'markdown'])).stdout;
    expect(clean.split('\n')[0]).toBe('## ✅ AWS model drift: none');
    expect(clean).not.toContain('| Kind |');
  });

  it('githubactions: one ::error per difference on the spec line, then the verdict', async () => {
    const lines = (await runDrift(['--model', botocoreFixture, '--format', 'githubactions'])).stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(
      new RegExp(
        `^::error file=${specFile.replace(/\./g, '\\.')},line=${lineOfAwsPattern('NamespacedFunctionName')},title=AWS model drift%3A pattern::FunctionName \\(shape NamespacedFunctionName\\) pattern differs`,
      ),
    );
    expect(lines[4]).toMatch(/^::error title=AWS model drift::.*4 differences between the model and the spec/);
    const clean = (await runDrift(['--model', vendoredModel, '--format', 'githubactions'])).stdout.trimEnd().split('\n');
    expect(clean).toEqual([expect.stringMatching(/^::notice title=AWS model drift::.*No drift/)]);
  });
});

describe('lambda-rmc drift: bad input is one line naming the file, the field and the problem, exit 2', () => {
  const vendored = () => JSON.parse(readFileSync(vendoredModel, 'utf8'));
  const cases: Array<[string, { given: () => string[]; want: RegExp }]> = [
    ['a missing model file', { given: () => ['--model', join(work, 'absent.json')], want: /absent\.json: no such file$/ }],
    ['a directory', { given: () => ['--model', work], want: /: is a directory, not a file$/ }],
    ['invalid JSON', { given: () => ['--model', file('broken.json', '{"metadata": ')], want: /broken\.json: invalid JSON: / }],
    [
      'a broken gzip file',
      {
        given: () => ['--model', file('broken.json.gz', Buffer.concat([gzipSync('{}').subarray(0, 10), Buffer.from('garbage')]))],
        want: /broken\.json\.gz: not a readable gzip file: /,
      },
    ],
    [
      'JSON that is no model',
      {
        given: () => ['--model', file('other.json', '{"openapi": "3.1.0"}')],
        want: /other\.json: not an AWS service model: neither botocore's service-2\.json .* nor a Smithy JSON AST/,
      },
    ],
    [
      'the model of another service',
      {
        given: () => ['--model', file('s3.json', JSON.stringify({ ...vendored(), metadata: { ...vendored().metadata, serviceId: 'S3' } }))],
        want: /s3\.json: \/metadata\/serviceId: 'S3': this is not AWS Lambda's model$/,
      },
    ],
    [
      'a Smithy model of another service',
      {
        given: () => [
          '--model',
          file('s3.smithy.json', JSON.stringify(botocoreToSmithy({ ...vendored(), metadata: { ...vendored().metadata, serviceId: 'S3' } }))),
        ],
        want: /s3\.smithy\.json: \/shapes\/com\.amazonaws\.lambda#AWSGirApiService\/traits\/aws\.api#service\/sdkId: 'S3': this is not AWS Lambda's model$/,
      },
    ],
    [
      'a max that is not a number',
      {
        given: () => {
          const model = vendored();
          model.shapes.RuntimeVersionArn.max = '2048';
          return ['--model', file('max.json', JSON.stringify(model))];
        },
        want: /max\.json: \/shapes\/RuntimeVersionArn\/max: expected a number, got string "2048"$/,
      },
    ],
    [
      'a member pointing at no shape',
      {
        given: () => {
          const model = vendored();
          model.shapes.PutRuntimeManagementConfigRequest.members.Qualifier.shape = 'Gone';
          return ['--model', file('dangling.json', JSON.stringify(model))];
        },
        want: /dangling\.json: \/shapes\/PutRuntimeManagementConfigRequest\/members\/Qualifier\/shape: refers to shape 'Gone', which \/shapes does not define$/,
      },
    ],
    ['a missing spec', { given: () => ['--model', vendoredModel, '--spec', join(work, 'no-spec.yaml')], want: /no-spec\.yaml: no such file$/ }],
    [
      'a spec without the operations',
      {
        given: () => ['--model', vendoredModel, '--spec', file('empty.yaml', 'openapi: 3.1.0\ninfo: {title: x, version: "1"}\npaths: {}\n')],
        want: /empty\.yaml: no operation with operationId PutRuntimeManagementConfig, GetRuntimeManagementConfig/,
      },
    ],
    ['no --model', { given: () => [], want: /^lambda-rmc drift: --model <file> is required/ }],
    [
      'an unknown format',
      {
        given: () => ['--model', vendoredModel, '--format', 'junit'],
        want: /^lambda-rmc drift: --format must be one of text, markdown, json, githubactions, got 'junit'$/,
      },
    ],
    ['an unknown flag', { given: () => ['--model', vendoredModel, '--fail-on', 'ERR'], want: /^lambda-rmc drift: Unknown option '--fail-on'/ }],
  ];
  it.each(cases)('%s', async (_name, { given, want }) => {
    const result = await runDrift(given());
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toHaveLength(2); // one line and its newline
    expect(result.stderr.trimEnd()).toMatch(want);
    expect(result.stderr).toMatch(/^lambda-rmc drift: /);
  });
});
