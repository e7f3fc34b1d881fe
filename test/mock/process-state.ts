import { existsSync, readdirSync, readFileSync } from 'node:fs';

const hasProcfs = existsSync('/proc/self/stat');

/**
 * Whether a process is alive. A zombie (exited, not yet reaped: what an orphan becomes where the
 * machine's init reaps slowly) counts as gone.
 */
export function isProcessRunning(pid: number): boolean {
  if (!hasProcfs) {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return false;
  }
  const state = stat.charAt(stat.lastIndexOf(')') + 2); // the field after "(command)"
  return state !== 'Z' && state !== 'X';
}

/** Live child processes of `parentPid` whose command line contains `marker` (Linux /proc; elsewhere none). */
export function liveChildren(parentPid: number, marker: string): number[] {
  if (!hasProcfs) return [];
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const commandLine = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (Number(fields[1]) === parentPid && commandLine.includes(marker) && isProcessRunning(Number(entry))) children.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}
