import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

/**
 * The installed Prism CLI's entry script, found through its package.json `bin` (not npx, which
 * would put two wrapper processes between us and Prism).
 */
export function prismBinPath(): string {
  const manifestPath = createRequire(import.meta.url).resolve('@stoplight/prism-cli/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin?: string | Record<string, string> };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.['prism'];
  if (bin === undefined) throw new Error(`${manifestPath}: no 'prism' entry in 'bin'`);
  return resolve(dirname(manifestPath), bin);
}
