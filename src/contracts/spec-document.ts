// What the generated spec facts do not carry (response member and header schemas, header and
// parameter examples), read from the spec document itself. Loaded once, on first use.
import { specFacts } from '../generated/spec-facts.js';
import { derefNode, isJsonObject, loadSpecFile, specPath, type JsonObject } from '../spec/index.js';
import type { AwsErrorName, OperationId } from '../validation/index.js';

let loaded: JsonObject | undefined;

function spec(): JsonObject {
  loaded ??= loadSpecFile(specPath);
  return loaded;
}

function objectAt(node: unknown, ...keys: string[]): JsonObject | undefined {
  let current: unknown = derefNode(spec(), node);
  for (const key of keys) {
    if (!isJsonObject(current)) return undefined;
    current = derefNode(spec(), current[key]);
  }
  return isJsonObject(current) ? current : undefined;
}

function operationNode(operation: OperationId): JsonObject {
  const facts = specFacts.operations[operation];
  const node = objectAt(spec()['paths'], facts.path, facts.method.toLowerCase());
  if (!node) throw new Error(`the spec has no ${facts.method} ${facts.path}`);
  return node;
}

/** The schema of one member of a documented 200 body, dereferenced (its oneOf branches too). */
export function successMemberSchema(operation: OperationId, member: string): JsonObject | undefined {
  return withBranches(objectAt(operationNode(operation), 'responses', '200', 'content', 'application/json', 'schema', 'properties', member));
}

/** The schema of one member of an error body, dereferenced (its oneOf branches too). */
export function errorMemberSchema(error: AwsErrorName, member: string): JsonObject | undefined {
  const schemaName = (specFacts.errorSchemas as Record<string, string | undefined>)[error];
  return schemaName === undefined ? undefined : withBranches(objectAt(spec()['components'], 'schemas', schemaName, 'properties', member));
}

function withBranches(schema: JsonObject | undefined): JsonObject | undefined {
  if (!schema) return undefined;
  const resolved = { ...schema };
  for (const keyword of ['oneOf', 'anyOf']) {
    const branches = resolved[keyword];
    if (Array.isArray(branches)) resolved[keyword] = branches.map((branch) => derefNode(spec(), branch));
  }
  return resolved;
}

export interface DocumentedHeader {
  schema: JsonObject;
  example: string;
}

/** A response header as the spec documents it: its schema and its example. */
export function responseHeader(operation: OperationId, status: string, name: string): DocumentedHeader {
  const header = objectAt(operationNode(operation), 'responses', status, 'headers', name);
  const schema = header && objectAt(header, 'schema');
  const example = header?.['example'];
  if (!schema || typeof example !== 'string') throw new Error(`the spec documents no example of header ${name} for ${operation} ${status}`);
  return { schema, example };
}

export interface ParameterExample {
  name: string;
  summary: string;
  value: string;
}

/** The named examples of a path-level or operation-level parameter (e.g. the forms of FunctionName). */
export function parameterExamples(operation: OperationId, parameter: string): ParameterExample[] {
  const facts = specFacts.operations[operation];
  const pathItem = objectAt(spec()['paths'], facts.path);
  const candidates = [...arrayAt(pathItem?.['parameters']), ...arrayAt(operationNode(operation)['parameters'])];
  const node = candidates.map((candidate) => derefNode(spec(), candidate)).find((candidate) => isJsonObject(candidate) && candidate['name'] === parameter);
  const examples = isJsonObject(node) && isJsonObject(node['examples']) ? node['examples'] : {};
  return Object.entries(examples).flatMap(([name, example]) => {
    const resolved = derefNode(spec(), example);
    if (!isJsonObject(resolved) || typeof resolved['value'] !== 'string') return [];
    return [{ name, summary: typeof resolved['summary'] === 'string' ? resolved['summary'] : name, value: resolved['value'] }];
  });
}

function arrayAt(node: unknown): unknown[] {
  return Array.isArray(node) ? node : [];
}
