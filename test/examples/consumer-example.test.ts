// The toolkit from a consumer's side: `npm pack`'s tarball installed (from the npm cache) into an
// empty project, where the core must work without Prism or Pact, and into a temporary copy of
// examples/consumer, whose own `npm test` must pass. dist/ must be built (`npm test` builds it first).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diskUsageBytes, npmInstallOffline, packToolkit, type NpmInstallResult } from '../../scripts/packed-toolkit.js';

const exampleSource = resolve('examples/consumer');
const fixtures = resolve('test/fixtures/examples');
const work = mkdtempSync(join(tmpdir(), 'lambda-rmc-consumer-'));
const coreProject = join(work, 'core');
const exampleProject = join(work, 'consumer');
let coreInstall: NpmInstallResult;

const env: NodeJS.ProcessEnv = {
  ...process.env,
  PACT_DO_NOT_TRACK: 'true',
  SCARF_ANALYTICS: 'false',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  npm_config_loglevel: 'warn',
};
// The example's vitest must not see this suite's worker settings.
for (const name of Object.keys(env)) if (name.startsWith('VITEST') || name === 'NODE_OPTIONS' || name === 'TEST') delete env[name];

function run(cwd: string, command: string, args: string[], timeout = 120_000) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  const tarball = packToolkit(work);
  cpSync(exampleSource, exampleProject, { recursive: true, filter: (source) => !/\/(node_modules|pacts)$/.test(source) });
  const manifestFile = join(exampleProject, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { devDependencies: Record<string, string> };
  manifest.devDependencies['lambda-rmc'] = `file:${tarball}`;
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));

  for (const file of ['package.json', 'core-check.mjs']) cpSync(join(fixtures, file === 'package.json' ? 'core-package.json' : file), join(coreProject, file));
  [coreInstall] = await Promise.all([npmInstallOffline(coreProject, [tarball]), npmInstallOffline(exampleProject)]);
}, 240_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed toolkit without its optional peers', () => {
  it('installs light: at most 60 packages and 25 MB', () => {
    expect(coreInstall.added).toBeGreaterThan(1);
    expect(coreInstall.added).toBeLessThanOrEqual(60);
    expect(diskUsageBytes(join(coreProject, 'node_modules'))).toBeLessThanOrEqual(25e6);
  });

  it('ships the licence, the spec and the build without source maps that point at unshipped sources', () => {
    const installed = join(coreProject, 'node_modules', 'lambda-rmc');
    expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toMatch(/^\s*Apache License\s+Version 2\.0, January 2004/);
    const shipped = readdirSync(installed, { recursive: true, encoding: 'utf8' });
    expect(shipped.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(shipped.filter((file) => file.startsWith('src/') || file.startsWith('test/'))).toEqual([]);
    expect(shipped).toEqual(
      expect.arrayContaining([
        'bin/lambda-rmc.js',
        'dist/index.js',
        'dist/index.d.ts',
        'spec/lambda-runtime-management.openapi.yaml',
        'package.json',
        'README.md',
      ]),
    );
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(manifest.scripts).not.toHaveProperty('prepare'); // npm would warn about it on every install
  });

  it('lambda-rmc mock exits 2 with one line naming Prism and its install command', { timeout: 60_000 }, () => {
    const result = run(coreProject, 'node_modules/.bin/lambda-rmc', ['mock', '--port', '0']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'lambda-rmc mock: @stoplight/prism-cli (^5.14.2) is needed by lambda-rmc mock and lambda-rmc/mock but is not installed; install it with: npm i -D @stoplight/prism-cli\n',
    });
  });

  it('validation, the simulator, the client, the spec, coverage and diff work; the Pact helpers throw a typed error', { timeout: 60_000 }, () => {
    const result = run(coreProject, process.execPath, ['core-check.mjs']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      validation: 'ValidationException',
      simulator: 200,
      client: 'Manual',
      specVersion: '2015-03-31',
      specYamlResolves: true,
      coverageRows: 34,
      diffChanges: 0,
      catalogEntries: true,
      pactHelpers: { name: 'MissingPeerDependencyError', packageName: '@pact-foundation/pact', installCommand: 'npm i -D @pact-foundation/pact' },
      mockImport: 'MissingPeerDependencyError',
    });
  });

  it('lambda-rmc simulate serves from the installed package and stops on SIGTERM', { timeout: 60_000 }, async () => {
    const simulate = spawn('node_modules/.bin/lambda-rmc', ['simulate', '--port', '0'], { cwd: coreProject, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolveExit) => simulate.once('exit', (code) => resolveExit(code)));
    try {
      const url = await new Promise<string>((resolveUrl, reject) => {
        let output = '';
        simulate.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          output += chunk;
          const match = /Simulator listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
          if (match) resolveUrl(match[1]!);
        });
        void exited.then((code) => reject(new Error(`lambda-rmc simulate exited ${code} before listening: ${output}`)));
      });
      const response = await fetch(`${url}/2021-07-20/functions/my-function/runtime-management-config`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ UpdateRuntimeOn: 'Auto' });
    } finally {
      simulate.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });

  it('lambda-rmc coverage and diff run from the installed package', { timeout: 60_000 }, () => {
    const packaged = 'node_modules/lambda-rmc';
    const coverage = run(coreProject, 'node_modules/.bin/lambda-rmc', ['coverage', `${packaged}/contracts`, '--operation', 'GetRuntimeManagementConfig']);
    expect(coverage.code).toBe(0);
    expect(coverage.stdout).toMatch(/^Contract coverage: 15\/15 documented shapes \(100%\)/);
    const spec = `${packaged}/spec/lambda-runtime-management.openapi.yaml`;
    const diff = run(coreProject, 'node_modules/.bin/lambda-rmc', ['diff', `${packaged}/spec/history/2023-runtime-management.openapi.yaml`, spec]);
    expect(diff.code).toBe(1); // the 2023 → current change is an ERR for clients: the gate works
    expect(diff.stdout).toMatch(/ERR/);
  });
});

describe('examples/consumer, installed from the tarball', () => {
  it('passes its own npm test: its suite under the run wrapper (the unmodified client included), verify, the scoped coverage gate', () => {
    const result = run(exampleProject, 'npm', ['test'], 180_000);
    const output = result.stderr + result.stdout;
    expect(output).toMatch(/Simulator listening on http:\/\/127\.0\.0\.1:\d+/); // lambda-rmc simulate -- vitest run
    expect(output).toMatch(/runtime-updates\.unmodified\.test\.ts/);
    expect(output).not.toMatch(/(\d+) skipped/);
    expect(result.stdout).toMatch(/lambda-rmc verify: \d+ interactions: \d+ verified, 0 failed/);
    expect(output).toMatch(/lambda-rmc coverage: reading pacts\//);
    expect(result.stdout).toMatch(/Contract coverage: \d+\/\d+ documented shapes \(100%\) from 1 pact file \(consumers: runtime-pinning-service\)/);
    expect(result.code, result.stdout + result.stderr).toBe(0);
  }, 180_000);
});
