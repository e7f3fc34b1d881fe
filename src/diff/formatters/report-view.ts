// What every formatter renders: the classified changes, the two sides, the gate's threshold and
// verdict, and (with --contracts) the interactions the head spec no longer accepts.
import type { ContractsImpact } from '../contracts-impact.js';
import { hasChangeAtLeast, type Change, type DiffReport, type Level } from '../diff-report.js';

export interface SideLabel {
  /** As the user named it: a path or `ref:path`. */
  label: string;
  /** The file annotations point at. */
  file: string;
}

export interface ReportView {
  report: DiffReport;
  base: SideLabel;
  head: SideLabel;
  failOn: Level;
  contracts?: ContractsImpact;
}

/** The gate fails on a change at or above --fail-on, and on any contract the head spec no longer accepts. */
export function gateFails(view: ReportView): boolean {
  return hasChangeAtLeast(view.report, view.failOn) || (view.contracts?.impacted.length ?? 0) > 0;
}

const listedOperations = 3;

/** The operations a change reaches: all of them up to three, then how many more. */
export function operationText(change: Change): string {
  const operations = change.operations ?? (change.operation ? [change.operation] : []);
  const named = operations.slice(0, listedOperations).map((operation) => `${operation.method} ${operation.path}`);
  const more = operations.length - named.length;
  return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
}

export { plural } from '../../spec/report-markup.js';
