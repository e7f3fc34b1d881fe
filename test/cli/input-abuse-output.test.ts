// Reproductions: text from an input file (a pact description, a spec path key, a model member name,
// a file's own bytes) reaching the terminal, the Actions log or a markdown summary unescaped. In a
// GitHub workflow every line of a step's stdout AND stderr is scanned for `::command::` (lines split
// at LF, CR or CRLF), so the default text format is as exposed as githubactions.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  botocoreModelPath,
  clientPact,
  expectOneCleanLine,
  hostile,
  runIn,
  scratchFolder,
  specDocument,
  specPath,
  workflowCommandLines,
} from './support/input-abuse.js';

const scratch = scratchFolder();
afterAll(() => scratch.remove());
const write = (name: string, text: string) => {
  writeFileSync(join(scratch.path, name), text);
  return name;
};
const operationPath = '/2021-07-20/functions/{FunctionName}/runtime-management-config';

/** The client pact's first interaction (verifies) and one that fails (unknown path), both described by `hostile`. */
function hostilePact(): string {
  const pact = clientPact();
  const passing = { ...pact['interactions'][0], description: `${hostile} passes` };
  const failing = {
    ...pact['interactions'][0],
    description: `${hostile} fails`,
    request: { ...pact['interactions'][0].request, path: `/x${encodeURIComponent('\n::error::from-path')}` },
  };
  pact['consumer'] = { name: `consumer ${hostile}` };
  pact['interactions'] = [passing, failing];
  return write('hostile-pact.json', JSON.stringify(pact));
}

function hostileSpec(): string {
  const spec = specDocument();
  spec['paths'][`/x/${hostile}`] = spec['paths'][operationPath];
  return write('hostile-spec.json', JSON.stringify(spec));
}

function hostileModel(): string {
  const model = JSON.parse(readFileSync(botocoreModelPath, 'utf8'));
  const input = model.operations.PutRuntimeManagementConfig.input.shape;
  model.shapes[input].members[hostile] = { shape: 'UpdateRuntimeOn', location: 'querystring', locationName: hostile };
  return write('hostile-model.json', JSON.stringify(model));
}

/** Markdown table rows must stay one line each, with no raw HTML comment opener that hides the rest. */
function expectWellFormedMarkdown(markdown: string): void {
  const lines = markdown.split(/\r\n|\r|\n/);
  let inTable = false;
  for (const line of lines) {
    if (line.startsWith('|')) inTable = true;
    else if (inTable && line.trim() !== '') throw new Error(`a table row was broken by a line break: ${JSON.stringify(line)}`);
    else inTable = false;
  }
  // Outside code spans, where HTML would be interpreted: a code span is literal text (an entity there would show as '&lt;').
  const outsideCode = markdown.replace(/`[^`\n]*`/g, '');
  expect(outsideCode).not.toContain('<!--');
  expect(markdown).not.toMatch(/\u001b/);
}

describe('text output (the default, what CI logs show) cannot issue workflow commands', () => {
  it.each<[string, { given: () => string[] }]>([
    ['verify', { given: () => ['verify', hostilePact()] }],
    ['coverage', { given: () => ['coverage', hostilePact(), '--min', '0'] }],
    ['diff', { given: () => ['diff', specPath, hostileSpec()] }],
    ['drift', { given: () => ['drift', '--model', hostileModel()] }],
  ])('%s', async (_name, { given }) => {
    const result = await runIn(scratch.path, given());
    expect(workflowCommandLines(result.stdout)).toEqual([]);
    expect(workflowCommandLines(result.stderr)).toEqual([]);
    expect(result.stdout).not.toMatch(/\u001b/);
  });
});

describe('markdown output keeps its tables whatever the names hold', () => {
  it.each<[string, { given: () => string[] }]>([
    ['verify (a lone CR in a cell ends the row)', { given: () => ['verify', hostilePact(), '--format', 'markdown'] }],
    ['coverage (descriptions and consumer names are not flattened at all)', { given: () => ['coverage', hostilePact(), '--format', 'markdown', '--min', '0'] }],
    ['diff (a path key in a code span keeps its line break)', { given: () => ['diff', specPath, hostileSpec(), '--format', 'markdown'] }],
    ['drift (a member name in a code span keeps its line break)', { given: () => ['drift', '--model', hostileModel(), '--format', 'markdown'] }],
  ])('%s', async (_name, { given }) => {
    const result = await runIn(scratch.path, given());
    expectWellFormedMarkdown(result.stdout);
  });
});

describe('githubactions and json output stay well-formed', () => {
  it.each<[string, { given: () => string[] }]>([
    ['verify', { given: () => ['verify', hostilePact(), '--format', 'githubactions'] }],
    ['diff', { given: () => ['diff', specPath, hostileSpec(), '--format', 'githubactions'] }],
    ['drift', { given: () => ['drift', '--model', hostileModel(), '--format', 'githubactions'] }],
  ])('%s: one workflow command per line', async (_name, { given }) => {
    const result = await runIn(scratch.path, given());
    const lines = result.stdout.trimEnd().split(/\r\n|\r|\n/);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) /);
  });

  it.each<[string, { given: () => string[] }]>([
    ['verify', { given: () => ['verify', hostilePact(), '--format', 'json'] }],
    ['coverage', { given: () => ['coverage', hostilePact(), '--format', 'json', '--min', '0'] }],
    ['diff', { given: () => ['diff', specPath, hostileSpec(), '--format', 'json'] }],
    ['drift', { given: () => ['drift', '--model', hostileModel(), '--format', 'json'] }],
  ])('%s: parses as JSON', async (_name, { given }) => {
    const result = await runIn(scratch.path, given());
    expect(() => JSON.parse(result.stdout)).not.toThrow();
  });
});

describe("a file's own bytes in a parse error reach stderr as one clean line", () => {
  // JSON.parse quotes the text around the error; a line break there splits the message, and a line
  // that starts with '::error::' is then a workflow command (the runner reads stderr too).
  const broken = '\n::error::P' + 'x'.repeat(40) + '\n\u001b[31m';
  it.each<[string, { given: () => string[] }]>([
    ['verify', { given: () => ['verify', write('broken.json', broken)] }],
    ['coverage', { given: () => ['coverage', write('broken.json', broken)] }],
    ['simulate --functions', { given: () => ['simulate', '--port', '0', '--functions', write('broken.json', broken)] }],
    ['drift --model', { given: () => ['drift', '--model', write('broken.json', `{"a":\n\u001b[31m`)] }],
  ])('%s', async (_name, { given }) => {
    const result = await runIn(scratch.path, given());
    expect(result.code).toBe(2);
    expectOneCleanLine(result.stderr);
  });

  it.each<[string, { given: (file: string) => string[] }]>([
    ['verify', { given: (file) => ['verify', file] }],
    ['drift (today the first line only: the problem itself is cut off)', { given: (file) => ['drift', '--model', file] }],
    ['diff', { given: (file) => ['diff', file, specPath] }],
  ])('a file name with a line break: %s', async (_name, { given }) => {
    const file = write('name\n::error::spoof.json', '{');
    const result = await runIn(scratch.path, given(file));
    expect(result.code).toBe(2);
    expectOneCleanLine(result.stderr);
    expect(result.stderr).toMatch(/invalid (JSON|YAML)/);
  });
});
