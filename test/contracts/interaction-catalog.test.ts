import { describe, expect, it } from 'vitest';
import { interactionCatalog, providerStateNames, type CatalogEntry } from '../../src/contracts/index.js';
import { requestBodyTemplate, responseBodyTemplate, responseHeadersTemplate } from '../../src/contracts/pact.js';
import { responseHeader } from '../../src/contracts/spec-document.js';
import { awsErrorBody, validateRequest, validateResponse } from '../../src/validation/index.js';

/** The example value behind a header template entry (a plain string, or a matcher's `value`). */
function exampleOf(template: unknown): string {
  if (typeof template === 'string') return template;
  return String((template as { value?: unknown }).value);
}

function examplesHeaders(entry: CatalogEntry): Record<string, string> {
  return Object.fromEntries(Object.entries(responseHeadersTemplate(entry)).map(([name, value]) => [name, exampleOf(value)]));
}

/** Every regex matcher in a template, with the example it carries. */
function regexMatchers(template: unknown): Array<{ regex: string; example: string }> {
  if (typeof template !== 'object' || template === null) return [];
  const record = template as Record<string, unknown>;
  if (record['pact:matcher:type'] === 'regex') return [{ regex: String(record['regex']), example: String(record['value']) }];
  return Object.values(record).flatMap(regexMatchers);
}

/** The errors a request itself earns (as opposed to those a provider state causes). */
const requestCausedStatuses = new Set([400]);

const cases = interactionCatalog.map((entry) => [entry.id, entry] as const);

describe('interaction catalog', () => {
  it('has unique ids and unique descriptions (Pact keys interactions by description)', () => {
    expect(new Set(interactionCatalog.map((entry) => entry.id)).size).toBe(interactionCatalog.length);
    expect(new Set(interactionCatalog.map((entry) => entry.description)).size).toBe(interactionCatalog.length);
  });

  it.each(cases)('%s: the example request is what the spec documents for its outcome', (_id, entry) => {
    const refused = validateRequest({
      operation: entry.operation,
      functionName: entry.request.functionName,
      qualifier: entry.request.qualifier,
      body: entry.request.body,
    });
    // A pinned runtime version the function cannot run is a 400 the provider's state causes: the request itself is valid.
    if (requestCausedStatuses.has(entry.response.status) && entry.state.name !== providerStateNames.runtimeVersionMissing) {
      // The request earns exactly the error body the entry answers with.
      expect(refused && { name: refused.name, body: awsErrorBody(refused) }).toEqual({ name: entry.response.error, body: entry.response.body });
    } else {
      expect(refused).toBeUndefined();
    }
  });

  it.each(cases)('%s: the example response validates against the spec', (_id, entry) => {
    expect(validateResponse({ operation: entry.operation, status: entry.response.status, headers: examplesHeaders(entry), body: entry.response.body })).toEqual(
      [],
    );
  });

  it.each(cases)('%s: every regex matcher accepts its own example', (_id, entry) => {
    const templates = [...(entry.request.body ? [requestBodyTemplate(entry.request.body)] : []), responseHeadersTemplate(entry), responseBodyTemplate(entry)];
    const matchers = templates.flatMap(regexMatchers);
    for (const { regex, example } of matchers) expect(example).toMatch(new RegExp(regex, 'u'));
  });

  it('derives its matchers from the spec: patterns, enums and types, never the example alone', () => {
    const manual = interactionCatalog.find((entry) => entry.id === 'put-manual')!;
    expect(requestBodyTemplate(manual.request.body!)).toEqual({
      UpdateRuntimeOn: 'Manual',
      RuntimeVersionArn: expect.objectContaining({ 'pact:matcher:type': 'regex', regex: expect.stringMatching(/^\^\(\?:arn:/) }),
    });
    expect(responseBodyTemplate(manual)).toEqual({
      UpdateRuntimeOn: 'Manual',
      FunctionArn: expect.objectContaining({
        'pact:matcher:type': 'regex',
        value: manual.response.body && (manual.response.body as Record<string, string>)['FunctionArn'],
      }),
      RuntimeVersionArn: expect.objectContaining({ 'pact:matcher:type': 'regex' }),
    });
    const throttled = interactionCatalog.find((entry) => entry.id === 'get-throttled')!;
    expect(responseBodyTemplate(throttled)).toEqual({
      Type: 'User',
      message: expect.objectContaining({ 'pact:matcher:type': 'type' }),
      Reason: expect.objectContaining({ 'pact:matcher:type': 'regex', regex: expect.stringContaining('|CallerRateLimitExceeded|') }),
    });
    expect(responseHeadersTemplate(throttled)).toEqual({
      'x-amzn-RequestId': expect.objectContaining({ 'pact:matcher:type': 'type' }),
      'x-amzn-ErrorType': 'TooManyRequestsException',
      'Retry-After': expect.objectContaining({ 'pact:matcher:type': 'regex', regex: '^(?:[0-9]+)$' }),
    });
  });

  it.each(cases)('%s: the provider state agrees with the response', (_id, entry) => {
    const body = entry.response.body as Record<string, unknown>;
    const state = entry.state;
    if (state.name === providerStateNames.callerThrottled) {
      expect(entry.response.status).toBe(429);
      expect(String(state.params.retryAfterSeconds)).toBe(responseHeader(entry.operation, '429', 'Retry-After').example);
      expect(state.params.reason).toBe(body['Reason']);
    }
    if (state.name === providerStateNames.functionExists && entry.operation === 'GetRuntimeManagementConfig' && entry.response.status === 200) {
      // A Get answers with the configuration the state sets up.
      expect({ UpdateRuntimeOn: state.params.updateRuntimeOn, RuntimeVersionArn: state.params.runtimeVersionArn }).toEqual({
        UpdateRuntimeOn: body['UpdateRuntimeOn'],
        RuntimeVersionArn: body['RuntimeVersionArn'],
      });
    }
    const stateStatus = {
      [providerStateNames.runtimeVersionMissing]: 400,
      [providerStateNames.functionMissing]: 404,
      [providerStateNames.updateInProgress]: 409,
      [providerStateNames.callerThrottled]: 429,
      [providerStateNames.serviceFault]: 500,
    };
    if (state.name in stateStatus) expect(entry.response.status).toBe(stateStatus[state.name as keyof typeof stateStatus]);
  });
});
