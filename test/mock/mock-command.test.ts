import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { CliIo } from '../../src/cli/cli-command.js';
import { main } from '../../src/cli/main.js';
import { liveChildren } from './process-state.js';

const configPath = '/2021-07-20/functions/my-function/runtime-management-config';

/** A CliIo writing to buffers, whose stop signal the test sends; `printed` waits for a stream to show a pattern. */
function testIo() {
  let stop: (signal: string) => void = () => undefined;
  const out: string[] = [];
  const err: string[] = [];
  const waiters: Array<() => void> = [];
  const wakeAll = () => waiters.splice(0).forEach((wake) => wake());
  const io: CliIo = {
    stdout: (text) => {
      out.push(text);
      wakeAll();
    },
    stderr: (text) => {
      err.push(text);
      wakeAll();
    },
    isTty: false,
    cwd: process.cwd(),
    stopSignal: new Promise<string>((resolveStop) => (stop = resolveStop)),
  };
  const printed = async (stream: string[], pattern: RegExp): Promise<RegExpMatchArray> => {
    for (;;) {
      const match = pattern.exec(stream.join(''));
      if (match) return match;
      await new Promise<void>((wake) => waiters.push(wake));
    }
  };
  return { io, out, err, stop: (signal: string) => stop(signal), printed };
}

describe('lambda-rmc mock: bad input', () => {
  it.each<[string, { given: string[]; want: RegExp }]>([
    ['a port that is not a number', { given: ['--port', 'x'], want: /^lambda-rmc mock: --port must be a port number from 0 to 65535, got 'x'$/ }],
    ['a port out of range', { given: ['--port', '70000'], want: /^lambda-rmc mock: --port must be a port number/ }],
    ['an unknown flag', { given: ['--colour'], want: /^lambda-rmc mock: .*'--colour'.*\(see: lambda-rmc mock --help\)$/ }],
    ['a host with a space', { given: ['--host', 'local host'], want: /^lambda-rmc mock: --host must be a host name or IP address, got 'local host'$/ }],
    ['a spec file that does not exist', { given: ['--spec', 'no/such/spec.yaml'], want: /^lambda-rmc mock: .*no\/such\/spec\.yaml: no such file$/ }],
  ])('%s: exit 2 and one line on stderr', async (_name, { given, want }) => {
    const { io, out, err } = testIo();
    expect(await main(['mock', ...given], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^[^\n]*\n$/);
    expect(err[0]?.trimEnd()).toMatch(want);
  });

  it('--help prints the usage and exits 0', async () => {
    const { io, out } = testIo();
    expect(await main(['mock', '--help'], io)).toBe(0);
    expect(out.join('')).toMatch(/^Usage: lambda-rmc mock \[--port 4010\] \[--host 127\.0\.0\.1\] \[--spec FILE\]/);
  });
});

describe('lambda-rmc mock: serving', () => {
  it('prints the URL once it answers, serves the spec, and stops on the stop signal', async () => {
    const { io, out, printed, stop } = testIo();
    const exitCode = main(['mock', '--port', '0'], io);
    const [, url] = await printed(out, /^Mock \(Prism\) listening on (http:\/\/127\.0\.0\.1:\d+)\n/);
    const response = await fetch(`${url}${configPath}`);
    expect(response.status).toBe(200);
    expect(liveChildren(process.pid, 'prism-cli')).toHaveLength(1);

    stop('SIGINT');
    expect(await exitCode).toBe(0);
    await printed(out, /Mock stopped \(SIGINT\)\n$/);
    expect(liveChildren(process.pid, 'prism-cli')).toEqual([]);
    await expect(fetch(`${url}${configPath}`)).rejects.toThrow();
  });

  it('a stop signal during start-up stops Prism without waiting for it to answer', async () => {
    const { io, out, err, stop } = testIo();
    const exitCode = main(['mock', '--port', '0'], io);
    // Prism has been spawned once it is a child of this process (it then needs ~2 s to answer).
    await vi.waitFor(() => expect(liveChildren(process.pid, 'prism-cli')).toHaveLength(1), { timeout: 10_000, interval: 20 });
    stop('SIGTERM');
    expect(await exitCode).toBe(0);
    expect(out).toEqual([]);
    expect(err).toEqual([]);
    expect(liveChildren(process.pid, 'prism-cli')).toEqual([]);
  });

  it("a spec Prism cannot serve: exit 1 and one line quoting Prism's reason", async () => {
    const { io, out, err } = testIo();
    const noOperations = join(mkdtempSync(join(tmpdir(), 'lambda-rmc-cli-')), 'no-operations.yaml');
    writeFileSync(noOperations, 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\n');
    expect(await main(['mock', '--port', '0', '--spec', noOperations], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual(['lambda-rmc mock: Prism exited (code 1) before answering: No operations found in the current file.\n']);
    rmSync(dirname(noOperations), { recursive: true });
  });
});
