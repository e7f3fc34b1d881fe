// The documented shapes a set of pacts should exercise, per operation, derived from the spec: every
// documented error (status and AWS name), every success variant (named 200 example), and every
// request variant (each value of an enum body member, each documented FunctionName form, an
// optional query member given and absent).
import { specFacts } from '../generated/spec-facts.js';
import { operationIds, type MemberName, type OperationId } from '../validation/index.js';
import { functionNameForm, type InteractionShape } from './interaction-shape.js';
import { successExamples } from '../contracts/spec-examples.js';
import { parameterExamples } from '../contracts/spec-document.js';
import { describeSignature, successSignature } from '../contracts/success-variant.js';

export type CoverageItemKind = 'response' | 'request';

export interface CoverageItem {
  /** Unique within the operation, e.g. `400 ValidationException`, `200 Manual`, `UpdateRuntimeOn=Auto`. */
  id: string;
  operation: OperationId;
  kind: CoverageItemKind;
  /** What it is, in words. */
  label: string;
  /** Whether an interaction exercises it. */
  exercisedBy(shape: InteractionShape): boolean;
}

export function documentedItems(operations: readonly OperationId[] = operationIds): CoverageItem[] {
  return operations.flatMap((operation) => [...responseItems(operation), ...requestItems(operation)]);
}

function responseItems(operation: OperationId): CoverageItem[] {
  const items: CoverageItem[] = successExamples(operation).map((example) => ({
    id: `200 ${example.name}`,
    operation,
    kind: 'response',
    label: `success: ${describeSignature(successSignature(example.value))}`,
    exercisedBy: (shape) => shape.operation === operation && shape.status === '200' && shape.successVariant === example.name,
  }));
  for (const response of specFacts.operations[operation].responses) {
    for (const error of response.errors as readonly string[]) {
      items.push({
        id: `${response.status} ${error}`,
        operation,
        kind: 'response',
        label: `error ${error} (HTTP ${response.status})`,
        exercisedBy: (shape) => shape.operation === operation && shape.status === response.status && shape.error === error,
      });
    }
  }
  return items;
}

function requestItems(operation: OperationId): CoverageItem[] {
  const members = specFacts.operations[operation].members.map((name: MemberName) => specFacts.members[name]);
  const items: CoverageItem[] = [];
  for (const member of members) {
    if (member.location === 'body' && 'enum' in member) {
      for (const value of member.enum) {
        items.push({
          id: `${member.name}=${value}`,
          operation,
          kind: 'request',
          label: `body member ${member.name} set to ${value}`,
          exercisedBy: (shape) => shape.operation === operation && bodyMember(shape.requestBody, member.name) === value,
        });
      }
    }
    if (member.location === 'path') {
      const seen = new Set<string>();
      for (const example of parameterExamples(operation, member.name)) {
        const form = functionNameForm(example.value);
        if (form === undefined || seen.has(form)) continue;
        seen.add(form);
        items.push({
          id: `${member.name} as ${form}`,
          operation,
          kind: 'request',
          label: `${member.name}: ${example.summary.charAt(0).toLowerCase()}${example.summary.slice(1)} (e.g. ${example.value})`,
          exercisedBy: (shape) => shape.operation === operation && functionNameForm(shape.functionName) === form,
        });
      }
    }
    if (member.location === 'query' && !member.required) {
      for (const given of [true, false]) {
        items.push({
          id: `${member.name} ${given ? 'given' : 'absent'}`,
          operation,
          kind: 'request',
          label: given ? `query parameter ${member.name} given` : `query parameter ${member.name} absent`,
          exercisedBy: (shape) => shape.operation === operation && (shape.query[member.name] !== undefined) === given,
        });
      }
    }
  }
  return items;
}

function bodyMember(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
}
