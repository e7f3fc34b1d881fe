// Whether the FunctionArn of a 200 is the one Lambda answers to the request that was sent. The
// ARN names the function the request named (its name, and its region, account and partition when
// the request gave them) and carries the qualifier the request named — in `Qualifier` or as a
// `name:qualifier` suffix — or none (the project's documented choice). Put's FunctionArn shape
// cannot hold `$LATEST.PUBLISHED`, so a Put on it answers with the version number it resolved to.
import { parseFunctionName, type OperationId } from '../validation/index.js';

export interface ArnRequest {
  operation: OperationId;
  functionName: string;
  qualifier?: string | undefined;
}

/** Why `arn` is not what Lambda answers to `request`; undefined when it is (or when the spec's own check reports it). */
export function functionArnProblem(request: ArnRequest, arn: unknown): string | undefined {
  if (typeof arn !== 'string') return undefined;
  const asked = parseFunctionName(request.functionName);
  const answered = parseFunctionName(arn);
  if (!asked || !answered || answered.form !== 'arn') return undefined;
  if (answered.name !== asked.name) return `names function '${answered.name}', but the request named '${asked.name}'`;
  for (const [part, label] of [['region', 'region'], ['accountId', 'account'], ['partition', 'partition']] as const) {
    const want = asked[part];
    if (want !== undefined && want !== '' && answered[part] !== want) return `is in ${label} '${answered[part] ?? ''}', but the request named ${label} '${want}'`;
  }
  const qualifier = request.qualifier ?? asked.qualifier;
  if (qualifier === undefined) {
    return answered.qualifier === undefined ? undefined : `carries the qualifier '${answered.qualifier}', but the request named none, so Lambda answers the unqualified ARN`;
  }
  if (request.operation === 'PutRuntimeManagementConfig' && qualifier === '$LATEST.PUBLISHED') {
    return answered.qualifier !== undefined && /^\d+$/.test(answered.qualifier)
      ? undefined
      : `must carry the version number $LATEST.PUBLISHED resolved to (Put's FunctionArn cannot hold $LATEST.PUBLISHED), not '${answered.qualifier ?? '(none)'}'`;
  }
  if (answered.qualifier === undefined) return `is unqualified, but the request named the qualifier '${qualifier}', which Lambda's answer carries`;
  return answered.qualifier === qualifier ? undefined : `carries the qualifier '${answered.qualifier}', but the request named '${qualifier}'`;
}
