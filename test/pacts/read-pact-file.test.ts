import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputFileError } from '../../src/spec/index.js';
import { PactFileError, pactFilesIn, readPactDirectory, readPactFile } from '../../src/pacts/index.js';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'lambda-rmc-pacts-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const parties = { consumer: { name: 'c' }, provider: { name: 'p' } };

function file(name: string, content: unknown): string {
  const path = join(work, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

function thrown(act: () => unknown): string {
  try {
    act();
  } catch (error) {
    expect(error).toBeInstanceOf(PactFileError);
    expect(error).toBeInstanceOf(InputFileError); // the CLI's bad-input convention: exit 2
    return (error as PactFileError).message;
  }
  throw new Error('expected a PactFileError');
}

describe('readPactDirectory: the pacts under a directory, for diff --contracts', () => {
  it('reads the HTTP interactions of the fixture (Pact V4) with their lines, and skips message interactions and files that are not pacts', () => {
    const interactions = readPactDirectory('test/fixtures/diff/pacts', process.cwd());
    expect(interactions.map((interaction) => interaction.description)).toEqual([
      'a Put that follows runtime updates automatically',
      'a Put that pins version 1 to a runtime version',
      'a Put on $LATEST.PUBLISHED',
      'a Get of a function that does not exist',
      'a Put with a Qualifier that breaks the pattern',
    ]);
    expect(interactions[1]).toMatchObject({
      file: 'test/fixtures/diff/pacts/example-consumer-lambda-runtime-management.json',
      consumer: 'example-consumer',
      line: expect.any(Number),
      request: { method: 'PUT', query: { Qualifier: ['1'] }, body: { UpdateRuntimeOn: 'Manual' }, hasBody: true },
      response: { status: 200 },
    });
    expect(interactions[3]).toMatchObject({ request: { hasBody: false }, response: { headers: { 'x-amzn-errortype': ['ResourceNotFoundException'] } } });
  });

  it('descends into subdirectories, names files relative to the working directory', () => {
    const root = join(work, 'tree');
    file('tree/b/nested.json', { ...parties, interactions: [{ description: 'nested', request: { method: 'GET', path: '/x' }, response: { status: 200 } }] });
    file('tree/a.json', { ...parties, interactions: [{ description: 'top', request: { method: 'GET', path: '/x' }, response: { status: 200 } }] });
    file('tree/notes.txt', 'not json, not read');
    expect(readPactDirectory(relative(process.cwd(), root), process.cwd()).map((interaction) => [interaction.description, interaction.file])).toEqual([
      ['top', relative(process.cwd(), join(root, 'a.json'))],
      ['nested', relative(process.cwd(), join(root, 'b/nested.json'))],
    ]);
  });

  it.each([
    ['a directory that does not exist', { given: () => 'no-such-dir', want: () => 'no-such-dir: no such directory' }],
    [
      'a file, not a directory',
      {
        given: () => relative(process.cwd(), file('plain.json', '{}')),
        want: () => `${relative(process.cwd(), join(work, 'plain.json'))}: is not a directory`,
      },
    ],
    [
      'a pact whose interaction has no path',
      {
        given: () =>
          relative(
            process.cwd(),
            join(
              file('broken/broken-pact.json', {
                ...parties,
                interactions: [{ description: 'no path', request: { method: 'GET' }, response: { status: 200 } }],
              }),
              '..',
            ),
          ),
        want: () => `${relative(process.cwd(), join(work, 'broken/broken-pact.json'))}: interactions[0].request.path is missing or not a string`,
      },
    ],
  ])('refuses %s', (_name, { given, want }) => {
    const directory = given();
    expect(thrown(() => readPactDirectory(directory, process.cwd()))).toBe(want());
  });
});

describe('pactFilesIn and readPactFile: the pacts coverage and verify are given', () => {
  it('takes files as given and directories by their own *.json files, in name order', () => {
    const b = file('flat/b.json', {});
    const a = file('flat/a.json', {});
    file('flat/sub/c.json', {});
    const single = file('single.json', {});
    expect(pactFilesIn([join(work, 'flat'), single])).toEqual([a, b, single]);
  });

  it('reads a file into the one shape (lines left to verify, which maps only the files with problems)', () => {
    const path = file('one.json', { ...parties, interactions: [{ description: 'd', request: { method: 'GET', path: '/x' }, response: { status: 200 } }] });
    expect(readPactFile(path)).toMatchObject({ file: path, consumer: 'c', provider: 'p', interactions: [{ file: path, description: 'd', index: 0 }] });
    expect(readPactFile(path).interactions[0]).not.toHaveProperty('line');
  });

  it.each([
    ['a path that does not exist', { given: () => pactFilesIn([join(work, 'missing')]), want: () => `${join(work, 'missing')}: no such file or directory` }],
    [
      'a directory without pact files',
      { given: () => pactFilesIn([join(work, 'empty-dir')]), want: () => `${join(work, 'empty-dir')}: directory holds no *.json pact files` },
    ],
    ['a file that is not JSON', { given: () => readPactFile(file('bad.json', '{')), want: () => `${join(work, 'bad.json')}: invalid JSON: ` }],
    [
      'JSON that is not a pact',
      {
        given: () => readPactFile(file('other.json', { note: 1 })),
        want: () => `${join(work, 'other.json')}: not a Pact file: field 'interactions' is missing or not an array`,
      },
    ],
  ])('refuses %s', (_name, { given, want }) => {
    mkdirSync(join(work, 'empty-dir'), { recursive: true });
    expect(thrown(given)).toContain(want());
  });

  it('does not follow a link to a directory', () => {
    const dir = join(work, 'linked');
    file('linked/real.json', {});
    symlinkSync(work, join(dir, 'loop'));
    expect(pactFilesIn([dir])).toEqual([join(dir, 'real.json')]);
  });
});
