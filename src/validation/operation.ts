import { specFacts } from '../generated/spec-facts.js';

export type OperationId = keyof typeof specFacts.operations;
export type MemberName = keyof typeof specFacts.members;

export const operationIds = Object.keys(specFacts.operations) as OperationId[];

export function isOperationId(value: unknown): value is OperationId {
  return typeof value === 'string' && Object.hasOwn(specFacts.operations, value);
}
