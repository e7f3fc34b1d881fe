// `npm run bench:install`: what installing the toolkit costs a consumer. Packs the tarball, installs it
// into an empty project from the npm cache (offline), and prints packages added, MB on disk and
// seconds: the core alone, then the core with its optional peers (Prism and Pact). Targets for the
// core (issue 10): at most 60 packages and 25 MB.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diskUsageBytes, installedPackages, npmInstallOffline, packToolkit } from './packed-toolkit.js';

const targets = { packages: 60, megabytes: 25 };
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> };
const peers = ['@stoplight/prism-cli', '@pact-foundation/pact'].map((name) => `${name}@${manifest.devDependencies[name]}`);

const build = spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);

const work = mkdtempSync(join(tmpdir(), 'lambda-rmc-bench-install-'));
let overTarget = false;
try {
  const tarball = packToolkit(work);
  console.log(`tarball: ${tarball.split('/').pop()} (${(diskUsageBytes(tarball) / 1e6).toFixed(2)} MB)`);
  for (const [name, extra] of [
    ['core', []],
    ['core + peers', peers],
  ] as const) {
    const project = mkdtempSync(join(work, 'project-'));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'bench-consumer', private: true, type: 'module' }));
    const installed = await npmInstallOffline(project, [tarball, ...extra]);
    const megabytes = diskUsageBytes(join(project, 'node_modules')) / 1e6;
    const packages = installedPackages(join(project, 'node_modules'));
    const verdict = name === 'core' ? ` (targets: <= ${targets.packages} packages, <= ${targets.megabytes} MB)` : '';
    console.log(
      `${name.padEnd(13)} ${String(installed.added).padStart(4)} packages added (${packages} directories), ${megabytes.toFixed(1).padStart(6)} MB on disk, ${installed.seconds.toFixed(1)} s${verdict}`,
    );
    if (name === 'core' && (installed.added > targets.packages || megabytes > targets.megabytes)) overTarget = true;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (overTarget) {
  console.error('the core install is over its target');
  process.exitCode = 1;
}
