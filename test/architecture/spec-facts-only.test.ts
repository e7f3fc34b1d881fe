// At run time the project's own spec is known through the generated spec facts only: the folders
// that answer and check requests (validation, simulator, contracts, client) never load or parse it.
// (src/spec, the diff, the drift check and the Prism launcher read spec files they are given.)
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const srcDir = resolve('src');
const factsOnly = ['validation', 'simulator', 'contracts', 'client'];
const specReaders = /\b(?:loadSpecFile|parseSpecText|specDocument|specPath)\b|from ['"]yaml['"]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('spec facts are the only run-time source of the spec', () => {
  it.each(factsOnly)('src/%s neither loads nor parses the spec', (folder) => {
    const readers = sourceFiles(join(srcDir, folder)).filter((file) => specReaders.test(readFileSync(file, 'utf8')));
    expect(readers.map((file) => relative(srcDir, file))).toEqual([]);
  });
});
