// `lambda-rmc verify`'s engine: every HTTP interaction of a set of pacts, checked as a request the
// spec documents and a response Lambda could give to it. Pure: pacts in, report out. The validators
// are the generated, precompiled AJV ones (compiled once at build time, never per value).
import { SourceLines } from '../spec/source-lines.js';
import type { PactFile, PactHttpInteraction } from '../pacts/index.js';
import { checkRequest } from './verify-request.js';
import { checkResponse } from './verify-response.js';
import { summarize, type InteractionVerdict, type VerifyProblem, type VerifyReport } from './verify-report.js';

export function verifyInteraction(interaction: PactHttpInteraction): InteractionVerdict {
  const checked = checkRequest(interaction);
  const problems = [...checked.problems];
  if (checked.routed) problems.push(...checkResponse(interaction, checked.request, checked.refusal));
  const unique = dedupe(problems);
  const verdict: InteractionVerdict = {
    file: interaction.file,
    consumer: interaction.consumer,
    description: interaction.description,
    index: interaction.index,
    verified: unique.every((problem) => problem.level !== 'ERR'),
    problems: unique,
  };
  if (checked.routed) verdict.operation = checked.request.operation;
  if (unique.length > 0 && interaction.line !== undefined) verdict.line = interaction.line;
  return verdict;
}

export function verifyPacts(pacts: readonly PactFile[]): VerifyReport {
  return summarize(
    pacts.map((pact) => pact.file),
    pacts.flatMap((pact) => pact.interactions.map(verifyInteraction)),
  );
}

/** The report with each interaction that has a problem and no line yet (parsePact given no text) located on its line; `textOf` reads a file (parsed only when needed). */
export function withInteractionLines(report: VerifyReport, textOf: (file: string) => string | undefined): VerifyReport {
  const lines = new Map<string, SourceLines | undefined>();
  const linesOf = (file: string) => {
    if (!lines.has(file)) {
      const text = textOf(file);
      lines.set(file, text === undefined ? undefined : sourceLinesOrNone(text));
    }
    return lines.get(file);
  };
  return {
    ...report,
    interactions: report.interactions.map((verdict) => {
      if (verdict.problems.length === 0 || verdict.line !== undefined) return verdict;
      const line = linesOf(verdict.file)?.lineOf(`/interactions/${verdict.index}`);
      return line === undefined ? verdict : { ...verdict, line };
    }),
  };
}

function dedupe(problems: VerifyProblem[]): VerifyProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.level}\u0000${problem.field}\u0000${problem.problem}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Line numbers for a pact's text; none for one too deep to map (it was read, so verify still reports it, without a line). */
function sourceLinesOrNone(text: string): SourceLines | undefined {
  try {
    return new SourceLines(text);
  } catch {
    return undefined;
  }
}
