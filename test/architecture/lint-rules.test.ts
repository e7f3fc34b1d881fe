// The lint step of `npm test` can fail: the project's ESLint config, run on small snippets, reports
// each rule the codebase relies on, and passes a snippet written the way the codebase writes code.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const snippetFile = resolve(import.meta.dirname, 'lint-fixture/snippet.ts');
const eslint = new ESLint({
  cwd: root,
  // The real config, with a one-file program instead of the whole project's.
  // typescript-eslint infers a one-shot run from CI=true and then lints only files of the programs it
  // built up front, so a snippet linted from memory got no messages at all in CI: never infer it here.
  overrideConfig: {
    languageOptions: {
      parserOptions: { project: './test/architecture/lint-fixture/tsconfig.json', tsconfigRootDir: root, disallowAutomaticSingleRunInference: true },
    },
  },
});

async function ruleIds(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: snippetFile });
  // A message without a rule id is ESLint's own (a parse error, an unused disable directive).
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the ESLint config', () => {
  it.each<[string, { given: string; want: string[] }]>([
    ['an explicit any', { given: 'export const value: any = 1;\n', want: ['@typescript-eslint/no-explicit-any'] }],
    ['a floating promise', { given: 'async function work(): Promise<void> {}\nwork();\nexport {};\n', want: ['@typescript-eslint/no-floating-promises'] }],
    [
      'a promise where a void callback is expected',
      { given: 'export function each(items: number[]): void {\n  items.forEach(async () => {});\n}\n', want: ['@typescript-eslint/no-misused-promises'] },
    ],
    ['a relative import without its extension', { given: "export { snippet } from './snippet';\n", want: ['no-restricted-syntax'] }],
    [
      'a type imported as a value',
      {
        given: "import { Server } from 'node:http';\nexport const accepts = (server: Server): boolean => server.listening;\n",
        want: ['@typescript-eslint/consistent-type-imports'],
      },
    ],
    ['loose equality', { given: 'export const same = (a: unknown, b: unknown): boolean => a == b;\n', want: ['eqeqeq'] }],
    ['an unused variable', { given: 'const unused = 1;\nexport {};\n', want: ['@typescript-eslint/no-unused-vars'] }],
    [
      'an eslint-disable that disables nothing',
      {
        given: '// eslint-disable-next-line eqeqeq -- nothing left to excuse\nexport const same = 1;\n',
        want: ["Unused eslint-disable directive (no problems were reported from 'eqeqeq')."],
      },
    ],
  ])('reports %s', async (_name, { given, want }) => {
    expect(await ruleIds(given)).toEqual(expect.arrayContaining(want));
  });

  it('passes code written the way the codebase writes it', async () => {
    const given = [
      "import { createServer, type Server } from 'node:http';",
      "import { snippet } from './snippet.js';",
      '',
      'export async function listening(): Promise<Server> {',
      '  const server = createServer();',
      "  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));",
      '  return snippet === true ? server : server;',
      '}',
      '',
    ].join('\n');
    expect(await ruleIds(given)).toEqual([]);
  });
});

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'generated') return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? codeFiles(path) : /\.(?:ts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

describe('eslint-disable comments in the code', () => {
  const directives = ['src', 'test', 'scripts', 'spectral', 'examples', 'bin'].flatMap((folder) =>
    codeFiles(join(root, folder)).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ at: `${relative(root, file)}:${index + 1}`, line: line.trim() }))
        .filter(({ line }) => /^(?:\/\/|\/\*)\s*eslint-disable/.test(line)),
    ),
  );

  it('each name one line and the rule it excuses, with the reason after --', () => {
    const unexplained = directives.filter(({ line }) => !/^\/\/ eslint-disable-next-line [\w@/-]+(?:, [\w@/-]+)* -- \S/.test(line));
    expect(unexplained).toEqual([]);
  });
});
