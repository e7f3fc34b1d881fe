// What coverage takes from verify: which interactions fail it. They count toward no shape.
import type { UnverifiedInteraction } from './coverage-report.js';
import type { PactFile } from '../pacts/index.js';
import { verifyInteraction } from './verify-pacts.js';

export interface VerifiedSplit {
  /** The pacts with only the interactions that verify. */
  verified: PactFile[];
  /** The interactions that fail, each with its ERR problems as `field: problem`. */
  unverified: UnverifiedInteraction[];
}

export function splitByVerification(pacts: readonly PactFile[]): VerifiedSplit {
  const unverified: UnverifiedInteraction[] = [];
  const verified = pacts.map((pact) => ({
    ...pact,
    interactions: pact.interactions.filter((interaction) => {
      const verdict = verifyInteraction(interaction);
      if (verdict.verified) return true;
      const problems = verdict.problems.filter((problem) => problem.level === 'ERR').map((problem) => `${problem.field}: ${problem.problem}`);
      unverified.push({ file: pact.file, consumer: pact.consumer, description: interaction.description, problems });
      return false;
    }),
  }));
  return { verified, unverified };
}
