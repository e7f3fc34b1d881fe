import { markdownCell } from '../../spec/report-markup.js';
import type { CoverageReport, CoverageRow } from '../coverage-report.js';
import { rowsByOperation, summaryLine, unverifiedHeading, unverifiedLines } from './coverage-summary.js';

/** GitHub-flavoured Markdown: one table per operation, for a pull-request comment or job summary. */
export function formatCoverageMarkdown(report: CoverageReport): string {
  const lines = [`**${markdownCell(summaryLine(report))}**`, ''];
  for (const [operation, rows] of rowsByOperation(report)) {
    const covered = rows.filter((row) => row.exercisedBy.length > 0).length;
    lines.push(`### ${operation} (${covered}/${rows.length})`, '', '| | Kind | Shape | Meaning | Exercised by |', '|---|---|---|---|---|');
    for (const row of rows) lines.push(tableRow(row));
    lines.push('');
  }
  const unverified = unverifiedLines(report);
  if (unverified.length > 0) lines.push(`### ${unverifiedHeading}`, '', ...unverified.map((line) => `- ${markdownCell(line)}`));
  return `${lines.join('\n').trimEnd()}\n`;
}

function tableRow(row: CoverageRow): string {
  const mark = row.exercisedBy.length > 0 ? '✅' : '❌';
  const by = row.exercisedBy.map((interaction) => markdownCell(`${interaction.consumer}: ${interaction.description}`)).join('<br>') || '—';
  return `| ${mark} | ${row.kind} | \`${row.id}\` | ${markdownCell(row.label)} | ${by} |`;
}
