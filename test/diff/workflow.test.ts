// The workflow users copy (.github/workflows/contracts.yml): parsed, and its steps checked.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readWorkflow, type WorkflowJob } from '../support/workflow-file.js';

type Job = WorkflowJob;

const workflow = readWorkflow('contracts.yml');
const jobs = Object.values(workflow.jobs);
const pullRequest = jobs.find((job) => job.if?.includes("github.event_name == 'pull_request'"));
const test = workflow.jobs['test'];
const main = jobs.find((job) => job.if?.includes("github.ref == 'refs/heads/main'"));
const runs = (job: Job | undefined) => (job?.steps ?? []).map((step) => step.run ?? '');
const index = (job: Job | undefined, pattern: RegExp) => runs(job).findIndex((run) => pattern.test(run));

describe('.github/workflows/contracts.yml', () => {
  it('runs on pull requests and on pushes to main, with telemetry off', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    expect(workflow.on['push']).toEqual({ branches: ['main'] });
    expect(workflow.env).toMatchObject({ PACT_DO_NOT_TRACK: 'true', SCARF_ANALYTICS: 'false' });
  });

  it('tests every push and pull request on Node 22 and 24 (a matrix), installing then testing', () => {
    expect(test?.if).toBeUndefined();
    expect(test?.strategy?.matrix).toMatchObject({ node: [22, 24] });
    expect(test?.steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with).toMatchObject({ 'node-version': '${{ matrix.node }}' });
    expect(index(test, /^npm ci$/)).toBeGreaterThanOrEqual(0);
    expect(index(test, /^npm test$/)).toBeGreaterThan(index(test, /^npm ci$/));
    expect(pullRequest?.needs).toBe('test');
    expect(main?.needs).toBe('test');
  });

  it('on a pull request: checks out the whole history, installs and builds on Node 22', () => {
    const checkout = pullRequest?.steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with).toMatchObject({ 'fetch-depth': 0 });
    expect(pullRequest?.steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with).toMatchObject({ 'node-version': 22 });
    expect(index(pullRequest, /^npm run build$/)).toBeGreaterThan(index(pullRequest, /^npm ci$/));
  });

  it('on a pull request: smokes the mock through its run wrapper once dist/ is built: no readiness loop, no pid to kill', () => {
    const smoke = index(pullRequest, /^node bin\/lambda-rmc\.js mock -- bash /);
    expect(smoke).toBeGreaterThan(index(pullRequest, /^npm run build$/));
    expect(runs(pullRequest).join('\n')).not.toMatch(/ &\n|kill |mock\.pid/);
  });

  it('the smoke step itself passes, run as the workflow runs it, and leaves nothing listening', async () => {
    const script = runs(pullRequest)[index(pullRequest, /^node bin\/lambda-rmc\.js mock -- bash /)]!;
    const run = spawnSync('bash', ['-e', '-c', script], { encoding: 'utf8', timeout: 90_000, env: { ...process.env, GITHUB_ACTIONS: 'true' } });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
    expect(run.stdout).toMatch(/"UpdateRuntimeOn":"Auto"[\s\S]*invalid request answered 400/);
    const url = /Mock \(Prism\) listening on (\S+)/.exec(run.stderr)?.[1];
    expect(url).toBeDefined();
    await expect(fetch(`${url}/`)).rejects.toThrow();
  }, 120_000);

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
    const summary = index(
      pullRequest,
      /lambda-rmc\.js verify contracts --format markdown >> "\$GITHUB_STEP_SUMMARY"[\s\S]*lambda-rmc\.js coverage contracts --format markdown >> "\$GITHUB_STEP_SUMMARY"/,
    );
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
