// Generates large OpenAPI 3.1 descriptions shaped like the big public ones (Stripe, Twilio, Box), seeded
// so every run measures the same documents: deep shared components, a few very large schemas
// referenced from hundreds of operations (Stripe's `invoice`-like fan-in), mutually recursive schemas
// (expandable fields), shared parameters and error responses. Public descriptions are not committed
// (the rules forbid committing fetched data); these stand in for them.

import { seededRandom as randomSource } from '../src/simulator/seeded-random.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a generated spec is built by indexing deep into loosely typed JSON
type Json = Record<string, any>;

const words = [
  'account',
  'balance',
  'charge',
  'customer',
  'dispute',
  'event',
  'file',
  'invoice',
  'item',
  'mandate',
  'payout',
  'plan',
  'price',
  'product',
  'quote',
  'refund',
  'review',
  'session',
  'source',
  'tax',
  'token',
  'transfer',
  'usage',
  'webhook',
];

export function generateSpec(targetBytes: number, seed: number): Json {
  const random = randomSource(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const schemaCount = Math.max(20, Math.round(targetBytes / 2600));
  const names = Array.from({ length: schemaCount }, (_, index) => `${pick(words)}_${pick(words)}_${index}`);
  const hubs = names.slice(0, Math.max(3, Math.round(schemaCount / 200))); // the big, widely referenced schemas
  const schemas: Json = {};

  const scalar = (depth: number): Json => {
    const kind = random();
    if (kind < 0.3) return { type: 'string', maxLength: 5000, description: 'A string field with a long enough description to look like real documentation.' };
    if (kind < 0.45) return { type: 'string', pattern: '^[a-z]{2,8}_[A-Za-z0-9]{8,24}$', description: 'Unique identifier for the object.' };
    if (kind < 0.6) return { type: 'string', enum: words.slice(0, 3 + Math.floor(random() * 6)), description: 'One of a fixed set of values.' };
    if (kind < 0.75) return { type: 'integer', minimum: 0, description: 'Time at which the object was created, in seconds since the Unix epoch.' };
    if (kind < 0.82) return { type: ['boolean', 'null'], description: 'Whether the object is live.' };
    if (kind < 0.9 || depth > 2) return { type: 'object', additionalProperties: { type: 'string', maxLength: 500 }, description: 'Set of key-value pairs.' };
    return object(depth + 1, 3 + Math.floor(random() * 5));
  };
  const reference = (index: number): Json => {
    // Expandable fields: an id or the referenced object, as Stripe spells them (mutual recursion).
    const target = random() < 0.25 ? pick(hubs) : (names[Math.floor(random() * schemaCount)] ?? names[0]);
    if (random() < 0.5)
      return { anyOf: [{ type: 'string', maxLength: 5000 }, { $ref: `#/components/schemas/${target}` }], description: `The ${target} (expandable).` };
    return index % 3 === 0 ? { type: 'array', items: { $ref: `#/components/schemas/${target}` } } : { $ref: `#/components/schemas/${target}` };
  };
  function object(depth: number, size: number): Json {
    const properties: Json = {};
    const required: string[] = [];
    for (let index = 0; index < size; index += 1) {
      const name = `${pick(words)}_${index}`;
      properties[name] = random() < 0.2 && depth < 3 ? reference(index) : scalar(depth);
      if (random() < 0.4) required.push(name);
    }
    return { type: 'object', properties, required, description: 'An object with several documented members.' };
  }
  for (const [index, name] of names.entries()) {
    const size = hubs.includes(name) ? 120 : 8 + Math.floor(random() * 14);
    schemas[name] = { ...object(0, size), title: name, 'x-resourceId': name };
    if (index % 17 === 0) schemas[name].properties.parent = { anyOf: [{ $ref: `#/components/schemas/${name}` }, { type: 'null' }] }; // self-recursive
  }
  schemas['error'] = {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        properties: {
          code: { type: 'string', maxLength: 5000 },
          message: { type: 'string', maxLength: 40000 },
          type: { type: 'string', enum: ['api_error', 'card_error', 'idempotency_error', 'invalid_request_error'] },
        },
      },
    },
  };

  const paths: Json = {};
  const operationCount = Math.max(10, Math.round(schemaCount * 0.6));
  for (let index = 0; index < operationCount; index += 1) {
    const resource = index < hubs.length * 60 ? (hubs[index % hubs.length] ?? names[0]) : (names[index % schemaCount] ?? names[0]);
    const path = `/v1/${resource}s/{id}/op_${index}`;
    const ref = { $ref: `#/components/schemas/${resource}` };
    paths[path] = {
      parameters: [{ $ref: '#/components/parameters/id' }],
      get: {
        operationId: `Get${index}`,
        parameters: [{ $ref: '#/components/parameters/expand' }, { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } }],
        responses: {
          '200': { description: 'Successful response.', content: { 'application/json': { schema: ref } } },
          default: { $ref: '#/components/responses/error' },
        },
      },
      post: {
        operationId: `Post${index}`,
        requestBody: { required: true, content: { 'application/x-www-form-urlencoded': { schema: object(1, 6) }, 'application/json': { schema: ref } } },
        responses: {
          '200': { description: 'Successful response.', content: { 'application/json': { schema: ref } } },
          default: { $ref: '#/components/responses/error' },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Generated large API', version: '2024-01-01' },
    paths,
    components: {
      schemas,
      parameters: {
        id: { name: 'id', in: 'path', required: true, schema: { type: 'string', maxLength: 5000 } },
        expand: { name: 'expand', in: 'query', schema: { type: 'array', items: { type: 'string', maxLength: 5000 } } },
      },
      responses: { error: { description: 'Error response.', content: { 'application/json': { schema: { $ref: '#/components/schemas/error' } } } } },
    },
  };
}

/** A copy with `count` realistic edits spread over the document: tightened bounds, enum values removed, members added or removed, an operation dropped. */
export function mutateSpec(spec: Json, count: number, seed: number): Json {
  const copy = structuredClone(spec);
  const random = randomSource(seed);
  const names = Object.keys(copy.components.schemas).filter((name) => name !== 'error');
  const paths = Object.keys(copy.paths);
  for (let index = 0; index < count; index += 1) {
    const schema = copy.components.schemas[names[Math.floor(random() * names.length)] ?? names[0] ?? ''];
    const members = Object.entries<Json>(schema.properties ?? {});
    const [name, member] = members[Math.floor(random() * members.length)] ?? [];
    const edit = index % 6;
    if (edit === 0 && member && typeof member.maxLength === 'number') member.maxLength = Math.floor(member.maxLength / 2);
    else if (edit === 1 && member && Array.isArray(member.enum) && member.enum.length > 1) member.enum.pop();
    else if (edit === 2) schema.properties[`added_${index}`] = { type: 'string' };
    else if (edit === 3 && name) (schema.required ??= []).push(name);
    else if (edit === 4 && name) delete schema.properties[name];
    else if (edit === 5) delete copy.paths[paths[Math.floor(random() * paths.length)] ?? '']?.post;
    else if (member) member.description = `${member.description ?? ''} (edited)`;
  }
  return copy;
}
