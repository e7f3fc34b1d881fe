// GitHub Actions workflow commands: an error or warning annotation per problem, on the
// interaction's line of its pact file, then a notice with the verdict.
import { annotation } from '../../spec/report-markup.js';
import { verifyFails, type VerifyLevel, type VerifyReport } from '../verify-report.js';
import { verdictLine } from './verify-format-view.js';

export function formatVerifyGithubActions(report: VerifyReport, failOn: VerifyLevel): string {
  const lines: string[] = [];
  for (const verdict of report.interactions) {
    for (const problem of verdict.problems) {
      lines.push(
        annotation(
          problem.level === 'ERR' ? 'error' : 'warning',
          { file: verdict.file, line: verdict.line, title: `verify ${problem.level}: ${verdict.description}` },
          `${problem.field}: ${problem.problem}`,
        ),
      );
    }
  }
  const verdict = verifyFails(report, failOn) ? `fails (--fail-on ${failOn})` : `passes (--fail-on ${failOn})`;
  lines.push(annotation('notice', { title: 'contract verify' }, `${verdictLine(report)}; ${verdict}`));
  return `${lines.join('\n')}\n`;
}
