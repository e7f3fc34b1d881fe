// What a client can make the simulator hold is bounded: functions per account (maxFunctions), and
// accounts (maxAccounts: each new 12-digit access key copies the fixtures).
import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../src/simulator/index.js';
import { sendRaw } from '../support/raw-http.js';

const json = { 'content-type': 'application/json' };
const signedBy = (accountId: string) => ({ authorization: `AWS4-HMAC-SHA256 Credential=${accountId}/20261203/us-east-1/lambda/aws4_request, SignedHeaders=host, Signature=00` });
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
});
