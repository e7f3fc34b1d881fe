import type { CliCommand } from './cli-command.js';

/** A command as `lambda-rmc --help` lists it; its module is loaded only when it runs, so each command starts fast. */
export interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<CliCommand>;
}

/** Every `lambda-rmc` command, in the order `--help` lists them. Each lives in commands/<name>.ts. */
export const commands: CommandEntry[] = [
  {
    name: 'mock',
    summary: 'Serve the spec with Prism (select responses with Prefer: code=… / example=…)',
    load: async () => (await import('./commands/mock.js')).mockCommand,
  },
  {
    name: 'simulate',
    summary: 'Run the stateful simulator (state, validation, throttling, faults, latency)',
    load: async () => (await import('./commands/simulate.js')).simulateCommand,
  },
  {
    name: 'diff',
    summary: 'Classify the changes between two spec versions (ERR/WARN/INFO) and gate on them',
    load: async () => (await import('./commands/diff.js')).diffCommand,
  },
  {
    name: 'coverage',
    summary: 'Which documented shapes the pacts exercise; fails below --min (default 100%)',
    load: async () => (await import('./commands/coverage.js')).coverageCommand,
  },
  {
    name: 'drift',
    summary: "Compare the spec with AWS's published model (botocore or Smithy); exit 1 on drift",
    load: async () => (await import('./commands/drift.js')).driftCommand,
  },
  {
    name: 'verify',
    summary: 'Prove every interaction in the pacts is one Lambda allows (request and response); exit 1 if not',
    load: async () => (await import('./commands/verify.js')).verifyCommand,
  },
];
