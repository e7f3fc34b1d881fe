import type { CoverageReport, CoverageRow } from '../coverage-report.js';
import { rowsByOperation, summaryLine, unverifiedHeading, unverifiedLines } from './coverage-summary.js';

/** A self-contained page: the matrix of documented shapes × consumers a reviewer can open. */
export function formatCoverageHtml(report: CoverageReport): string {
  const head = ['Shape', 'Meaning', ...report.consumers].map((title) => `<th>${escapeHtml(title)}</th>`).join('');
  const body = rowsByOperation(report)
    .map(([operation, rows]) => {
      const covered = rows.filter((row) => row.exercisedBy.length > 0).length;
      const title = `<tr class="operation"><th colspan="${2 + report.consumers.length}">${escapeHtml(operation)} — ${covered}/${rows.length}</th></tr>`;
      return [title, ...rows.map((row) => matrixRow(row, report.consumers))].join('\n');
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>lambda-rmc contract coverage</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 2rem; }
table { border-collapse: collapse; }
th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
tr.operation th { background: #eee; }
td.hit { background: #d7f5dd; text-align: center; }
td.miss { background: #f9d6d5; text-align: center; }
code { font-size: 13px; }
</style>
</head>
<body>
<h1>Contract coverage</h1>
<p>${escapeHtml(summaryLine(report))}</p>
<table>
<tr>${head}</tr>
${body}
</table>
${unverifiedSection(report)}</body>
</html>
`;
}

function unverifiedSection(report: CoverageReport): string {
  const lines = unverifiedLines(report);
  if (lines.length === 0) return '';
  return `<h2>${escapeHtml(unverifiedHeading)}</h2>\n<ul>\n${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('\n')}\n</ul>\n`;
}

function matrixRow(row: CoverageRow, consumers: readonly string[]): string {
  const cells = consumers.map((consumer) => {
    const interactions = row.exercisedBy.filter((interaction) => interaction.consumer === consumer);
    if (interactions.length === 0) return '<td class="miss">✗</td>';
    const titles = escapeHtml(interactions.map((interaction) => interaction.description).join('\n'));
    return `<td class="hit" title="${titles}">✓ ${interactions.length}</td>`;
  });
  return `<tr><td><code>${escapeHtml(row.id)}</code></td><td>${escapeHtml(row.label)}</td>${cells.join('')}</tr>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
