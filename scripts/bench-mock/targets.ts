import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const specPath = join(root, 'spec/lambda-runtime-management.openapi.yaml');

export interface Target {
  name: string;
  /** Arguments to `node`; `{port}` is replaced by a free port. */
  args: string[];
}

export const bareTarget: Target = { name: 'bare node:http (fixed 200)', args: [join(root, 'scripts/bench-mock/bare-server.mjs'), '{port}'] };

/** The simulator itself: startSimulator() from the compiled dist/, in a process of its own. */
export const simulatorTarget: Target = { name: 'simulator (startSimulator)', args: [join(root, 'scripts/bench-mock/simulator-server.mjs'), '{port}'] };

/** The simulator as `lambda-rmc simulate` starts it: the same server behind the CLI dispatcher. */
export const simulatorCliTarget: Target = { name: 'simulator (lambda-rmc simulate)', args: [join(root, 'bin/lambda-rmc.js'), 'simulate', '--port', '{port}', '--host', '127.0.0.1'] };

/** Prism on the spec as the mock runs it: one process, request validation on, quiet logs. */
export function prismTarget(): Target {
  const manifestPath = createRequire(import.meta.url).resolve('@stoplight/prism-cli/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: Record<string, string> };
  const bin = join(dirname(manifestPath), manifest.bin['prism']!);
  return {
    name: 'Prism 5.14 (prism mock)',
    args: [bin, 'mock', specPath, '--host', '127.0.0.1', '--port', '{port}', '--errors=false', '--multiprocess=false', '--verboseLevel', 'warn'],
  };
}

/** Compiles src/ to dist/ when dist/ is missing or older than the simulator's sources. */
export function ensureBuilt(log: (line: string) => void): void {
  const built = join(root, 'dist/cli/main.js');
  const newestSource = Math.max(...['src/simulator', 'src/cli', 'src/validation', 'src/generated'].flatMap((folder) => newestMtimes(join(root, folder))));
  if (existsSync(built) && statSync(built).mtimeMs >= newestSource) return;
  log('dist/ is missing or stale: compiling (npm run build) ...');
  const result = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (!existsSync(built)) throw new Error(`the build did not produce ${built} (tsc exit ${result.status})`);
  if (result.status !== 0) log(`tsc reported errors (exit ${result.status}); dist/ was emitted anyway`);
}

function newestMtimes(folder: string): number[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs);
}
