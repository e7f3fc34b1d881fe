// The workflow users copy (.github/workflows/contracts.yml): parsed, and its steps checked.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  env?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  env: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = parse(readFileSync('.github/workflows/contracts.yml', 'utf8')) as Workflow;
const jobs = Object.values(workflow.jobs);
const pullRequest = jobs.find((job) => job.if?.includes("github.event_name == 'pull_request'"));
const main = jobs.find((job) => job.if?.includes("github.ref == 'refs/heads/main'"));
const runs = (job: Job | undefined) => (job?.steps ?? []).map((step) => step.run ?? '');
const index = (job: Job | undefined, pattern: RegExp) => runs(job).findIndex((run) => pattern.test(run));

describe('.github/workflows/contracts.yml', () => {
  it('runs on pull requests and on pushes to main, with telemetry off', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    expect(workflow.on['push']).toEqual({ branches: ['main'] });
    expect(workflow.env).toMatchObject({ PACT_DO_NOT_TRACK: 'true', SCARF_ANALYTICS: 'false' });
  });

  it('on a pull request: checks out the whole history, installs on Node 20, then tests', () => {
    const checkout = pullRequest?.steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with).toMatchObject({ 'fetch-depth': 0 });
    expect(pullRequest?.steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with).toMatchObject({ 'node-version': 20 });
    expect(index(pullRequest, /^npm ci$/)).toBeGreaterThanOrEqual(0);
    expect(index(pullRequest, /^npm test$/)).toBeGreaterThan(index(pullRequest, /^npm ci$/));
  });

  it('on a pull request: starts the mock on 127.0.0.1:4010 and smokes it after the tests', () => {
    const start = index(pullRequest, /npm run mock -- --port "\$MOCK_PORT"/);
    const smoke = index(pullRequest, /curl -fsS -X PUT[\s\S]*127\.0\.0\.1:\$MOCK_PORT\/2021-07-20\/functions\/my-function\/runtime-management-config/);
    expect(workflow.env['MOCK_PORT']).toBe('4010');
    expect(start).toBeGreaterThan(index(pullRequest, /^npm test$/));
    expect(smoke).toBeGreaterThan(start);
  });

  it('on a pull request: posts the markdown diff as the job summary and gates with annotations against the PR base', () => {
    const summary = runs(pullRequest).find((run) => run.includes('lambda-rmc.js diff') && run.includes('--format markdown'));
    const gate = runs(pullRequest).find((run) => run.includes('lambda-rmc.js diff') && run.includes('--format githubactions'));
    expect(summary).toMatch(/lambda-rmc\.js diff --base "origin\/\$BASE_REF"[^\n]*>> "\$GITHUB_STEP_SUMMARY"/);
    expect(gate).toMatch(/lambda-rmc\.js diff --base "origin\/\$BASE_REF"[^\n]*--fail-on ERR/);
    for (const step of pullRequest?.steps.filter((candidate) => candidate.run?.includes('--base')) ?? []) {
      expect(step.env?.['BASE_REF']).toBe('${{ github.base_ref }}');
    }
    expect(summary).toContain('--contracts contracts');
  });

  it('on a pull request: verifies contracts/ after the tests (annotations), then reports verify and coverage in the job summary', () => {
    const verify = index(pullRequest, /^node bin\/lambda-rmc\.js verify contracts --format githubactions$/);
    const summary = index(pullRequest, /lambda-rmc\.js verify contracts --format markdown >> "\$GITHUB_STEP_SUMMARY"[\s\S]*lambda-rmc\.js coverage contracts --format markdown >> "\$GITHUB_STEP_SUMMARY"/);
    expect(verify).toBeGreaterThan(index(pullRequest, /^npm test$/));
    expect(summary).toBeGreaterThan(verify);
    expect(pullRequest?.steps[summary]?.if).toBe('always()');
  });

  it('on main: publishes the pacts only when a broker is configured', () => {
    const publish = main?.steps.find((step) => step.run === 'npm run pact:publish');
    expect(publish?.if).toBe("env.PACT_BROKER_BASE_URL != ''");
    expect(main?.env).toMatchObject({ PACT_BROKER_BASE_URL: '${{ vars.PACT_BROKER_BASE_URL }}', PACT_BROKER_TOKEN: '${{ secrets.PACT_BROKER_TOKEN }}' });
  });
});
