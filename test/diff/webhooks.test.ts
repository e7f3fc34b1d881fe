// Webhooks and callbacks compared operation by operation: the same ids as a path's operation, rated
// with the roles swapped (the consumer receives the request and sends the response).
import { describe, expect, it } from 'vitest';
import { diffSpecs, type Level } from '../../src/diff/index.js';
import { specWithSchemaAt } from './fixtures/sites.js';
import type { LooseJson } from '../support/loose-json.js';

type Spec = LooseJson;
type Edit = (spec: Spec) => void;

const payload = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', properties, required });
const exchange = (request: unknown, response: unknown = { type: 'object' }, status = '200') => ({
  post: {
    requestBody: { required: true, content: { 'application/json': { schema: request } } },
    responses: { [status]: { description: 'ok', content: { 'application/json': { schema: response } } } },
  },
});
const kind = { type: 'string', enum: ['created', 'deleted'] };
const name = (maxLength: number) => ({ type: 'string', maxLength });
const webhookIs =
  (pathItem: unknown): Edit =>
  (spec) =>
    (spec.webhooks = { thingChanged: pathItem });
const callbackIs =
  (pathItem: unknown): Edit =>
  (spec) =>
    (spec.paths['/things'].post.callbacks = { done: { '{$request.body#/url}': pathItem } });

const cases: Array<[string, { given: { base: Edit; head: Edit }; want: Array<[string, Level]> }]> = [
  [
    'a value added to an enum the consumer receives breaks it (a response widening on a path)',
    {
      given: { base: webhookIs(exchange(payload({ kind }))), head: webhookIs(exchange(payload({ kind: { ...kind, enum: [...kind.enum, 'moved'] } }))) },
      want: [['request-property-enum-value-added', 'ERR']],
    },
  ],
  [
    'a limit tightened on what the consumer receives is safe (a response narrowing on a path)',
    {
      given: { base: webhookIs(exchange(payload({ name: name(64) }))), head: webhookIs(exchange(payload({ name: name(32) }))) },
      want: [['request-property-max-length-decreased', 'INFO']],
    },
  ],
  [
    'a limit relaxed on what the consumer receives breaks it',
    {
      given: { base: webhookIs(exchange(payload({ name: name(32) }))), head: webhookIs(exchange(payload({ name: name(64) }))) },
      want: [['request-property-max-length-increased', 'ERR']],
    },
  ],
  [
    'a value removed from what the consumer may answer breaks it (a request narrowing on a path)',
    {
      given: { base: webhookIs(exchange({ type: 'object' }, kind)), head: webhookIs(exchange({ type: 'object' }, { ...kind, enum: ['created'] })) },
      want: [['response-body-enum-value-removed', 'ERR']],
    },
  ],
  [
    'a method added to a webhook',
    {
      given: { base: webhookIs(exchange(payload({ kind }))), head: webhookIs({ ...exchange(payload({ kind })), put: exchange(payload({ kind })).post }) },
      want: [['webhook-added', 'INFO']],
    },
  ],
  [
    'a method removed from a webhook',
    {
      given: { base: webhookIs({ ...exchange(payload({ kind })), put: exchange(payload({ kind })).post }), head: webhookIs(exchange(payload({ kind }))) },
      want: [['webhook-removed', 'ERR']],
    },
  ],
  [
    'a callback payload relaxed breaks the consumer that serves it',
    {
      given: { base: callbackIs(exchange(payload({ name: name(32) }))), head: callbackIs(exchange(payload({ name: name(64) }))) },
      want: [['request-property-max-length-increased', 'ERR']],
    },
  ],
  [
    'a callback payload property that became required is safe for the consumer that receives it',
    {
      given: { base: callbackIs(exchange(payload({ kind }))), head: callbackIs(exchange(payload({ kind }, ['kind']))) },
      want: [['request-property-became-required', 'INFO']],
    },
  ],
  [
    'a callback expression replaced',
    {
      given: {
        base: callbackIs(exchange(payload({ kind }))),
        head: (spec) => (spec.paths['/things'].post.callbacks = { done: { '{$request.body#/callbackUrl}': exchange(payload({ kind })) } }),
      },
      want: [
        ['api-callback-added', 'INFO'],
        ['api-callback-removed', 'ERR'],
      ],
    },
  ],
];

describe('webhooks and callbacks, operation by operation', () => {
  it.each(cases)('%s', (_name, { given, want }) => {
    const base = specWithSchemaAt('request-body', { type: 'object' });
    const head = specWithSchemaAt('request-body', { type: 'object' });
    given.base(base);
    given.head(head);
    const changes = diffSpecs(base, head).changes;
    expect(changes.map((change) => [change.id, change.level]).sort()).toEqual([...want].sort());
    expect(changes.some((change) => change.id === 'unsupported-keyword')).toBe(false);
  });

  it('reports what it does not compare in one (deprecation, security…) instead of staying silent', () => {
    const base = specWithSchemaAt('request-body', { type: 'object' });
    const head = specWithSchemaAt('request-body', { type: 'object' });
    webhookIs(exchange(payload({ kind })))(base);
    webhookIs({ post: { ...exchange(payload({ kind })).post, deprecated: true, description: 'documentation only' } })(head);
    const changes = diffSpecs(base, head).changes;
    expect(changes.map((change) => [change.id, change.level])).toEqual([['unsupported-keyword', 'WARN']]);
    expect(changes[0]?.message).toContain("'deprecated' changed");
  });

  it('names the webhook or callback operation a change is in', () => {
    const base = specWithSchemaAt('request-body', { type: 'object' });
    const head = specWithSchemaAt('request-body', { type: 'object' });
    webhookIs(exchange(payload({ name: name(32) })))(base);
    webhookIs(exchange(payload({ name: name(64) })))(head);
    callbackIs(exchange(payload({ name: name(32) })))(base);
    callbackIs(exchange(payload({ name: name(64) })))(head);
    const operations = diffSpecs(base, head).changes.flatMap((change) => change.operations ?? (change.operation ? [change.operation] : []));
    expect(operations).toEqual(
      expect.arrayContaining([
        { method: 'POST', path: 'webhook thingChanged' },
        { method: 'POST', path: 'POST /things callback done {$request.body#/url}' },
      ]),
    );
  });
});
