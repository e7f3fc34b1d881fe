import { describe, expect, it } from 'vitest';
import { startedByNpm } from '../../src/cli/graceful-shutdown.js';

// processStopSignal itself is exercised on real processes in test/mock/mock-signals.test.ts.
describe('startedByNpm', () => {
  it.each<[string, { given: NodeJS.ProcessEnv; want: boolean }]>([
    ['npm run', { given: { npm_lifecycle_event: 'mock' }, want: true }],
    ['npx', { given: { npm_command: 'exec' }, want: true }],
    ['a shell', { given: { PATH: '/usr/bin' }, want: false }],
  ])('%s', (_name, { given, want }) => {
    expect(startedByNpm(given)).toBe(want);
  });
});
