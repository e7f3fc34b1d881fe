// The pull-request comment / job summary format: a verdict title, then one table row per problem.
import { markdownCell as cell, markdownCode as code } from '../../spec/report-markup.js';
import { verifyFails, type VerifyLevel, type VerifyReport } from '../verify-report.js';
import { located, verdictLine } from './verify-format-view.js';

const levelBadge: Record<VerifyLevel, string> = { ERR: '🔴 ERR', WARN: '🟠 WARN' };

export function formatVerifyMarkdown(report: VerifyReport, failOn: VerifyLevel): string {
  const title = verifyFails(report, failOn) ? '## ❌ Contract verify: Lambda would not honour every interaction' : '## ✅ Contract verify: every interaction is one Lambda allows';
  const lines = [title, '', `${verdictLine(report)} · the check fails on ${failOn}${failOn === 'ERR' ? '' : ' and above'}`, ''];
  const rows = report.interactions.flatMap((verdict) => verdict.problems.map((problem) => ({ verdict, problem })));
  if (rows.length > 0) {
    lines.push('| Level | Pact file | Interaction | Field | Problem |', '|---|---|---|---|---|');
    for (const { verdict, problem } of rows) {
      lines.push(`| ${levelBadge[problem.level]} | ${code(located(verdict))} | ${cell(verdict.description)} | ${code(problem.field)} | ${cell(problem.problem)} |`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
