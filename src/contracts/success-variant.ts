// The documented success variants of an operation are the named examples of its 200 response. Two
// 200 bodies are the same variant when they agree on what the examples vary in: the mode, whether a
// runtime version is pinned, and what kind of qualifier the FunctionArn carries.
import { parseFunctionName, type OperationId } from '../validation/index.js';
import { successExamples } from './spec-examples.js';

export type QualifierKind = 'unqualified' | '$LATEST' | '$LATEST.PUBLISHED' | 'version' | 'alias';

export interface SuccessSignature {
  updateRuntimeOn: string | undefined;
  runtimeVersionArn: 'set' | 'null';
  functionArn: QualifierKind;
}

export function qualifierKind(qualifier: string | undefined): QualifierKind {
  if (qualifier === undefined) return 'unqualified';
  if (qualifier === '$LATEST' || qualifier === '$LATEST.PUBLISHED') return qualifier;
  return /^\d+$/.test(qualifier) ? 'version' : 'alias';
}

export function successSignature(body: unknown): SuccessSignature {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const mode = record['UpdateRuntimeOn'];
  const arn = record['FunctionArn'];
  return {
    updateRuntimeOn: typeof mode === 'string' ? mode : undefined,
    runtimeVersionArn: typeof record['RuntimeVersionArn'] === 'string' ? 'set' : 'null',
    functionArn: qualifierKind(typeof arn === 'string' ? parseFunctionName(arn)?.qualifier : undefined),
  };
}

export function describeSignature(signature: SuccessSignature): string {
  const arn = signature.functionArn === 'unqualified' ? 'unqualified FunctionArn' : `FunctionArn qualified by ${signature.functionArn}`;
  return `UpdateRuntimeOn ${signature.updateRuntimeOn ?? '(absent)'}, RuntimeVersionArn ${signature.runtimeVersionArn}, ${arn}`;
}

const sameSignature = (a: SuccessSignature, b: SuccessSignature) =>
  a.updateRuntimeOn === b.updateRuntimeOn && a.runtimeVersionArn === b.runtimeVersionArn && a.functionArn === b.functionArn;

/** The name of the operation's documented 200 example this signature is; undefined when none is. */
export function successVariantOf(operation: OperationId, signature: SuccessSignature): string | undefined {
  return successExamples(operation).find((example) => sameSignature(successSignature(example.value), signature))?.name;
}
