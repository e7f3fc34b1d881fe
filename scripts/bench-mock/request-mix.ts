import type { AutocannonRequest } from 'autocannon';

const path = (name: string, query = '') => `/2021-07-20/functions/${encodeURIComponent(name)}/runtime-management-config${query}`;
const json = { 'content-type': 'application/json' };
const runtimeVersionArn = 'arn:aws:lambda:us-east-1::runtime:0cdcfbdefbc5e7d3343f73c2e2dd3cba17d61dea0686b404502a0c9ce83931b9';

export interface MixEntry {
  kind: 'valid' | 'invalid' | 'not-found';
  request: AutocannonRequest;
  /** The simulator's answer (the bare server answers 200 to everything, Prism 200 or its 400). */
  expectedStatus: number;
}

/** What an SDK user sends: mostly valid Gets and Puts in each name form, a few mistakes. */
export const benchMix: MixEntry[] = [
  { kind: 'valid', expectedStatus: 200, request: { method: 'GET', path: path('my-function') } },
  { kind: 'valid', expectedStatus: 200, request: { method: 'PUT', path: path('my-function'), headers: json, body: '{"UpdateRuntimeOn":"FunctionUpdate"}' } },
  { kind: 'valid', expectedStatus: 200, request: { method: 'GET', path: path('my-function', '?Qualifier=1') } },
  { kind: 'valid', expectedStatus: 200, request: { method: 'PUT', path: path('my-function', '?Qualifier=1'), headers: json, body: JSON.stringify({ UpdateRuntimeOn: 'Manual', RuntimeVersionArn: runtimeVersionArn }) } },
  { kind: 'valid', expectedStatus: 200, request: { method: 'GET', path: path('arn:aws:lambda:us-east-1:123456789012:function:pinned-function:1') } },
  { kind: 'valid', expectedStatus: 200, request: { method: 'PUT', path: path('my-function'), headers: json, body: '{"UpdateRuntimeOn":"Auto"}' } },
  { kind: 'invalid', expectedStatus: 400, request: { method: 'PUT', path: path('my-function'), headers: json, body: '{"UpdateRuntimeOn":"Sometimes"}' } },
  { kind: 'invalid', expectedStatus: 400, request: { method: 'GET', path: path('my-function', '?Qualifier=a%3Fb') } },
];

/** The soak: the bench mix plus not-found requests and protocol-level mistakes (6 valid, 6 invalid, 4 not found). */
export const soakMix: MixEntry[] = [
  ...benchMix,
  { kind: 'not-found', expectedStatus: 404, request: { method: 'GET', path: path('no-such-function') } },
  { kind: 'not-found', expectedStatus: 404, request: { method: 'PUT', path: path('my-function', '?Qualifier=99'), headers: json, body: '{"UpdateRuntimeOn":"Auto"}' } },
  { kind: 'not-found', expectedStatus: 404, request: { method: 'GET', path: path('arn:aws:lambda:eu-west-1:123456789012:function:my-function') } },
  { kind: 'not-found', expectedStatus: 404, request: { method: 'GET', path: path('my-function', '?Qualifier=stable') } },
  { kind: 'invalid', expectedStatus: 400, request: { method: 'PUT', path: path('my-function'), headers: json, body: '{"UpdateRuntimeOn":' } },
  { kind: 'invalid', expectedStatus: 415, request: { method: 'PUT', path: path('my-function'), headers: { 'content-type': 'text/plain' }, body: 'Auto' } },
  { kind: 'invalid', expectedStatus: 400, request: { method: 'PUT', path: path('my-function'), headers: json, body: '{"UpdateRuntimeOn":"Manual"}' } },
  { kind: 'invalid', expectedStatus: 404, request: { method: 'POST', path: path('my-function') } },
];
