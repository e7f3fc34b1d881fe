// What a client can make the simulator hold is bounded: functions per account (maxFunctions), and
// accounts (maxAccounts: each new 12-digit access key copies the fixtures).
import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../src/simulator/index.js';
import { sendRaw } from '../support/raw-http.js';

const json = { 'content-type': 'application/json' };
const signedBy = (accountId: string) => ({
  authorization: `AWS4-HMAC-SHA256 Credential=${accountId}/20261203/us-east-1/lambda/aws4_request, SignedHeaders=host, Signature=00`,
});
const get = '/2021-07-20/functions/my-function/runtime-management-config';

describe('table bounds', () => {
  it('maxFunctions: one function too many is refused, naming the limit; replacing one still works', async () => {
    const simulator = await startSimulator({ controlEndpoint: true, maxFunctions: 6 }); // the default fixture has 5
    try {
      const add = (name: string) => sendRaw(simulator.url, { method: 'PUT', target: `/_simulator/functions/${name}`, headers: json, body: '{}' });
      expect((await add('sixth')).status).toBe(200);
      const refused = await add('seventh');
      expect([refused.status, refused.headers['x-amzn-errortype']]).toEqual([400, 'InvalidParameterValueException']);
      expect((refused.json as { message: string }).message).toContain('an account holds at most 6 functions (maxFunctions)');
      expect((await add('sixth')).status).toBe(200);
      expect(() => simulator.state.upsertFunction({ name: 'eighth' })).toThrow(/at most 6 functions/);
    } finally {
      await simulator.close();
    }
  });

  it('maxAccounts: a caller from one account too many gets 429 with Retry-After; known accounts keep working; reset frees them', async () => {
    const simulator = await startSimulator({ controlEndpoint: true, maxAccounts: 2 });
    try {
      expect((await sendRaw(simulator.url, { method: 'GET', target: get, headers: signedBy('111111111111') })).status).toBe(200);
      expect((await sendRaw(simulator.url, { method: 'GET', target: get, headers: signedBy('222222222222') })).status).toBe(200);
      const refused = await sendRaw(simulator.url, { method: 'GET', target: get, headers: signedBy('333333333333') });
      expect([refused.status, refused.headers['x-amzn-errortype'], refused.headers['retry-after']]).toEqual([429, 'TooManyRequestsException', '1']);
      expect((refused.json as { message: string }).message).toContain('at most 2 accounts (maxAccounts)');
      expect((await sendRaw(simulator.url, { method: 'GET', target: get, headers: signedBy('111111111111') })).status).toBe(200);
      expect((await sendRaw(simulator.url, { method: 'POST', target: '/_simulator/reset', headers: json })).status).toBe(200);
      expect((await sendRaw(simulator.url, { method: 'GET', target: get, headers: signedBy('333333333333') })).status).toBe(200);
    } finally {
      await simulator.close();
    }
  });

  it('scripted faults: an account queues at most 1,000; an array that would pass the bound queues nothing', async () => {
    const simulator = await startSimulator({ controlEndpoint: true });
    try {
      const post = (count: number) =>
        sendRaw(simulator.url, {
          method: 'POST',
          target: '/_simulator/faults',
          headers: json,
          body: JSON.stringify(Array.from({ length: count }, () => ({ status: 500 }))),
        });
      expect((await post(999)).status).toBe(200);
      const refused = await post(2);
      expect([refused.status, refused.headers['x-amzn-errortype']]).toEqual([400, 'InvalidParameterValueException']);
      expect((refused.json as { message: string }).message).toContain('would queue 1001 scripted outcomes; an account holds at most 1000');
      expect((await post(1)).status).toBe(200);
      expect(() => simulator.faults.enqueue({ status: 500 })).toThrow(/at most 1000 scripted outcomes/);
    } finally {
      await simulator.close();
    }
  });

  it('versions: a fixture holds at most 1,000, an account at most 100,000 in all, so GET /_simulator/state stays answerable', async () => {
    const simulator = await startSimulator({ controlEndpoint: true });
    try {
      const versions = (count: number) => Array.from({ length: count }, (_, index) => String(index + 1));
      const put = (name: string, count: number) =>
        sendRaw(simulator.url, { method: 'PUT', target: `/_simulator/functions/${name}`, headers: json, body: JSON.stringify({ versions: versions(count) }) });
      const tooMany = await put('wide', 1_001);
      expect([tooMany.status, (tooMany.json as { message: string }).message]).toEqual([400, expect.stringContaining('versions')]);
      for (let index = 0; index < 99; index += 1) expect((await put(`f${index}`, 1_000)).status).toBe(200);
      const over = await put('one-more', 1_000);
      expect([over.status, (over.json as { message: string }).message]).toEqual([
        400,
        expect.stringContaining('an account holds at most 100000 versions in all'),
      ]);
      expect((await put('f0', 10)).status).toBe(200); // shrinking one makes room
      expect((await put('one-more', 900)).status).toBe(200);
      const state = await sendRaw(simulator.url, { method: 'GET', target: '/_simulator/state' });
      expect(state.status).toBe(200);
    } finally {
      await simulator.close();
    }
  }, 60_000);
});
