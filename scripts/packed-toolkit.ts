// The toolkit as a consumer receives it: `npm pack`'s tarball installed into another project from
// the npm cache (offline). Used by `npm run bench:install` and the examples/consumer test.
import { execFile, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '..');

export interface NpmInstallResult {
  /** Packages npm reports as added. */
  added: number;
  seconds: number;
}

/**
 * Packs the toolkit into `destination` and returns the tarball's path. dist/ must be built
 * (`npm run build`); `--ignore-scripts` skips `prepack` so the tarball holds exactly that build.
 */
export function packToolkit(destination: string): string {
  const result = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', destination], projectRoot);
  const [packed] = JSON.parse(result) as Array<{ filename: string }>;
  if (packed === undefined) throw new Error('npm pack reported no tarball');
  return join(destination, packed.filename);
}

/**
 * `npm install` in `cwd` from the npm cache (`--prefer-offline`): the registry is asked only for what
 * the cache lacks. Asynchronous, so two projects can install at once (an install mostly waits on I/O).
 */
export async function npmInstallOffline(cwd: string, specs: string[] = []): Promise<NpmInstallResult> {
  const start = performance.now();
  const args = ['install', '--prefer-offline', '--no-audit', '--no-fund', '--json', ...specs];
  const output = await new Promise<string>((resolve, reject) => {
    execFile('npm', args, { cwd, env: npmEnv(), maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`npm ${args.join(' ')} (in ${cwd}) failed: ${(stderr || stdout).trim().split('\n').slice(-5).join(' | ')}`));
      else resolve(stdout);
    });
  });
  const seconds = (performance.now() - start) / 1000;
  const report = JSON.parse(output.slice(output.indexOf('{'))) as { add?: unknown[] };
  return { added: report.add?.length ?? 0, seconds };
}

/** Bytes on disk under `dir` (`du`, so block sizes count as the file system counts them). */
export function diskUsageBytes(dir: string): number {
  const result = spawnSync('du', ['-sk', dir], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`du ${dir}: ${result.stderr.trim()}`);
  return Number.parseInt(result.stdout, 10) * 1024;
}

/** Package directories under node_modules (scoped ones counted once each), nested copies included. */
export function installedPackages(nodeModules: string): number {
  let count = 0;
  for (const entry of readdirSync(nodeModules, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    if (entry.name.startsWith('@')) {
      for (const scoped of readdirSync(join(nodeModules, entry.name), { withFileTypes: true })) {
        if (scoped.isDirectory()) count += 1 + nestedPackages(join(nodeModules, entry.name, scoped.name));
      }
    } else {
      count += 1 + nestedPackages(join(nodeModules, entry.name));
    }
  }
  return count;
}

function nestedPackages(packageDir: string): number {
  const nested = join(packageDir, 'node_modules');
  try {
    return installedPackages(nested);
  } catch {
    return 0;
  }
}

function npm(args: string[], cwd: string): string {
  const result = spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: npmEnv(),
  });
  if (result.status !== 0)
    throw new Error(`npm ${args.join(' ')} (in ${cwd}) exited ${result.status}: ${(result.stderr || result.stdout).trim().split('\n').slice(-5).join(' | ')}`);
  return result.stdout;
}

function npmEnv(): NodeJS.ProcessEnv {
  // `npm run -s` passes loglevel=silent down, which would silence the --json report too.
  return { ...process.env, npm_config_loglevel: 'warn', PACT_DO_NOT_TRACK: 'true', SCARF_ANALYTICS: 'false', npm_config_update_notifier: 'false' };
}
