import type { AutocannonRequest } from 'autocannon';

const path = (name: string, query = '') => `/2021-07-20/functions/${encodeURIComponent(name)}/runtime-management-config${query}`;
/** SigV4-shaped Authorization headers (signatures are not checked): the account and region on the path. */
const signed = (account: string, region = 'us-east-1') => ({
  authorization: `AWS4-HMAC-SHA256 Credential=${account}/20260101/${region}/lambda/aws4_request, SignedHeaders=host;x-amz-date, Signature=${'0'.repeat(64)}`,
});
const json = { 'content-type': 'application/json' };
const jsonBy = (account: string) => ({ ...json, ...signed(account) });
const runtimeVersionArn = 'arn:aws:lambda:us-east-1::runtime:0cdcfbdefbc5e7d3343f73c2e2dd3cba17d61dea0686b404502a0c9ce83931b9';

export interface MixEntry {
  kind: 'valid' | 'invalid' | 'not-found';
  request: AutocannonRequest;
  /** The simulator's answer (the bare server answers 200 to everything, Prism 200 or its 400). */
  expectedStatus: number;
}

/** What SDK users send: mostly valid, signed Gets and Puts in each name form from several accounts and two regions, a few mistakes. */
export const benchMix: MixEntry[] = [
  { kind: 'valid', expectedStatus: 200, request: { method: 'GET', path: path('my-function') } },
  {
    kind: 'valid',
    expectedStatus: 200,
    request: { method: 'PUT', path: path('my-function'), headers: jsonBy('111111111111'), body: '{"UpdateRuntimeOn":"FunctionUpdate"}' },
  },
  { kind: 'valid', expectedStatus: 200, request: { method: 'GET', path: path('eu-function', '?Qualifier=1'), headers: signed('222222222222', 'eu-west-1') } },
  {
    kind: 'valid',
    expectedStatus: 200,
    request: {
      method: 'PUT',
      path: path('my-function', '?Qualifier=1'),
      headers: jsonBy('333333333333'),
      body: JSON.stringify({ UpdateRuntimeOn: 'Manual', RuntimeVersionArn: runtimeVersionArn }),
    },
  },
  {
    kind: 'valid',
    expectedStatus: 200,
    request: { method: 'GET', path: path('arn:aws:lambda:us-east-1:444444444444:function:pinned-function:1'), headers: signed('444444444444') },
  },
  { kind: 'valid', expectedStatus: 200, request: { method: 'PUT', path: path('my-function'), headers: json, body: '{"UpdateRuntimeOn":"Auto"}' } },
  { kind: 'invalid', expectedStatus: 400, request: { method: 'PUT', path: path('my-function'), headers: json, body: '{"UpdateRuntimeOn":"Sometimes"}' } },
  { kind: 'invalid', expectedStatus: 400, request: { method: 'GET', path: path('my-function', '?Qualifier=a%3Fb') } },
];

/** The soak: the bench mix plus not-found requests and protocol-level mistakes (6 valid, 6 invalid, 4 not found). */
export const soakMix: MixEntry[] = [
  ...benchMix,
  { kind: 'not-found', expectedStatus: 404, request: { method: 'GET', path: path('no-such-function') } },
  {
    kind: 'not-found',
    expectedStatus: 404,
    request: { method: 'PUT', path: path('my-function', '?Qualifier=99'), headers: json, body: '{"UpdateRuntimeOn":"Auto"}' },
  },
  { kind: 'not-found', expectedStatus: 404, request: { method: 'GET', path: path('arn:aws:lambda:eu-west-1:123456789012:function:my-function') } },
  { kind: 'not-found', expectedStatus: 404, request: { method: 'GET', path: path('my-function', '?Qualifier=stable') } },
  { kind: 'invalid', expectedStatus: 400, request: { method: 'PUT', path: path('my-function'), headers: json, body: '{"UpdateRuntimeOn":' } },
  { kind: 'invalid', expectedStatus: 415, request: { method: 'PUT', path: path('my-function'), headers: { 'content-type': 'text/plain' }, body: 'Auto' } },
  { kind: 'invalid', expectedStatus: 400, request: { method: 'PUT', path: path('my-function'), headers: json, body: '{"UpdateRuntimeOn":"Manual"}' } },
  { kind: 'invalid', expectedStatus: 404, request: { method: 'POST', path: path('my-function') } },
];
