// Typed access to the spec's named examples, as the generated spec facts list them.
import { specFacts } from '../generated/spec-facts.js';
import { documentedResponse, type AwsErrorName, type OperationId } from '../validation/index.js';
import type { CatalogRequestBody } from './catalog-entry.js';

type ResponseFacts<O extends OperationId> = (typeof specFacts.operations)[O]['responses'][number];

/** A status the spec documents for the operation, e.g. '200' or '409' (Put only). */
export type DocumentedStatus<O extends OperationId> = ResponseFacts<O>['status'];

/** The name of a named example of one documented response, e.g. 'Manual' or 'ResourceNotFoundException'. */
export type ResponseExampleName<O extends OperationId, S extends DocumentedStatus<O>> = Extract<ResponseFacts<O>, { status: S }>['examples'][number]['name'];

/** The name of a named request-body example of Put ('Auto', 'FunctionUpdate', 'Manual'). */
export type RequestExampleName = (typeof specFacts.operations.PutRuntimeManagementConfig.requestExamples)[number]['name'];

export interface ResponseExample {
  operation: OperationId;
  status: string;
  name: string;
  /** The AWS error the example shows; undefined for a success. */
  error: AwsErrorName | undefined;
  value: unknown;
}

export function responseExample<O extends OperationId, S extends DocumentedStatus<O>>(
  operation: O,
  status: S,
  name: ResponseExampleName<O, S>,
): ResponseExample {
  const example = documentedResponse(operation, status)?.examples.find((candidate) => candidate.name === name);
  if (!example) throw new Error(`the spec has no example '${name}' of ${operation} ${status}`);
  return { operation, status, name, error: example.error ?? undefined, value: structuredClone(example.value) };
}

export function requestBodyExample(name: RequestExampleName): CatalogRequestBody {
  const example = specFacts.operations.PutRuntimeManagementConfig.requestExamples.find((candidate) => candidate.name === name);
  if (!example) throw new Error(`the spec has no request example '${name}'`);
  return { ...example.value };
}

/** Every named example of the operation's 200 response: the success variants the spec documents. */
export function successExamples(operation: OperationId): ResponseExample[] {
  return (documentedResponse(operation, '200')?.examples ?? []).map((example) => ({
    operation,
    status: '200',
    name: example.name,
    error: undefined,
    value: structuredClone(example.value),
  }));
}

/** The named examples of one error response status, with the error each shows. */
export function errorExamples(operation: OperationId, status: string): ResponseExample[] {
  return (documentedResponse(operation, status)?.examples ?? []).map((example) => ({
    operation,
    status,
    name: example.name,
    error: example.error ?? undefined,
    value: structuredClone(example.value),
  }));
}
