/** How often a long-running command checks that whoever started it is still there. */
const parentCheckMs = 500;

/**
 * Resolves with what asked the process to stop: SIGINT or SIGTERM, or its parent exiting. The last
 * matters under `npx lambda-rmc …` and `npm run …`: npm forwards a signal only to its `sh -c` child,
 * which dies without passing it on, and the server would be left running, reparented. A second
 * signal is not caught: it ends the process at once.
 */
export function processStopSignal(): Promise<string> {
  return new Promise((resolveStop) => {
    const startedBy = process.ppid;
    const parentWatch = setInterval(() => {
      if (process.ppid !== startedBy) stop('parent process exited');
    }, parentCheckMs);
    parentWatch.unref();
    const onSignal = (signal: NodeJS.Signals) => stop(signal);
    const stop = (reason: string) => {
      clearInterval(parentWatch);
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.off(signal, onSignal);
      resolveStop(reason);
    };
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, onSignal);
  });
}
