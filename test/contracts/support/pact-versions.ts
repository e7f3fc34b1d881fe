// The same interaction as Pact V2 and V3 write it, from the V4 form the committed pacts use:
// V3 keeps matchingRules by category but holds bodies and header values plainly; V2 also flattens
// the rules into `$.body…`/`$.headers…` keys and writes the query as a string.
import type { V4Interaction } from './pact-mutations.js';

type Rules = NonNullable<V4Interaction['response']['matchingRules']>;

export function toV3(interaction: V4Interaction): object {
  const { request, response } = interaction;
  return {
    description: interaction.description,
    providerStates: interaction['providerStates'],
    request: {
      method: request.method,
      path: request.path,
      ...(request.query ? { query: request.query } : {}),
      ...(request.headers ? { headers: flatHeaders(request.headers) } : {}),
      ...(request.body ? { body: request.body.content } : {}),
    },
    response: {
      status: response.status,
      headers: flatHeaders(response.headers),
      ...(response.body ? { body: response.body.content } : {}),
      ...(response.matchingRules ? { matchingRules: response.matchingRules } : {}),
    },
  };
}

export function toV2(interaction: V4Interaction): object {
  const { request, response } = interaction;
  const query = request.query ? new URLSearchParams(Object.entries(request.query).flatMap(([name, values]) => values.map((value): [string, string] => [name, value]))).toString() : undefined;
  return {
    description: interaction.description,
    providerState: 'a state',
    request: {
      method: request.method,
      path: request.path,
      ...(query ? { query } : {}),
      ...(request.headers ? { headers: flatHeaders(request.headers) } : {}),
      ...(request.body ? { body: request.body.content } : {}),
    },
    response: {
      status: response.status,
      headers: flatHeaders(response.headers),
      ...(response.body ? { body: response.body.content } : {}),
      ...(response.matchingRules ? { matchingRules: v2Rules(response.matchingRules) } : {}),
    },
  };
}

export function pactOf(version: '2.0.0' | '3.0.0', interactions: object[]): object {
  return { consumer: { name: `v${version[0]}-consumer` }, provider: { name: 'lambda-runtime-management' }, interactions, metadata: { pactSpecification: { version } } };
}

function flatHeaders(headers: Record<string, string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, values]) => [name, values.join(', ')]));
}

function v2Rules(rules: Rules): Record<string, Record<string, unknown>> {
  const flat: Record<string, Record<string, unknown>> = {};
  for (const [path, rule] of Object.entries(rules.body ?? {})) flat[`$.body${path.slice(1)}`] = { ...rule.matchers[0] };
  for (const [name, rule] of Object.entries(rules.header ?? {})) flat[`$.headers.${name}`] = { ...rule.matchers[0] };
  return flat;
}
