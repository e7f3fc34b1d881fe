// The OpenAPI spec → ApiView: operations by operationId, parameters and body properties as members,
// 2xx responses as the output, and every other response's schemas marked `x-aws-error` as the
// operation's errors. Pointers name the node as written, after $refs (where a fix would go).
import { isJsonObject, RefResolver, SpecRefError, specOperations, type JsonObject } from '../spec/index.js';
import type { ApiView, ErrorView, Located, MemberView, OperationView, ShapeView, ValueType, WireLocation } from './api-view.js';
import { appendPointer, pointerTokens } from '../spec/json-pointer.js';

/** Headers AWS's REST-JSON protocol sends on every response; no model member is bound to them. */
export const protocolHeaders: readonly string[] = ['x-amzn-requestid', 'x-amzn-errortype'];

const parameterLocations: Record<string, WireLocation> = { path: 'path', query: 'query', header: 'header' };

/** A spec the comparison cannot read (a broken $ref); the command reports it as bad input. */
export class SpecShapeError extends Error {
  override readonly name = 'SpecShapeError';
  constructor(
    readonly at: string,
    readonly problem: string,
  ) {
    super(`${at}: ${problem}`);
  }
}

/** `^(?:x)$` → `x`, the form AWS publishes; a pattern written otherwise is returned as written. */
export function unanchoredPattern(pattern: string): string {
  const wrapped = /^\^\(\?:([\s\S]*)\)\$$/.exec(pattern);
  return wrapped ? wrapped[1]! : pattern;
}

class SpecReader {
  private readonly refs: RefResolver;

  constructor(document: JsonObject) {
    this.refs = new RefResolver(document);
  }

  /** Follows `$ref`s; returns the object and the pointer where it is written. */
  resolve(node: unknown, at: string): { node: JsonObject; at: string } {
    let resolved;
    try {
      resolved = this.refs.resolve({ node, pointer: at });
    } catch (error) {
      if (error instanceof SpecRefError) throw new SpecShapeError(at, `$ref '${error.ref}' ${error.problem}`);
      throw error;
    }
    if (!isJsonObject(resolved.node)) throw new SpecShapeError(resolved.pointer, 'expected an object');
    return { node: resolved.node, at: resolved.pointer };
  }

  shape(node: unknown, at: string, seen: ReadonlySet<string> = new Set()): ShapeView {
    const resolved = this.resolve(node, at);
    const schema = resolved.node;
    const schemaAt = resolved.at;
    // A nullable member (`oneOf: [X, {type: null}]`) is X: null is how the spec writes "absent", which no model states.
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const variants = schema[keyword];
      if (!Array.isArray(variants)) continue;
      const nonNull = variants
        .map((variant, index) => [variant, `${schemaAt}/${keyword}/${index}`] as const)
        .filter(([variant]) => !(isJsonObject(variant) && variant['type'] === 'null'));
      if (nonNull.length === 1) return this.shape(nonNull[0]![0], nonNull[0]![1], seen);
    }
    const declared = schema['type'];
    const types = (Array.isArray(declared) ? declared : declared === undefined ? [] : [declared]).filter((type) => type !== 'null');
    const type = (
      types.length === 1 ? types[0] : isJsonObject(schema['properties']) ? 'object' : Array.isArray(schema['enum']) ? 'string' : 'any'
    ) as ValueType;
    const name =
      typeof schema['x-aws-shape'] === 'string' ? schema['x-aws-shape'] : schemaAt.startsWith('/components/schemas/') ? pointerTokens(schemaAt)[2] : undefined;
    const view: ShapeView = { at: schemaAt, type: { value: type, at: declared === undefined ? schemaAt : `${schemaAt}/type` } };
    if (name !== undefined) view.name = name;
    const [minKey, maxKey] =
      type === 'integer' || type === 'number'
        ? ['minimum', 'maximum']
        : type === 'array'
          ? ['minItems', 'maxItems']
          : type === 'object'
            ? ['minProperties', 'maxProperties']
            : ['minLength', 'maxLength'];
    const min = this.number(schema, minKey, schemaAt);
    const max = this.number(schema, maxKey, schemaAt);
    if (min) view.min = min;
    if (max) view.max = max;
    if (typeof schema['x-aws-pattern'] === 'string') view.pattern = { value: schema['x-aws-pattern'], at: `${schemaAt}/x-aws-pattern` };
    else if (typeof schema['pattern'] === 'string') view.pattern = { value: unanchoredPattern(schema['pattern']), at: `${schemaAt}/pattern` };
    if (Array.isArray(schema['enum'])) view.enum = { value: schema['enum'].map(String), at: `${schemaAt}/enum` };
    if (seen.has(schemaAt)) return view;
    const inner = new Set(seen).add(schemaAt);
    if (isJsonObject(schema['properties'])) view.members = this.properties(schema, schemaAt, inner);
    if (schema['items'] !== undefined) view.items = this.shape(schema['items'], `${schemaAt}/items`, inner);
    return view;
  }

  private number(schema: JsonObject, key: string, at: string): Located<number> | undefined {
    const value = schema[key];
    return typeof value === 'number' ? { value, at: `${at}/${key}` } : undefined;
  }

  properties(schema: JsonObject, at: string, seen: ReadonlySet<string> = new Set()): MemberView[] {
    const properties = isJsonObject(schema['properties']) ? schema['properties'] : {};
    const required = Array.isArray(schema['required']) ? schema['required'].map(String) : [];
    return Object.entries(properties).map(([name, property]) => {
      const index = required.indexOf(name);
      const memberAt = appendPointer(at, 'properties', name);
      return {
        name,
        wireName: name,
        location: 'body' as const,
        required: { value: index >= 0, at: index >= 0 ? `${at}/required/${index}` : at },
        at: memberAt,
        shape: this.shape(property, memberAt, seen),
      };
    });
  }

  private jsonSchema(content: unknown, at: string): { node: unknown; at: string } | undefined {
    if (!isJsonObject(content)) return undefined;
    const media = Object.keys(content).find((type) => /json/i.test(type));
    if (media === undefined) return undefined;
    const entry = content[media];
    return isJsonObject(entry) && entry['schema'] !== undefined ? { node: entry['schema'], at: appendPointer(at, 'content', media, 'schema') } : undefined;
  }

  private headerMembers(response: JsonObject, at: string): MemberView[] {
    const headers = isJsonObject(response['headers']) ? response['headers'] : {};
    return Object.entries(headers)
      .filter(([name]) => !protocolHeaders.includes(name.toLowerCase()))
      .map(([name, header]) => {
        const resolved = this.resolve(header, appendPointer(at, 'headers', name));
        return {
          name,
          wireName: name,
          location: 'header' as const,
          required: { value: resolved.node['required'] === true, at: resolved.node['required'] === undefined ? resolved.at : `${resolved.at}/required` },
          at: resolved.at,
          shape: this.shape(resolved.node['schema'] ?? {}, `${resolved.at}/schema`),
        };
      });
  }

  private bodyMembers(schemaRef: { node: unknown; at: string } | undefined): { members: MemberView[]; at?: string } {
    if (!schemaRef) return { members: [] };
    const { node, at } = this.resolve(schemaRef.node, schemaRef.at);
    return { members: this.properties(node, at), at: `${at}/properties` };
  }

  operation(path: string, method: string, pathItem: JsonObject, operation: JsonObject): OperationView {
    const at = appendPointer('/paths', path, method);
    const pathAt = appendPointer('/paths', path);
    const parameters = new Map<string, MemberView>();
    for (const [list, listAt] of [
      [pathItem['parameters'], `${pathAt}/parameters`],
      [operation['parameters'], `${at}/parameters`],
    ] as const) {
      if (!Array.isArray(list)) continue;
      list.forEach((entry, index) => {
        const { node, at: parameterAt } = this.resolve(entry, `${listAt}/${index}`);
        const location = parameterLocations[String(node['in'])];
        if (location === undefined) return; // cookies: no AWS binding
        const name = String(node['name']);
        parameters.set(`${location} ${name}`, {
          name,
          wireName: name,
          location,
          required: { value: node['required'] === true, at: node['required'] === undefined ? parameterAt : `${parameterAt}/required` },
          at: parameterAt,
          shape: this.shape(node['schema'] ?? {}, `${parameterAt}/schema`),
        });
      });
    }
    const input = [...parameters.values()];
    let inputAt = `${at}/parameters`;
    if (operation['requestBody'] !== undefined) {
      const body = this.resolve(operation['requestBody'], `${at}/requestBody`);
      const members = this.bodyMembers(this.jsonSchema(body.node['content'], body.at));
      input.push(...members.members);
      if (members.at) inputAt = members.at;
    }

    const responses = isJsonObject(operation['responses']) ? operation['responses'] : {};
    const responsesAt = `${at}/responses`;
    const success = Object.keys(responses).find((code) => /^2\d\d$/.test(code));
    let output: MemberView[] = [];
    let outputAt = responsesAt;
    if (success !== undefined) {
      const response = this.resolve(responses[success], appendPointer(responsesAt, success));
      const body = this.bodyMembers(this.jsonSchema(response.node['content'], response.at));
      output = [...this.headerMembers(response.node, response.at), ...body.members];
      outputAt = body.at ?? response.at;
    }
    const errors: ErrorView[] = [];
    for (const [code, entry] of Object.entries(responses)) {
      if (!/^[45]\d\d$/.test(code)) continue;
      const statusAt = appendPointer(responsesAt, code);
      const response = this.resolve(entry, statusAt);
      const schema = this.jsonSchema(response.node['content'], response.at);
      if (!schema) continue;
      const resolved = this.resolve(schema.node, schema.at);
      const variants = Array.isArray(resolved.node['oneOf'])
        ? resolved.node['oneOf'].map((variant, index) => this.resolve(variant, `${resolved.at}/oneOf/${index}`))
        : [resolved];
      for (const variant of variants) {
        const name = variant.node['x-aws-error'];
        if (typeof name !== 'string') continue;
        errors.push({
          name,
          at: variant.at,
          status: { value: Number(code), at: statusAt },
          members: [...this.headerMembers(response.node, response.at), ...this.properties(variant.node, variant.at)],
        });
      }
    }
    return {
      name: String(operation['operationId']),
      at,
      method: { value: method.toUpperCase(), at },
      uri: { value: path, at: pathAt },
      successStatus: { value: success === undefined ? 0 : Number(success), at: success === undefined ? responsesAt : appendPointer(responsesAt, success) },
      input,
      inputAt,
      output,
      outputAt,
      errors,
      errorsAt: responsesAt,
    };
  }
}

export function specView(document: JsonObject, operationNames: readonly string[]): ApiView {
  const reader = new SpecReader(document);
  const operations = new Map<string, OperationView>();
  for (const { path, method, pathItem, operation } of specOperations(document)) {
    if (!operationNames.includes(String(operation['operationId']))) continue;
    operations.set(String(operation['operationId']), reader.operation(path, method, pathItem, operation));
  }
  return { format: 'openapi', operations, operationsAt: '/paths' };
}
