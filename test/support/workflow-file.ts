// The GitHub Actions workflows users copy, read as the tests check them: only the fields the tests look at.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface WorkflowStep {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

export interface WorkflowJob {
  if?: string;
  needs?: string;
  strategy?: { matrix?: Record<string, unknown> };
  env?: Record<string, string>;
  steps: WorkflowStep[];
}

export interface Workflow {
  on: Record<string, unknown>;
  env: Record<string, string>;
  jobs: Record<string, WorkflowJob>;
}

/** `.github/workflows/<name>`, parsed. */
export function readWorkflow(name: string): Workflow {
  return parse(readFileSync(`.github/workflows/${name}`, 'utf8')) as Workflow;
}
