import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { resolveOptionalPeer } from '../peers/index.js';

/**
 * The installed Prism CLI's entry script, found through its package.json `bin` (not npx, which
 * would put two wrapper processes between us and Prism). Prism is an optional peer dependency:
 * a MissingPeerDependencyError names the install command when it is absent.
 */
export function prismBinPath(): string {
  const manifestPath = resolveOptionalPeer('@stoplight/prism-cli');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin?: string | Record<string, string> };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.['prism'];
  if (bin === undefined) throw new Error(`${manifestPath}: no 'prism' entry in 'bin'`);
  return resolve(dirname(manifestPath), bin);
}
