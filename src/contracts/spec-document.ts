// Typed look-ups of the schemas and examples the contracts derive matchers and coverage from:
// response member and header schemas, header and parameter examples. All of it comes from the
// generated spec facts, so nothing here parses the spec at run time.
import { specFacts } from '../generated/spec-facts.js';
import type { JsonObject } from '../spec/json-object.js';
import { documentedResponse, type AwsErrorName, type OperationId } from '../validation/index.js';

type SchemaTable = Readonly<Record<string, JsonObject | undefined>>;

/** The schema of one member of a documented 200 body, `$ref`s inlined (its oneOf branches too). */
export function successMemberSchema(operation: OperationId, member: string): JsonObject | undefined {
  return (specFacts.operations[operation].successMembers as unknown as SchemaTable)[member];
}

/** The schema of one member of an error body, `$ref`s inlined (its oneOf branches too). */
export function errorMemberSchema(error: AwsErrorName, member: string): JsonObject | undefined {
  const members = (specFacts.errorMembers as unknown as Readonly<Record<string, SchemaTable | undefined>>)[error];
  return members?.[member];
}

export interface DocumentedHeader {
  schema: JsonObject;
  example: string;
}

/** A response header as the spec documents it: its schema and its example. */
export function responseHeader(operation: OperationId, status: string, name: string): DocumentedHeader {
  const header = documentedResponse(operation, status)?.headers.find((candidate) => candidate.name === name);
  if (!header) throw new Error(`the spec documents no example of header ${name} for ${operation} ${status}`);
  return { schema: header.schema, example: header.example };
}

export interface ParameterExample {
  name: string;
  summary: string;
  value: string;
}

/** The named examples of a parameter of the operation (e.g. the forms of FunctionName). */
export function parameterExamples(operation: OperationId, parameter: string): ParameterExample[] {
  const members: readonly string[] = specFacts.operations[operation].members;
  if (!members.includes(parameter)) return [];
  const member = specFacts.members[parameter as keyof typeof specFacts.members];
  return 'examples' in member ? member.examples.map((example) => ({ ...example })) : [];
}
