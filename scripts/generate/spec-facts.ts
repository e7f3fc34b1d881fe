// Derives the facts the runtime needs (members, constraints, responses, examples) from the spec,
// so that no runtime code parses YAML or walks the spec.
import { derefNode, isJsonObject, type JsonObject } from '../../src/spec/index.js';

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
}

export interface ResponseFact {
  status: string;
  /** Error names the status documents (empty for 2xx). */
  errors: string[];
  headers: Array<{ name: string; required: boolean }>;
  /** Named examples, each with the error it shows (2xx: null). */
  examples: Array<{ name: string; error: string | null; value: unknown }>;
}

export interface OperationFact {
  operationId: string;
  method: string;
  path: string;
  members: string[];
  responses: ResponseFact[];
  requestExamples: Array<{ name: string; value: unknown }>;
}

export interface SpecFacts {
  members: Record<string, MemberFact>;
  operations: Record<string, OperationFact>;
  errorSchemas: Record<string, string>;
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

  const schemas = isJsonObject(spec['components']) && isJsonObject(spec['components']['schemas']) ? spec['components']['schemas'] : {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (isJsonObject(schema) && typeof schema['x-aws-error'] === 'string') errorSchemas[schema['x-aws-error']] = name;
  }

  for (const [path, pathItemNode] of Object.entries(spec['paths'] as JsonObject)) {
    const pathItem = derefNode(spec, pathItemNode) as JsonObject;
    const sharedParameters = Array.isArray(pathItem['parameters']) ? pathItem['parameters'] : [];
    for (const method of ['get', 'put', 'post', 'delete', 'patch']) {
      const operation = pathItem[method];
      if (!isJsonObject(operation) || typeof operation['operationId'] !== 'string') continue;
      const memberNames: string[] = [];
      const ownParameters = Array.isArray(operation['parameters']) ? operation['parameters'] : [];
      for (const parameterNode of [...sharedParameters, ...ownParameters]) {
        const parameter = derefNode(spec, parameterNode) as JsonObject;
        const name = String(parameter['name']);
        const location = parameter['in'] === 'path' ? 'path' : 'query';
        members[name] = { name, memberPath: lowerCamel(name), location, required: parameter['required'] === true, ...stringConstraints(spec, parameter['schema']) };
        memberNames.push(name);
      }
      const requestExamples: OperationFact['requestExamples'] = [];
      const requestBody = derefNode(spec, operation['requestBody']);
      if (isJsonObject(requestBody) && isJsonObject(requestBody['content'])) {
        const media = requestBody['content']['application/json'];
        if (isJsonObject(media)) {
          const bodySchema = derefNode(spec, media['schema']) as JsonObject;
          const required = Array.isArray(bodySchema['required']) ? bodySchema['required'] : [];
          for (const [name, propertySchema] of Object.entries((bodySchema['properties'] ?? {}) as JsonObject)) {
            members[name] = { name, memberPath: lowerCamel(name), location: 'body', required: required.includes(name), ...stringConstraints(spec, propertySchema) };
            memberNames.push(name);
          }
          requestExamples.push(...namedExamples(media));
        }
      }
      const responses: ResponseFact[] = [];
      for (const [status, responseNode] of Object.entries((operation['responses'] ?? {}) as JsonObject)) {
        const response = derefNode(spec, responseNode) as JsonObject;
        const headers = Object.entries((response['headers'] ?? {}) as JsonObject).map(([name, headerNode]) => {
          const header = derefNode(spec, headerNode) as JsonObject;
          return { name, required: header['required'] === true };
        });
        const media = isJsonObject(response['content']) ? response['content']['application/json'] : undefined;
        const errors = isJsonObject(media) ? errorNamesOfSchema(spec, media['schema']) : [];
        const examples = isJsonObject(media)
          ? namedExamples(media).map((example) => ({ ...example, error: errorOfBody(errors, example.value) }))
          : [];
        responses.push({ status, errors, headers, examples });
      }
      operations[operation['operationId']] = {
        operationId: operation['operationId'],
        method: method.toUpperCase(),
        path,
        members: memberNames,
        responses,
        requestExamples,
      };
    }
  }
  return { members, operations, errorSchemas };
}
