import { readdirSync, readFileSync } from 'node:fs';
import { isProcessRunning } from './process-state.js';

/** Every live descendant of `pid` (Linux /proc), with its command line. */
export function liveDescendants(pid: number): Array<{ pid: number; commandLine: string }> {
  const parents = new Map<number, number>();
  const commandLines = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      commandLines.set(Number(entry), readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' '));
    } catch {
      // the process ended while we looked
    }
  }
  const found: Array<{ pid: number; commandLine: string }> = [];
  const visit = (parent: number) => {
    for (const [child, itsParent] of parents) {
      if (itsParent !== parent || !isProcessRunning(child)) continue;
      found.push({ pid: child, commandLine: commandLines.get(child) ?? '' });
      visit(child);
    }
  };
  visit(pid);
  return found;
}
