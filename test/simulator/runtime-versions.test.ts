// The runtime-version catalogue: which versions a Manual Put may pin, per runtime and region.
import { GetRuntimeManagementConfigCommand, InvalidParameterValueException, LambdaClient, PutRuntimeManagementConfigCommand } from '@aws-sdk/client-lambda';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interactionCatalog } from '../../src/contracts/index.js';
import { specFacts } from '../../src/generated/spec-facts.js';
import {
  builtInRegions,
  builtInRuntimes,
  createSimulator,
  exampleRuntimeVersionArn,
  RuntimeVersionCatalogue,
  SimulatorConfigError,
  simulatorRequestHandler,
  unknownRuntimeVersionMessage,
} from '../../src/simulator/index.js';
import { useSimulatorWithSdk } from '../support/simulator-with-sdk.js';

const catalogue = new RuntimeVersionCatalogue();
const runtimeArn = /^arn:(aws[a-z-]*):lambda:([a-z0-9-]+)::runtime:([0-9a-f]{64})$/;

describe('the built-in catalogue', () => {
  it('has three versions of every runtime in every region, each an ARN of that region and its partition', () => {
    for (const runtime of builtInRuntimes) {
      for (const region of builtInRegions) {
        const versions = catalogue.versions(runtime, region);
        expect(versions).toHaveLength(3);
        for (const arn of versions)
          expect(runtimeArn.exec(arn)?.slice(1, 3)).toEqual([
            region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws',
            region,
          ]);
      }
    }
  });

  it('never repeats a version across runtimes and regions', () => {
    const all = builtInRuntimes.flatMap((runtime) => builtInRegions.flatMap((region) => catalogue.versions(runtime, region)));
    expect(new Set(all).size).toBe(all.length);
  });

  it('is the same on every run (hashes derived, not random)', () => {
    expect(new RuntimeVersionCatalogue().versions('python3.12', 'eu-west-1')).toEqual(catalogue.versions('python3.12', 'eu-west-1'));
  });

  it.each([
    ['the spec example is the newest nodejs20.x version in us-east-1', { given: ['nodejs20.x', 'us-east-1'], want: exampleRuntimeVersionArn }],
    ['an unknown runtime has none', { given: ['cobol1.0', 'us-east-1'], want: undefined }],
    ['an unknown region has none', { given: ['nodejs20.x', 'mars-north-1'], want: undefined }],
  ] as const)('%s', (_name, { given, want }) => {
    expect(catalogue.newest(given[0], given[1])).toBe(want);
  });

  it('adds fixture versions after the built-in ones, so the newest added one is what functions run by default', () => {
    const added = 'arn:aws:lambda:us-east-1::runtime:2222222222222222222222222222222222222222222222222222222222222222';
    const extended = new RuntimeVersionCatalogue([
      { runtime: 'nodejs20.x', arn: added },
      { runtime: 'java25', arn: added.replace('2222', '3333') },
    ]);
    expect(extended.versions('nodejs20.x', 'us-east-1')).toEqual([...catalogue.versions('nodejs20.x', 'us-east-1'), added]);
    expect(extended.knowsRuntime('java25')).toBe(true);
    expect(extended.snapshot({ runtime: 'java25' })).toEqual({ java25: { 'us-east-1': [added.replace('2222', '3333')] } });
  });

  it('snapshot filters by runtime and region', () => {
    expect(catalogue.snapshot({ runtime: 'nodejs20.x', region: 'us-east-1' })).toEqual({
      'nodejs20.x': { 'us-east-1': [...catalogue.versions('nodejs20.x', 'us-east-1')] },
    });
    expect(Object.keys(catalogue.snapshot({ region: 'eu-west-1' }))).toEqual([...builtInRuntimes].sort());
  });
});

describe('every component pins catalogue versions only', () => {
  // my-function, the function of the catalog and the spec's examples, runs nodejs20.x in us-east-1.
  const accepted = new Set(catalogue.versions('nodejs20.x', 'us-east-1'));
  const pinnedIn = (text: string) => [...text.matchAll(/"RuntimeVersionArn":\s*"([^"]+)"/g)].map((match) => match[1]!);

  it('the interaction catalog: every version a 200 answers is one; the one its 400 names is not', () => {
    const answered = interactionCatalog.filter((entry) => entry.response.status === 200);
    const pinned = answered.flatMap((entry) => pinnedIn(JSON.stringify([entry.request.body ?? {}, entry.response.body])));
    expect(pinned.length).toBeGreaterThan(0);
    for (const arn of pinned) expect(accepted).toContain(arn);
    const refused = interactionCatalog.find((entry) => entry.id === 'put-unknown-runtime-version')!;
    expect(accepted).not.toContain(refused.request.body!['RuntimeVersionArn']);
    expect(refused.response.body).toEqual({
      Type: 'User',
      message: unknownRuntimeVersionMessage(refused.request.body!['RuntimeVersionArn']!, 'nodejs20.x', 'us-east-1'),
    });
  });

  it('the committed contracts: every version a 200 answers with is one', () => {
    const folder = new URL('../../contracts/', import.meta.url);
    const interactions = readdirSync(folder)
      .filter((file) => file.endsWith('.json'))
      .flatMap(
        (file) =>
          (JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as { interactions: Array<{ response: { status: number; body?: unknown } }> }).interactions,
      );
    const pinned = interactions
      .filter((interaction) => interaction.response.status === 200)
      .flatMap((interaction) => pinnedIn(JSON.stringify(interaction.response.body ?? {})));
    expect(pinned.length).toBeGreaterThan(0);
    for (const arn of pinned) expect(accepted).toContain(arn);
  });

  it("the spec's 200 examples", () => {
    const pinned = pinnedIn(JSON.stringify(specFacts));
    expect(pinned.length).toBeGreaterThan(0);
    for (const arn of pinned) expect(accepted).toContain(arn);
  });

  it('the golden transcripts, in the region each pin names', () => {
    const folder = new URL('./transcripts/', import.meta.url);
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.http'))) {
      const text = readFileSync(new URL(file, folder), 'utf8');
      // Each 200 answer's pinned version is one the catalogue has for nodejs20.x or python3.12 in its region.
      for (const [, body] of text.matchAll(/^HTTP\/1\.1 200 OK\n(?:.+\n)*\n(\{"FunctionArn".*)$/gm)) {
        const arn = (JSON.parse(body!) as { RuntimeVersionArn: string | null }).RuntimeVersionArn;
        if (arn === null) continue;
        const region = arn.split(':')[3]!;
        expect([...catalogue.versions('nodejs20.x', region), ...catalogue.versions('python3.12', region)], `${file}: ${arn}`).toContain(arn);
      }
    }
  });
});

describe('the simulator with the AWS SDK', () => {
  const sim = useSimulatorWithSdk();

  it('pins "the version we run now", read from the simulator', async () => {
    const current = sim.simulator.state.runtimeVersionArn('my-function');
    expect(current).toBe(exampleRuntimeVersionArn);
    const put = await sim.client.send(
      new PutRuntimeManagementConfigCommand({ FunctionName: 'my-function', UpdateRuntimeOn: 'Manual', RuntimeVersionArn: current }),
    );
    expect(put.RuntimeVersionArn).toBe(current);
  });

  it('pins an older version of the runtime, and reports it as what that version runs', async () => {
    const [oldest] = sim.simulator.runtimeVersions.versions('nodejs20.x', 'us-east-1');
    await sim.client.send(
      new PutRuntimeManagementConfigCommand({ FunctionName: 'my-function', Qualifier: '1', UpdateRuntimeOn: 'Manual', RuntimeVersionArn: oldest }),
    );
    expect((await sim.client.send(new GetRuntimeManagementConfigCommand({ FunctionName: 'my-function:1' }))).RuntimeVersionArn).toBe(oldest);
    expect([sim.simulator.state.runtimeVersionArn('my-function', '1'), sim.simulator.state.runtimeVersionArn('my-function')]).toEqual([
      oldest,
      exampleRuntimeVersionArn,
    ]);
  });

  it.each([
    ['a made-up hash', { given: 'arn:aws:lambda:us-east-1::runtime:1111111111111111111111111111111111111111111111111111111111111111' }],
    ['a version of another region', { given: catalogue.versions('nodejs20.x', 'eu-west-1')[0]! }],
    ['a version of another runtime', { given: catalogue.versions('python3.12', 'us-east-1')[0]! }],
  ])('refuses %s with InvalidParameterValueException and changes nothing', async (_name, { given }) => {
    const refused = sim.client.send(
      new PutRuntimeManagementConfigCommand({ FunctionName: 'my-function', UpdateRuntimeOn: 'Manual', RuntimeVersionArn: given }),
    );
    await expect(refused).rejects.toBeInstanceOf(InvalidParameterValueException);
    await expect(refused).rejects.toMatchObject({
      message: unknownRuntimeVersionMessage(given, 'nodejs20.x', 'us-east-1'),
      $metadata: { httpStatusCode: 400 },
    });
    expect(sim.simulator.state.getConfig('my-function')).toEqual({ UpdateRuntimeOn: 'Auto' });
  });

  it('snapshots show each function runtime and current version; Image functions have none', () => {
    const byName = Object.fromEntries(sim.simulator.state.snapshot().functions.map((fn) => [fn.name, [fn.runtime, fn.runtimeVersionArn]]));
    expect(byName).toEqual({
      'my-function': ['nodejs20.x', exampleRuntimeVersionArn],
      'pinned-function': ['nodejs20.x', exampleRuntimeVersionArn],
      'busy-function': ['python3.12', catalogue.newest('python3.12', 'us-east-1')],
      'image-function': [null, null],
      'eu-function': ['python3.12', catalogue.newest('python3.12', 'eu-west-1')],
    });
  });
});

describe('start options', () => {
  const added = 'arn:aws:lambda:eu-west-1::runtime:4444444444444444444444444444444444444444444444444444444444444444';

  it('runtimeVersions add versions a fixture may run and a Put may pin', async () => {
    const local = createSimulator({
      runtimeVersions: [{ runtime: 'python3.12', arn: added }],
      functions: [{ name: 'etl', region: 'eu-west-1', runtime: 'python3.12' }],
    });
    // The added version is the newest of python3.12 in eu-west-1, so it is what etl runs.
    expect(local.state.runtimeVersionArn('etl')).toBe(added);
    const client = new LambdaClient({
      region: 'eu-west-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
      requestHandler: simulatorRequestHandler(local),
    });
    try {
      const put = await client.send(new PutRuntimeManagementConfigCommand({ FunctionName: 'etl', UpdateRuntimeOn: 'Manual', RuntimeVersionArn: added }));
      expect(put.RuntimeVersionArn).toBe(added);
    } finally {
      client.destroy();
    }
  });

  it.each([
    [
      'a fixture pinning a version of another runtime',
      {
        given: {
          functions: [
            { name: 'f', runtime: 'python3.12', configs: { $LATEST: { UpdateRuntimeOn: 'Manual' as const, RuntimeVersionArn: exampleRuntimeVersionArn } } },
          ],
        },
        want: /functions\[0\]\.configs\.\$LATEST\.RuntimeVersionArn: .* is not a version of python3\.12 in us-east-1$/,
      },
    ],
    [
      'an added version that is not an ARN',
      {
        given: { runtimeVersions: [{ runtime: 'nodejs20.x', arn: 'latest' }] },
        want: /^startSimulator options: runtimeVersions\[0\]\.arn: 'latest' is not a runtime version ARN/,
      },
    ],
  ])('refuses %s', (_name, { given, want }) => {
    expect(() => createSimulator(given)).toThrow(SimulatorConfigError);
    expect(() => createSimulator(given)).toThrow(want);
  });
});
