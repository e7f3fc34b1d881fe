import { resolve } from 'node:path';
import { pactFilesIn } from '../../../src/pacts/index.js';

/** The contracts the project commits: every pact file in contracts/, as absolute paths. */
export const contractsDir = resolve('contracts');

export function committedPactFiles(): string[] {
  return pactFilesIn([contractsDir]);
}
