import { specFacts } from '../generated/spec-facts.js';
import type { OperationId } from './operation.js';

/**
 * Which qualifier the FunctionArn of a 200 carries (the README's table of choices, AWS unconfirmed):
 * - `none`: the request named no qualifier, so the ARN is unqualified;
 * - `named`: the one the request named (in `Qualifier` or as a `name:qualifier` suffix);
 * - `resolved-version`: the operation's FunctionArn shape cannot hold the named qualifier (Put's
 *   cannot hold `$LATEST.PUBLISHED`), so the answer carries the version number it resolved to.
 */
export type AnsweredQualifier = { carries: 'none' } | { carries: 'named'; qualifier: string } | { carries: 'resolved-version' };

// Each operation's 200 FunctionArn pattern, from the spec facts: what decides whether a qualifier fits the answer.
const answerArnPatterns = new Map<OperationId, RegExp | undefined>(
  (Object.keys(specFacts.operations) as OperationId[]).map((operation) => {
    const schema: { pattern?: string } = specFacts.operations[operation].successMembers.FunctionArn;
    return [operation, schema.pattern === undefined ? undefined : new RegExp(schema.pattern, 'u')];
  }),
);

/** Whether the operation's 200 FunctionArn shape can carry `qualifier` (a version or alias always fits). */
function answerArnHolds(operation: OperationId, qualifier: string): boolean {
  const pattern = answerArnPatterns.get(operation);
  return pattern === undefined || pattern.test(`arn:aws:lambda:us-east-1:123456789012:function:f:${qualifier}`);
}

const unqualified: AnsweredQualifier = Object.freeze({ carries: 'none' });
const resolvedVersion: AnsweredQualifier = Object.freeze({ carries: 'resolved-version' });

/** `named` is the qualifier the request named: its Qualifier parameter, else the FunctionName's `:suffix`. */
export function answeredQualifier(operation: OperationId, named: string | undefined): AnsweredQualifier {
  if (named === undefined) return unqualified;
  return answerArnHolds(operation, named) ? { carries: 'named', qualifier: named } : resolvedVersion;
}
