// Dependencies point one way: {peers, spec, reports} → {generated, pacts} → validation → {simulator, mock, contracts, client, diff, drift} → coverage → cli.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const layerOf: Record<string, number> = {
  peers: 0,
  spec: 0,
  reports: 0,
  generated: 1,
  pacts: 1,
  validation: 2,
  simulator: 3,
  mock: 3,
  contracts: 3,
  client: 3,
  diff: 3,
  drift: 3,
  coverage: 4,
  cli: 5,
};
const srcDir = resolve('src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const folderOf = (file: string) => relative(srcDir, file).split('/')[0]!;

function localImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g)].map(
    (match) => match[1] ?? match[2]!,
  );
  return specifiers.map((specifier) => resolve(dirname(file), specifier));
}

describe('layering of src/', () => {
  const files = sourceFiles(srcDir).filter((file) => file.includes('/src/') && folderOf(file) in layerOf);

  it('knows every folder of src/', () => {
    const folders = new Set(
      sourceFiles(srcDir)
        .map(folderOf)
        .filter((folder) => !folder.endsWith('.ts')),
    );
    for (const folder of folders) expect(layerOf, `add ${folder} to the layer table`).toHaveProperty(folder);
  });

  it.each(files.map((file) => [relative(srcDir, file), file] as const))('%s imports only lower layers', (_name, file) => {
    const from = folderOf(file);
    for (const target of localImports(file)) {
      const to = folderOf(target);
      if (to === from) continue;
      expect(layerOf[to], `${relative(srcDir, file)} imports ${relative(srcDir, target)}`).toBeLessThan(layerOf[from]!);
    }
  });
});
