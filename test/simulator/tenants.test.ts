// Accounts: one server, state per 12-digit access key id, each account started from the fixture set.
import { GetRuntimeManagementConfigCommand, LambdaClient, PutRuntimeManagementConfigCommand, type UpdateRuntimeOn } from '@aws-sdk/client-lambda';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exampleRuntimeVersionArn, startSimulator, SimulatorConfigError, type RunningSimulator } from '../../src/simulator/index.js';
import { sendRaw } from '../support/raw-http.js';

let simulator: RunningSimulator;
beforeAll(async () => {
  simulator = await startSimulator({ controlEndpoint: true });
});
afterAll(() => simulator.close());
beforeEach(() => simulator.reset());

function clientFor(accessKeyId: string, region = 'us-east-1'): LambdaClient {
  return new LambdaClient({ endpoint: simulator.url, region, maxAttempts: 1, credentials: { accessKeyId, secretAccessKey: 'test' } });
}

const modes: Array<{ UpdateRuntimeOn: UpdateRuntimeOn; RuntimeVersionArn?: string }> = [
  { UpdateRuntimeOn: 'FunctionUpdate' },
  { UpdateRuntimeOn: 'Manual', RuntimeVersionArn: exampleRuntimeVersionArn },
  { UpdateRuntimeOn: 'Auto' },
];

describe('four parallel SDK clients with different 12-digit access keys', () => {
  it('interleave Puts and Gets with different modes and never see each other', async () => {
    const accounts = ['111111111111', '222222222222', '333333333333', '444444444444'];
    const clients = accounts.map((account) => clientFor(account));
    const mismatches: string[] = [];
    try {
      await Promise.all(
        clients.map(async (client, index) => {
          for (let round = 0; round < 12; round += 1) {
            // Each client walks the modes from a different starting point, so at any moment they disagree.
            const mode = modes[(round + index) % modes.length]!;
            const version = round % 2 === 0 ? '$LATEST' : '1';
            await client.send(new PutRuntimeManagementConfigCommand({ FunctionName: 'my-function', Qualifier: version, ...mode }));
            await sleep(index); // the others Put in between
            const read = await client.send(new GetRuntimeManagementConfigCommand({ FunctionName: 'my-function', Qualifier: version }));
            const want = {
              mode: mode.UpdateRuntimeOn,
              arn: `arn:aws:lambda:us-east-1:${accounts[index]}:function:my-function:${version}`,
              pinned: mode.RuntimeVersionArn,
            };
            const got = { mode: read.UpdateRuntimeOn, arn: read.FunctionArn, pinned: read.RuntimeVersionArn };
            if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`${accounts[index]} round ${round}: ${JSON.stringify(got)}`);
          }
        }),
      );
    } finally {
      for (const client of clients) client.destroy();
    }
    expect(mismatches).toEqual([]);
    // Each account ends on its own last mode; the default account was never touched.
    const last = (index: number) => modes[(11 + index) % modes.length]!.UpdateRuntimeOn;
    expect(accounts.map((account) => simulator.account(account).state.getConfig('my-function', '1')?.UpdateRuntimeOn)).toEqual(
      accounts.map((_, index) => last(index)),
    );
    expect(simulator.state.getConfig('my-function')).toEqual({ UpdateRuntimeOn: 'Auto' });
  });
});

describe('the in-process view per account', () => {
  it('starts every account from the fixture set with its own id in every ARN', () => {
    const functions = simulator.account('555555555555').state.snapshot().functions;
    expect(functions.map((fn) => fn.name)).toEqual(['busy-function', 'eu-function', 'image-function', 'my-function', 'pinned-function']);
    expect(new Set(functions.map((fn) => fn.accountId))).toEqual(new Set(['555555555555']));
  });

  it('changes made through one account view answer only that account', async () => {
    simulator.account('111111111111').state.upsertFunction({ name: 'orders' });
    simulator.account('111111111111').faults.enqueue({ status: 500 });
    const mine = clientFor('111111111111');
    const theirs = clientFor('222222222222');
    try {
      await expect(theirs.send(new GetRuntimeManagementConfigCommand({ FunctionName: 'orders' }))).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
      await expect(mine.send(new GetRuntimeManagementConfigCommand({ FunctionName: 'orders' }))).rejects.toMatchObject({ name: 'ServiceException' });
      expect((await mine.send(new GetRuntimeManagementConfigCommand({ FunctionName: 'orders' }))).FunctionArn).toBe(
        'arn:aws:lambda:us-east-1:111111111111:function:orders',
      );
    } finally {
      mine.destroy();
      theirs.destroy();
    }
  });

  it('reset of one account leaves the others; reset() resets them all', () => {
    simulator.account('111111111111').state.deleteFunction('my-function');
    simulator.account('222222222222').state.deleteFunction('my-function');
    simulator.account('111111111111').reset();
    expect(simulator.account('111111111111').state.getConfig('my-function')).toEqual({ UpdateRuntimeOn: 'Auto' });
    expect(simulator.account('222222222222').state.getConfig('my-function')).toBeUndefined();
    simulator.reset();
    expect(simulator.account('222222222222').state.getConfig('my-function')).toEqual({ UpdateRuntimeOn: 'Auto' });
  });

  it('lists the accounts in use', () => {
    simulator.account('333333333333').state.snapshot();
    simulator.state.snapshot();
    expect(simulator.accounts()).toEqual(['123456789012', '333333333333']);
  });

  it.each([
    [
      'an account id that is not 12 digits',
      { given: () => simulator.account('1234'), want: 'RunningSimulator: account: must be a 12-digit account id, got "1234"' },
    ],
    [
      'a fixture of another account',
      {
        given: () => simulator.account('111111111111').state.upsertFunction({ name: 'f', accountId: '222222222222' }),
        want: "RunningSimulator: accountId: must be '111111111111', the account addressed (or left out)",
      },
    ],
  ])('refuses %s', (_name, { given, want }) => {
    expect(given).toThrow(SimulatorConfigError);
    expect(given).toThrow(want);
  });

  it('a starting fixture with an accountId exists in that account only', async () => {
    const scoped = await startSimulator({ functions: [{ name: 'shared' }, { name: 'mine', accountId: '111111111111' }] });
    try {
      expect(scoped.state.snapshot().functions.map((fn) => fn.name)).toEqual(['shared']);
      expect(
        scoped
          .account('111111111111')
          .state.snapshot()
          .functions.map((fn) => fn.name),
      ).toEqual(['mine', 'shared']);
    } finally {
      await scoped.close();
    }
  });
});

describe('the control endpoint per account', () => {
  const control = (method: string, path: string, headers: Record<string, string> = {}, body?: unknown) =>
    sendRaw(simulator.url, {
      method,
      target: `/_simulator/${path}`,
      headers: { 'content-type': 'application/json', ...headers },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  const signedBy = (account: string) => ({
    authorization: `AWS4-HMAC-SHA256 Credential=${account}/20260101/us-east-1/lambda/aws4_request, SignedHeaders=host, Signature=00`,
  });

  it('?account= picks the account for functions, faults and state', async () => {
    await control('PUT', 'functions/orders?account=111111111111', {}, { versions: ['1'] });
    await control('POST', 'faults?account=111111111111', {}, { status: 500 });
    const theirs = await control('GET', 'state?account=111111111111');
    const mine = await control('GET', 'state');
    expect(theirs.json).toMatchObject({ accountId: '111111111111', faults: [{ status: 500 }] });
    expect((theirs.json as { functions: Array<{ name: string }> }).functions.map((fn) => fn.name)).toContain('orders');
    expect(mine.json).toMatchObject({ accountId: '123456789012', faults: [] });
    expect((mine.json as { functions: Array<{ name: string }> }).functions.map((fn) => fn.name)).not.toContain('orders');
  });

  it('a signed control request acts on the signing account', async () => {
    await control('PUT', 'functions/orders', signedBy('222222222222'), {});
    expect(simulator.account('222222222222').state.getConfig('orders')).toEqual({ UpdateRuntimeOn: 'Auto' });
    expect(simulator.state.getConfig('orders')).toBeUndefined();
  });

  it('reset?account= resets that account only; reset without it resets every account', async () => {
    simulator.account('111111111111').state.deleteFunction('my-function');
    simulator.account('222222222222').state.deleteFunction('my-function');
    await control('POST', 'reset?account=111111111111');
    expect(simulator.account('111111111111').state.getConfig('my-function')).toBeDefined();
    expect(simulator.account('222222222222').state.getConfig('my-function')).toBeUndefined();
    await control('POST', 'reset');
    expect(simulator.account('222222222222').state.getConfig('my-function')).toBeDefined();
  });

  it('a malformed account is a 400 naming it', async () => {
    const answer = await control('GET', 'state?account=12');
    expect([answer.status, answer.headers['x-amzn-errortype'], answer.json]).toEqual([
      400,
      'InvalidParameterValueException',
      { Type: 'User', message: "query: account: must be a 12-digit account id, got '12'" },
    ]);
  });
});
