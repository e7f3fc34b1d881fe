// Derives the facts the runtime needs (members, constraints, responses, examples) from the spec,
// so that no runtime code parses YAML or walks the spec.
import { derefNode, httpMethods, isJsonObject, type JsonObject } from '../../src/spec/index.js';

export interface MemberFact {
  name: string;
  /** How AWS names the member in ValidationException messages (lower camel case). */
  memberPath: string;
  location: 'path' | 'query' | 'body';
  required: boolean;
  awsShape?: string;
  awsPattern?: string;
  minLength?: number;
  maxLength?: number;
  enum?: string[];
  nameMaxLength?: number;
  /** A parameter's named examples (e.g. the forms of FunctionName); body members have none. */
  examples?: ParameterExampleFact[];
}

export interface ParameterExampleFact {
  name: string;
  summary: string;
  value: string;
}

/** A schema as the runtime needs it: every `$ref` replaced by its target, prose (description, examples) left out. */
export type SchemaFact = JsonObject;

export interface HeaderFact {
  name: string;
  required: boolean;
  schema: SchemaFact;
  /** The header's example (Prism sends it; the consumer tests expect it). */
  example: string;
}

export interface ResponseFact {
  status: string;
  /** Error names the status documents (empty for 2xx). */
  errors: string[];
  headers: HeaderFact[];
  /** Named examples, each with the error it shows (2xx: null). */
  examples: Array<{ name: string; error: string | null; value: unknown }>;
}

export interface OperationFact {
  operationId: string;
  method: string;
  path: string;
  members: string[];
  /** Whether the operation takes a JSON request body (Put does, Get does not). */
  hasRequestBody: boolean;
  /** The schema of each member of the 200 body. */
  successMembers: Record<string, SchemaFact>;
  responses: ResponseFact[];
  requestExamples: Array<{ name: string; value: unknown }>;
}

export interface SpecFacts {
  members: Record<string, MemberFact>;
  operations: Record<string, OperationFact>;
  errorSchemas: Record<string, string>;
  /** The schema of each member of each error body, by error name. */
  errorMembers: Record<string, Record<string, SchemaFact>>;
}

const lowerCamel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

function stringConstraints(spec: JsonObject, schemaNode: unknown): Omit<MemberFact, 'name' | 'memberPath' | 'location' | 'required'> {
  const schema = derefNode(spec, schemaNode);
  if (!isJsonObject(schema)) return {};
  const fact: Omit<MemberFact, 'name' | 'memberPath' | 'location' | 'required'> = {};
  if (typeof schema['x-aws-shape'] === 'string') fact.awsShape = schema['x-aws-shape'];
  if (typeof schema['x-aws-pattern'] === 'string') fact.awsPattern = schema['x-aws-pattern'];
  if (typeof schema['minLength'] === 'number') fact.minLength = schema['minLength'];
  if (typeof schema['maxLength'] === 'number') fact.maxLength = schema['maxLength'];
  if (Array.isArray(schema['enum'])) fact.enum = schema['enum'].map(String);
  if (typeof schema['x-aws-name-max-length'] === 'number') fact.nameMaxLength = schema['x-aws-name-max-length'];
  return fact;
}

function namedExamples(node: JsonObject): Array<{ name: string; value: unknown }> {
  const examples = isJsonObject(node['examples']) ? node['examples'] : {};
  return Object.entries(examples).map(([name, example]) => ({
    name,
    value: isJsonObject(example) ? example['value'] : undefined,
  }));
}

/** Prose keywords: documentation, not constraints. */
const proseKeywords = new Set(['description', 'examples', 'example', 'summary']);

/** `node` with every `$ref` inside it replaced by its target and the prose keywords left out. */
function schemaFact(spec: JsonObject, node: unknown): SchemaFact {
  const inline = (value: unknown): unknown => {
    const resolved = derefNode(spec, value);
    if (Array.isArray(resolved)) return resolved.map(inline);
    if (!isJsonObject(resolved)) return resolved;
    return Object.fromEntries(
      Object.entries(resolved)
        .filter(([key]) => !proseKeywords.has(key))
        .map(([key, child]) => [key, inline(child)]),
    );
  };
  const schema = inline(node);
  return isJsonObject(schema) ? schema : {};
}

/** The schema of each property of an object schema (`$ref`s inlined). */
function propertySchemas(spec: JsonObject, schemaNode: unknown): Record<string, SchemaFact> {
  const schema = derefNode(spec, schemaNode);
  const properties = isJsonObject(schema) && isJsonObject(schema['properties']) ? schema['properties'] : {};
  return Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, schemaFact(spec, property)]));
}

function parameterExamples(spec: JsonObject, parameter: JsonObject): ParameterExampleFact[] {
  const examples = isJsonObject(parameter['examples']) ? parameter['examples'] : {};
  return Object.entries(examples).flatMap(([name, exampleNode]) => {
    const example = derefNode(spec, exampleNode);
    if (!isJsonObject(example) || typeof example['value'] !== 'string') return [];
    return [{ name, summary: typeof example['summary'] === 'string' ? example['summary'] : name, value: example['value'] }];
  });
}

/** The `x-aws-error` names a response schema documents: itself, or each branch of its oneOf/anyOf. */
function errorNamesOfSchema(spec: JsonObject, schemaNode: unknown): string[] {
  const schema = derefNode(spec, schemaNode);
  if (!isJsonObject(schema)) return [];
  if (typeof schema['x-aws-error'] === 'string') return [schema['x-aws-error']];
  const branches = [schema['oneOf'], schema['anyOf']].find(Array.isArray) ?? [];
  return branches.flatMap((branch: unknown) => errorNamesOfSchema(spec, branch));
}

export function extractSpecFacts(spec: JsonObject, errorOfBody: (candidates: string[], body: unknown) => string | null): SpecFacts {
  const members: Record<string, MemberFact> = {};
  const operations: Record<string, OperationFact> = {};
  const errorSchemas: Record<string, string> = {};
  const errorMembers: Record<string, Record<string, SchemaFact>> = {};

  const schemas = isJsonObject(spec['components']) && isJsonObject(spec['components']['schemas']) ? spec['components']['schemas'] : {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (!isJsonObject(schema) || typeof schema['x-aws-error'] !== 'string') continue;
    errorSchemas[schema['x-aws-error']] = name;
    errorMembers[schema['x-aws-error']] = propertySchemas(spec, schema);
  }

  for (const [path, pathItemNode] of Object.entries(spec['paths'] as JsonObject)) {
    const pathItem = derefNode(spec, pathItemNode) as JsonObject;
    const sharedParameters = Array.isArray(pathItem['parameters']) ? pathItem['parameters'] : [];
    for (const method of httpMethods) {
      const operation = pathItem[method];
      if (!isJsonObject(operation) || typeof operation['operationId'] !== 'string') continue;
      const memberNames: string[] = [];
      const ownParameters = Array.isArray(operation['parameters']) ? operation['parameters'] : [];
      for (const parameterNode of [...sharedParameters, ...ownParameters]) {
        const parameter = derefNode(spec, parameterNode) as JsonObject;
        const name = String(parameter['name']);
        const location = parameter['in'] === 'path' ? 'path' : 'query';
        const examples = parameterExamples(spec, parameter);
        members[name] = {
          name,
          memberPath: lowerCamel(name),
          location,
          required: parameter['required'] === true,
          ...stringConstraints(spec, parameter['schema']),
          ...(examples.length > 0 && { examples }),
        };
        memberNames.push(name);
      }
      const requestExamples: OperationFact['requestExamples'] = [];
      const requestBody = derefNode(spec, operation['requestBody']);
      const hasRequestBody = isJsonObject(requestBody) && isJsonObject(requestBody['content']) && isJsonObject(requestBody['content']['application/json']);
      if (isJsonObject(requestBody) && isJsonObject(requestBody['content'])) {
        const media = requestBody['content']['application/json'];
        if (isJsonObject(media)) {
          const bodySchema = derefNode(spec, media['schema']) as JsonObject;
          const required = Array.isArray(bodySchema['required']) ? bodySchema['required'] : [];
          for (const [name, propertySchema] of Object.entries((bodySchema['properties'] ?? {}) as JsonObject)) {
            members[name] = {
              name,
              memberPath: lowerCamel(name),
              location: 'body',
              required: required.includes(name),
              ...stringConstraints(spec, propertySchema),
            };
            memberNames.push(name);
          }
          requestExamples.push(...namedExamples(media));
        }
      }
      const responses: ResponseFact[] = [];
      let successMembers: Record<string, SchemaFact> = {};
      for (const [status, responseNode] of Object.entries((operation['responses'] ?? {}) as JsonObject)) {
        const response = derefNode(spec, responseNode) as JsonObject;
        const headers = Object.entries((response['headers'] ?? {}) as JsonObject).map(([name, headerNode]): HeaderFact => {
          const header = derefNode(spec, headerNode) as JsonObject;
          const example = header['example'];
          if (typeof example !== 'string') throw new Error(`header ${name} of ${String(operation['operationId'])} ${status} has no string example`);
          return { name, required: header['required'] === true, schema: schemaFact(spec, header['schema']), example };
        });
        const media = isJsonObject(response['content']) ? response['content']['application/json'] : undefined;
        if (status === '200' && isJsonObject(media)) successMembers = propertySchemas(spec, media['schema']);
        const errors = isJsonObject(media) ? errorNamesOfSchema(spec, media['schema']) : [];
        const examples = isJsonObject(media) ? namedExamples(media).map((example) => ({ ...example, error: errorOfBody(errors, example.value) })) : [];
        responses.push({ status, errors, headers, examples });
      }
      operations[operation['operationId']] = {
        operationId: operation['operationId'],
        method: method.toUpperCase(),
        path,
        members: memberNames,
        hasRequestBody,
        successMembers,
        responses,
        requestExamples,
      };
    }
  }
  return { members, operations, errorSchemas, errorMembers };
}
