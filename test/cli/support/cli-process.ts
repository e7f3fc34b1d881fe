// Runs this checkout's CLI from source as a real process (no build needed), the way the packaged bin
// would run: `node <loader> run-cli.mts <args>`, or through a consumer project's node_modules/.bin.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const projectRoot = resolve('.');

export interface CliSandbox {
  folder: string;
  /** `node` arguments that run the CLI: prepend them to the CLI's own. */
  nodeArgs: string[];
  /** A consumer project whose node_modules/.bin/lambda-rmc runs this checkout's CLI, with `npm run simulate`. */
  consumerProject(): string;
  remove(): void;
}

export function cliSandbox(): CliSandbox {
  const folder = mkdtempSync(join(tmpdir(), 'lambda-rmc-cli-'));
  const cliEntry = join(folder, 'run-cli.mts');
  writeFileSync(
    cliEntry,
    `import { main } from ${JSON.stringify(pathToFileURL(join(projectRoot, 'src/cli/main.ts')).href)};\nprocess.exitCode = await main(process.argv.slice(2));\n`,
  );
  const tsxLoader = pathToFileURL(join(projectRoot, 'node_modules/tsx/dist/loader.mjs')).href;
  return {
    folder,
    nodeArgs: ['--import', tsxLoader, cliEntry],
    consumerProject() {
      const project = mkdtempSync(join(folder, 'consumer-'));
      mkdirSync(join(project, 'node_modules/.bin'), { recursive: true });
      const bin = join(project, 'node_modules/.bin/lambda-rmc');
      writeFileSync(bin, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} --import ${tsxLoader} ${JSON.stringify(cliEntry)} "$@"\n`);
      chmodSync(bin, 0o755);
      writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, scripts: { simulate: 'lambda-rmc simulate' } }));
      return project;
    },
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}

export interface CliProcess {
  child: ChildProcess;
  /** stdout and stderr so far, interleaved. */
  output: () => string;
  stdout: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves with the first match of `pattern` in the output (throws after `timeoutMs` or on exit). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
}

const running = new Set<ChildProcess>();

/** Spawns `command`; `stopAll` kills whatever is left. */
export function spawnCli(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): CliProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false', ...options.env },
  });
  running.add(child);
  let output = '';
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => ((output += chunk.toString()), (stdout += chunk.toString())));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) =>
    child.on('exit', (code, signal) => {
      running.delete(child);
      resolveExit({ code, signal });
    }),
  );
  return {
    child,
    output: () => output,
    stdout: () => stdout,
    exited,
    async waitFor(pattern, timeoutMs = 15_000) {
      for (let waited = 0; ; waited += 25) {
        const match = pattern.exec(output);
        if (match) return match;
        if (waited > timeoutMs || child.exitCode !== null || child.signalCode !== null) throw new Error(`${pattern} not printed: ${output}`);
        await new Promise((resolveTick) => setTimeout(resolveTick, 25));
      }
    },
  };
}

export function stopAll(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}
