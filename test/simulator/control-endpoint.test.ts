import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../src/simulator/index.js';
import { sendRaw } from '../support/raw-http.js';

let simulator: RunningSimulator;
beforeAll(async () => {
  simulator = await startSimulator({ controlEndpoint: true, functions: [{ name: 'orders', versions: ['1'] }] });
});
afterAll(() => simulator.close());
beforeEach(() => simulator.reset());

const json = { 'content-type': 'application/json' };
const control = (method: string, path: string, body?: unknown) =>
  sendRaw(simulator.url, { method, target: `/_simulator/${path}`, headers: json, ...(body !== undefined && { body: JSON.stringify(body) }) });
const api = (method: 'GET' | 'PUT', name: string, body?: unknown) =>
  sendRaw(simulator.url, {
    method,
    target: `/2021-07-20/functions/${name}/runtime-management-config`,
    headers: json,
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });

describe('control endpoint', () => {
  it('GET state shows functions, pending faults and settings', async () => {
    const response = await control('GET', 'state');
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ functions: [{ name: 'orders', versions: ['1'] }], faults: [], settings: {} });
  });

  it('PUT functions/{name} adds a function that answers at once; DELETE removes it', async () => {
    expect((await control('PUT', 'functions/payments', { versions: ['3'], configs: { '3': { UpdateRuntimeOn: 'FunctionUpdate' } } })).status).toBe(200);
    expect((await api('GET', 'payments:3')).json).toMatchObject({ UpdateRuntimeOn: 'FunctionUpdate' });
    expect((await control('DELETE', 'functions/payments')).status).toBe(200);
    expect((await api('GET', 'payments')).status).toBe(404);
    expect((await control('DELETE', 'functions/payments')).headers['x-amzn-errortype']).toBe('ResourceNotFoundException');
  });

  it('PUT functions/{name}/update-in-progress makes Put answer 409', async () => {
    await control('PUT', 'functions/orders/update-in-progress', { inProgress: true });
    expect((await api('PUT', 'orders', { UpdateRuntimeOn: 'Auto' })).status).toBe(409);
    await control('PUT', 'functions/orders/update-in-progress', { inProgress: false });
    expect((await api('PUT', 'orders', { UpdateRuntimeOn: 'Auto' })).status).toBe(200);
  });

  it('POST faults queues outcomes (one or an array); DELETE faults drops them', async () => {
    await control('POST', 'faults', [{ status: 500 }, { status: 429, retryAfterSeconds: 7 }]);
    const first = await api('GET', 'orders');
    const second = await api('GET', 'orders');
    expect([first.status, second.status, second.headers['retry-after']]).toEqual([500, 429, '7']);
    await control('POST', 'faults', { status: 500, count: 5 });
    expect((await control('DELETE', 'faults')).json).toEqual({ faults: [] });
    expect((await api('GET', 'orders')).status).toBe(200);
  });

  it('PUT settings changes throttle, latency and error rate; null switches one off', async () => {
    const set = await control('PUT', 'settings', { throttle: { ratePerSecond: 0.001, burst: 1 }, errorRate: { probability: 0, seed: 1 } });
    expect(set.json).toEqual({ throttle: { ratePerSecond: 0.001, burst: 1 }, errorRate: { probability: 0, seed: 1 } });
    expect((await api('GET', 'orders')).status).toBe(200);
    const throttled = await api('GET', 'orders');
    expect([throttled.status, throttled.headers['retry-after']]).toEqual([429, '1000']);
    await control('PUT', 'settings', { throttle: null });
    expect((await api('GET', 'orders')).status).toBe(200);
    expect((await control('GET', 'settings')).json).toEqual({ errorRate: { probability: 0, seed: 1 } });
  });

  it('POST reset restores the starting fixture and settings and drops faults', async () => {
    await api('PUT', 'orders', { UpdateRuntimeOn: 'FunctionUpdate' });
    await control('PUT', 'functions/extra', {});
    await control('POST', 'faults', { status: 500 });
    await control('PUT', 'settings', { latency: { ms: 1 } });
    const reset = await control('POST', 'reset');
    expect(reset.json).toEqual({
      accountId: '123456789012',
      functions: [expect.objectContaining({ name: 'orders', configs: { $LATEST: { UpdateRuntimeOn: 'Auto' }, '1': { UpdateRuntimeOn: 'Auto' } } })],
      faults: [],
      settings: {},
      accounts: ['123456789012'],
    });
  });

  it.each([
    ['a fixture naming another function', { given: ['PUT', 'functions/a', { name: 'b' }], want: "request body: name: must be 'a', the name in the path" }],
    ['a fixture that breaks the schema', { given: ['PUT', 'functions/a', { versions: 'one' }], want: 'request body: versions: must be of type array' }],
    [
      'a fault for Get with 409',
      {
        given: ['POST', 'faults', { operation: 'GetRuntimeManagementConfig', status: 409 }],
        want: /^request body: status: GetRuntimeManagementConfig never answers 409/,
      },
    ],
    [
      'a bad fault in an array (none is queued)',
      { given: ['POST', 'faults', [{ status: 500 }, { status: 418 }]], want: 'request body: [1].status: must be one of: 409, 429, 500' },
    ],
    ['a bad setting', { given: ['PUT', 'settings', { latency: { ms: -5 } }], want: 'request body: latency.ms: must be >= 0' }],
    [
      'update-in-progress without a boolean',
      { given: ['PUT', 'functions/orders/update-in-progress', { inProgress: 'yes' }], want: 'request body: inProgress: must be true or false' },
    ],
    ['an empty body', { given: ['PUT', 'settings', undefined], want: 'request body: is empty; send a JSON document' }],
  ] as const)('refuses %s with InvalidParameterValueException and changes nothing', async (_name, { given, want }) => {
    const before = (await control('GET', 'state')).json;
    const response = await control(given[0], given[1], given[2]);
    expect(response.status).toBe(400);
    expect(response.headers['x-amzn-errortype']).toBe('InvalidParameterValueException');
    const message = (response.json as { message: string }).message;
    if (typeof want === 'string') expect(message).toBe(want);
    else expect(message).toMatch(want);
    expect((await control('GET', 'state')).json).toEqual(before);
  });

  it('malformed JSON is a SerializationException; unknown routes an UnknownOperationException', async () => {
    const malformed = await sendRaw(simulator.url, { method: 'POST', target: '/_simulator/faults', headers: json, body: '{' });
    expect([malformed.status, malformed.headers['x-amzn-errortype']]).toEqual([400, 'SerializationException']);
    const unknown = await control('PATCH', 'state');
    expect([unknown.status, unknown.headers['x-amzn-errortype']]).toEqual([404, 'UnknownOperationException']);
  });

  it('is itself never throttled or faulted', async () => {
    await control('PUT', 'settings', { throttle: { ratePerSecond: 0.001, burst: 1 }, errorRate: { probability: 1, seed: 1 } });
    const statuses = [];
    for (let index = 0; index < 3; index += 1) statuses.push((await control('GET', 'state')).status);
    expect(statuses).toEqual([200, 200, 200]);
  });
});
