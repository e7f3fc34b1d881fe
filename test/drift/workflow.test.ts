// .github/workflows/aws-model-drift.yml: parsed, and its steps checked.
import { describe, expect, it } from 'vitest';
import { readWorkflow } from '../support/workflow-file.js';

const workflow = readWorkflow('aws-model-drift.yml');
const steps = Object.values(workflow.jobs)[0]!.steps;
const step = (id: string) => steps.find((candidate) => candidate.id === id);
const indexOf = (id: string) => steps.findIndex((candidate) => candidate.id === id);

describe('.github/workflows/aws-model-drift.yml', () => {
  it('runs weekly and on demand, with telemetry off', () => {
    const schedule = workflow.on['schedule'] as Array<{ cron: string }> | undefined;
    expect(schedule?.[0]?.cron).toMatch(/^\d+ \d+ \* \* [0-6]$/);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.env).toMatchObject({ PACT_DO_NOT_TRACK: 'true', SCARF_ANALYTICS: 'false' });
  });

  it('installs the newest botocore and finds its gzipped Lambda model', () => {
    expect(step('botocore')?.run).toContain('pip install --upgrade --quiet botocore');
    expect(step('botocore')?.run).toContain('service-2.json.gz');
    expect(steps.findIndex((candidate) => candidate.run === 'npm ci')).toBeLessThan(indexOf('botocore-drift'));
  });

  it("downloads AWS's Smithy model of Lambda", () => {
    expect(workflow.env['SMITHY_MODEL_URL']).toBe(
      'https://raw.githubusercontent.com/aws/api-models-aws/main/models/lambda/service/2015-03-31/lambda-2015-03-31.json',
    );
    expect(step('smithy')?.run).toContain('curl -fsSL');
  });

  it.each(['botocore-drift', 'smithy-drift'])('%s: the markdown report is the job summary, differences are annotations, the exit status is kept', (id) => {
    const run = step(id)?.run ?? '';
    expect(run).toContain('node bin/lambda-rmc.js drift --model "$MODEL" --format markdown >> "$GITHUB_STEP_SUMMARY"');
    expect(run).toContain('node bin/lambda-rmc.js drift --model "$MODEL" --format githubactions');
    expect(run).toContain('echo "status=$status" >> "$GITHUB_OUTPUT"');
  });

  it('fails the job when either check found drift or could not run', () => {
    const last = steps.at(-1)!;
    expect(last.if).toContain("steps.botocore-drift.outputs.status != '0'");
    expect(last.if).toContain("steps.smithy-drift.outputs.status != '0'");
    expect(last.run).toMatch(/exit 1\s*$/);
  });
});
