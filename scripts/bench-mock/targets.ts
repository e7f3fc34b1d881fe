import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prismMockArguments } from '../../src/mock/prism-process.js';
import { resolveOptionalPeer } from '../../src/peers/index.js';
import type { ServerArguments } from './server-process.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const specPath = join(root, 'spec/lambda-runtime-management.openapi.yaml');

export interface Target {
  name: string;
  /** Arguments to `node`: a list in which `{port}` is replaced by a free port, or made from the port. */
  args: ServerArguments;
}

export const bareTarget = { name: 'bare node:http (fixed 200)', args: [join(root, 'scripts/bench-mock/bare-server.mjs'), '{port}'] } satisfies Target;

/** The simulator itself: startSimulator() from the compiled dist/, in a process of its own. */
export const simulatorTarget = { name: 'simulator (startSimulator)', args: [join(root, 'scripts/bench-mock/simulator-server.mjs'), '{port}'] } satisfies Target;

/** The simulator as `lambda-rmc simulate` starts it: the same server behind the CLI dispatcher. */
export const simulatorCliTarget = {
  name: 'simulator (lambda-rmc simulate)',
  args: [join(root, 'bin/lambda-rmc.js'), 'simulate', '--port', '{port}', '--host', '127.0.0.1'],
} satisfies Target;

/** Prism on the spec as the mock runs it: the mock's own command line (src/mock/prism-process.ts), quiet logs. */
export function prismTarget(): Target {
  const version = (JSON.parse(readFileSync(resolveOptionalPeer('@stoplight/prism-cli'), 'utf8')) as { version: string }).version;
  return {
    name: `Prism ${version} (prism mock)`,
    args: (port) => prismMockArguments({ specPath, host: '127.0.0.1', port, logLevel: 'warn' }),
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
