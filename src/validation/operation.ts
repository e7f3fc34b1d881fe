import { specFacts } from '../generated/spec-facts.js';

export type OperationId = keyof typeof specFacts.operations;
export type MemberName = keyof typeof specFacts.members;

export const operationIds = Object.keys(specFacts.operations) as OperationId[];

export function isOperationId(value: unknown): value is OperationId {
  return typeof value === 'string' && Object.hasOwn(specFacts.operations, value);
}

/** Whether the operation takes a JSON request body (Put does; Get does not, and any body sent to it is not read). */
export function hasRequestBody(operation: OperationId): boolean {
  return specFacts.operations[operation].hasRequestBody;
}

/** What the spec documents of one response of an operation: its errors, headers and named examples. */
export type DocumentedResponse = (typeof specFacts.operations)[OperationId]['responses'][number];

/** The operation's documented response for `status` ('200', 409, …); undefined when the spec documents none. */
export function documentedResponse(operation: OperationId, status: number | string): DocumentedResponse | undefined {
  const wanted = String(status);
  return specFacts.operations[operation].responses.find((response) => response.status === wanted);
}

/** The HTTP statuses the spec documents for the operation, e.g. ['200', '400', '404', '429', '500'] for Get. */
export function documentedStatuses(operation: OperationId): readonly string[] {
  return specFacts.operations[operation].responses.map((response) => response.status);
}

/** Whether the spec documents `status` for the operation (Get documents no 409). */
export function documentsStatus(operation: OperationId, status: number | string): boolean {
  return documentedStatuses(operation).includes(String(status));
}

/** Whether the operation's documented responses include the error (Get never answers ResourceConflictException). */
export function documentsError(operation: OperationId, error: string): boolean {
  return specFacts.operations[operation].responses.some((response) => (response.errors as readonly string[]).includes(error));
}

/** The operations that document `status`, in the spec's order (409: only PutRuntimeManagementConfig). */
export function operationsDocumenting(status: number | string): OperationId[] {
  return operationIds.filter((operation) => documentsStatus(operation, status));
}
