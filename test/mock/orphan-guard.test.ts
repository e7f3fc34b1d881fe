import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { isProcessRunning } from './process-state.js';

describe('when the process that started the mock dies without close()', () => {
  const fixture = fileURLToPath(new URL('./fixtures/hold-mock-open.ts', import.meta.url));

  // SIGKILL: no exit handler can run, only the closed IPC channel tells Prism. (The CLI's SIGTERM is in mock-signals.test.ts.)
  it.each<NodeJS.Signals>(['SIGKILL'])('Prism exits too (%s)', async (signal) => {
    const holder = spawn(process.execPath, ['--import', 'tsx', fixture], { stdio: ['ignore', 'pipe', 'inherit'] });
    const holderExited = new Promise((resolveExit) => holder.once('exit', resolveExit));
    const started = await new Promise<{ prismPid: number }>((resolveStart, reject) => {
      holder.stdout.once('data', (chunk: Buffer) => resolveStart(JSON.parse(chunk.toString('utf8')) as { prismPid: number }));
      holder.once('exit', (code) => reject(new Error(`fixture exited (${code}) before starting the mock`)));
    });
    expect(isProcessRunning(started.prismPid)).toBe(true);
    holder.kill(signal);
    await holderExited;
    await vi.waitFor(() => expect(isProcessRunning(started.prismPid)).toBe(false), { timeout: 10_000, interval: 50 });
  });
});
