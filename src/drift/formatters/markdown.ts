// The job-summary format: a verdict heading, then one table row per difference.
import { markdownCell as cell, markdownCode as code, plural } from '../../spec/index.js';
import type { DriftReport } from '../drift-report.js';
import { verdictText } from './summary-line.js';

export function formatMarkdown(report: DriftReport): string {
  const count = report.differences.length;
  const lines = [
    count === 0 ? '## ✅ AWS model drift: none' : `## ❌ AWS model drift: ${plural(count, 'difference')}`,
    '',
    `Model ${code(report.model.file)} (${report.model.format}) against spec ${code(report.spec.file)}. ${verdictText(report)}`,
    '',
  ];
  if (count > 0) {
    lines.push('| Kind | Difference | Model path | Spec location | Affects |', '|---|---|---|---|---|');
    for (const difference of report.differences) {
      const spec = `${report.spec.file}${difference.spec.line === undefined ? '' : `:${difference.spec.line}`} #${difference.spec.pointer}`;
      lines.push(
        `| ${code(difference.kind)} | ${cell(difference.message)} | ${code(difference.model.path)} | ${code(spec)} | ${cell(difference.subjects.join('; '))} |`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}`;
}
