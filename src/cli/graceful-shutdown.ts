import { constants } from 'node:os';

export interface StopSignalOptions {
  /**
   * Also stop when the parent process goes away (this process is reparented). Default: when started
   * by npm (`npm run …`, `npx …`), whose `sh -c` in between dies on SIGTERM without passing it on.
   */
  watchParent?: boolean;
  /** How often the parent is checked; default 250 ms. */
  parentCheckMs?: number;
}

/** What a stop request was: a signal's name, or 'parent exited'. */
export type StopReason = string;

/**
 * The process's stop request, for long-running commands: the first SIGINT/SIGTERM resolves it (the
 * command then stops accepting, drains and exits 0); a second one exits at once with the signal
 * convention (128 + signal number), whatever is still draining.
 */
export function processStopSignal(options: StopSignalOptions = {}): Promise<StopReason> {
  const watchParent = options.watchParent ?? startedByNpm(process.env);
  return new Promise<StopReason>((resolveStop) => {
    let stopped = false;
    const stop = (reason: StopReason) => {
      if (stopped) return;
      stopped = true;
      clearInterval(parentCheck);
      resolveStop(reason);
    };
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.on(signal, () => {
        if (stopped) process.exit(128 + constants.signals[signal]);
        stop(signal);
      });
    }
    const parent = process.ppid;
    const parentCheck = setInterval(() => {
      if (process.ppid !== parent) stop('parent exited');
    }, options.parentCheckMs ?? 250);
    parentCheck.unref();
    if (!watchParent) clearInterval(parentCheck);
  });
}

/** npm sets these for the scripts and commands it runs. */
export function startedByNpm(env: NodeJS.ProcessEnv): boolean {
  return env['npm_lifecycle_event'] !== undefined || env['npm_command'] !== undefined;
}
