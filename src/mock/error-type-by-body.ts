import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { componentSchemasAsDefs, derefNode, isJsonObject, specOperations, toJsonSchema, type JsonObject } from '../spec/index.js';

/** The header the AWS SDK takes an error's class from (matched case-insensitively, as HTTP does). */
export const errorTypeHeader = 'x-amzn-ErrorType';

const defsId = 'lambda-rmc:spec-components';

interface ErrorBodyCandidate {
  name: string;
  matches: ValidateFunction;
}

/**
 * Names the error a response body is, for the statuses where the spec's error-type header admits
 * several names (Prism can only send that header's single `example`, whatever body it picked).
 */
export interface ErrorTypeByBody {
  /** Statuses whose error type depends on the body; other responses need no correction. */
  readonly statuses: ReadonlySet<number>;
  /** The error name whose schema alone the body satisfies, or undefined when none or several do. */
  errorTypeOf(status: number, body: unknown): string | undefined;
}

/**
 * Reads the mapping from the spec: a response whose `x-amzn-ErrorType` header schema is an enum of
 * several names, and whose body schema is a `oneOf`/`anyOf` of error schemas named by `x-aws-error`
 * (or by their component name), maps each body shape to its name.
 */
export function errorTypeByBodyFromSpec(spec: JsonObject): ErrorTypeByBody {
  const ajv = new Ajv2020({ allErrors: false });
  ajv.addSchema(componentSchemasAsDefs(spec, defsId));
  const candidatesByStatus = new Map<number, ErrorBodyCandidate[]>();

  for (const response of documentedResponses(spec)) {
    const names = ambiguousErrorTypeNames(spec, response.node);
    if (names.length < 2) continue;
    const candidates = candidatesByStatus.get(response.status) ?? [];
    for (const { name, schema } of errorBodySchemas(spec, response.node)) {
      if (!names.includes(name) || candidates.some((candidate) => candidate.name === name)) continue;
      candidates.push({ name, matches: ajv.compile(toJsonSchema(schema, defsId, { document: spec }) as object) });
    }
    candidatesByStatus.set(response.status, candidates);
  }

  return {
    statuses: new Set(candidatesByStatus.keys()),
    errorTypeOf(status, body) {
      const matching = (candidatesByStatus.get(status) ?? []).filter((candidate) => candidate.matches(body));
      return matching.length === 1 ? matching[0]?.name : undefined;
    },
  };
}

function* documentedResponses(spec: JsonObject): Generator<{ status: number; node: JsonObject }> {
  for (const { operation } of specOperations(spec)) {
    if (!isJsonObject(operation['responses'])) continue;
    for (const [code, response] of Object.entries(operation['responses'])) {
      const node = derefNode(spec, response);
      if (/^\d{3}$/.test(code) && isJsonObject(node)) yield { status: Number(code), node };
    }
  }
}

function ambiguousErrorTypeNames(spec: JsonObject, response: JsonObject): string[] {
  const headers = derefNode(spec, response['headers']);
  if (!isJsonObject(headers)) return [];
  const entry = Object.entries(headers).find(([name]) => name.toLowerCase() === errorTypeHeader.toLowerCase());
  const header = derefNode(spec, entry?.[1]);
  const schema = isJsonObject(header) ? derefNode(spec, header['schema']) : undefined;
  const values = isJsonObject(schema) ? schema['enum'] : undefined;
  return Array.isArray(values) ? values.filter((value): value is string => typeof value === 'string') : [];
}

function* errorBodySchemas(spec: JsonObject, response: JsonObject): Generator<{ name: string; schema: unknown }> {
  const content = isJsonObject(response['content']) ? response['content'] : {};
  for (const media of Object.values(content)) {
    if (!isJsonObject(media)) continue;
    const schema = media['schema'];
    const resolved = derefNode(spec, schema);
    if (!isJsonObject(resolved)) continue;
    const alternatives = resolved['oneOf'] ?? resolved['anyOf'];
    for (const alternative of Array.isArray(alternatives) ? alternatives : [schema]) {
      const name = errorNameOf(spec, alternative);
      if (name !== undefined) yield { name, schema: alternative };
    }
  }
}

function errorNameOf(spec: JsonObject, schema: unknown): string | undefined {
  const resolved = derefNode(spec, schema);
  if (isJsonObject(resolved) && typeof resolved['x-aws-error'] === 'string') return resolved['x-aws-error'];
  const ref = isJsonObject(schema) ? schema['$ref'] : undefined;
  return typeof ref === 'string' ? ref.split('/').at(-1) : undefined;
}
