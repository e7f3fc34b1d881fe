import { failed, ok, type Result } from '../spec/result.js';
import {
  answeredQualifier,
  functionNotFoundError,
  parseFunctionName,
  unreachableRegionError,
  type AwsErrorNamed,
  type OperationId,
  type ParsedFunctionName,
} from '../validation/index.js';
import type { CallerScope } from './caller-scope.js';
import { functionArn, partitionOfRegion } from './function-arn.js';
import type { FunctionStore, StoredFunction } from './function-store.js';

/** The function version a request acts on. */
export interface ResolvedTarget {
  fn: StoredFunction;
  /** `$LATEST` or a published version number: the key of the config. */
  version: string;
  /** The qualifier the answer's FunctionArn carries; undefined for an unqualified ARN. */
  arnQualifier: string | undefined;
}

/**
 * Finds the function version a (validated) request names, in the caller's account (the store) and
 * region. A name form that gives a region other than the caller's is refused as Lambda refuses it
 * (404 `Functions from 'eu-west-1' are not reachable in this region ('us-east-1')`); one that gives
 * another partition or account names a function that does not exist for this caller (404
 * `Function not found: <that ARN>`: the simulator grants no cross-account access). A plain name or a
 * partial ARN without region means the caller's region, and a function of another region is not
 * found by it. The qualifier is the Qualifier parameter, else the name's `:suffix`, else `$LATEST`;
 * an alias resolves to its version, `$LATEST.PUBLISHED` to the highest published one.
 */
export function resolveFunction(
  store: FunctionStore,
  caller: CallerScope,
  operation: OperationId,
  functionName: string,
  qualifier: string | undefined,
): Result<ResolvedTarget, AwsErrorNamed<'ResourceNotFoundException'>> {
  const parsed = parseFunctionName(functionName) ?? unparsed(functionName);
  if (parsed.region !== undefined && parsed.region !== caller.region) return failed(unreachableRegionError(parsed.region, caller.region));
  const fn = store.get(parsed.name);
  if (fn === undefined || !isAt(fn, parsed, caller)) return failed(functionNotFoundError(namedArn(parsed, caller)));

  const named = qualifier ?? parsed.qualifier;
  const version = named === undefined ? '$LATEST' : versionOf(fn, named);
  if (version === undefined) return failed(functionNotFoundError(functionArn(fn, named)));
  const answered = answeredQualifier(operation, named);
  const arnQualifier = answered.carries === 'named' ? answered.qualifier : answered.carries === 'resolved-version' ? version : undefined;
  return ok({ fn, version, arnQualifier });
}

/** The unqualified ARN a FunctionName value names for this caller, whether or not that function exists. */
export function namedFunctionArn(caller: CallerScope, functionName: string): string {
  return namedArn(parseFunctionName(functionName) ?? unparsed(functionName), caller);
}

/** The version a qualifier names on `fn`, or undefined when it names none. */
export function versionOf(fn: StoredFunction, qualifier: string): string | undefined {
  if (qualifier === '$LATEST') return qualifier;
  if (qualifier === '$LATEST.PUBLISHED') return fn.versions.at(-1);
  if (fn.configs.has(qualifier)) return qualifier;
  return fn.aliases.get(qualifier);
}

type NamedParts = Pick<ParsedFunctionName, 'name' | 'partition' | 'region' | 'accountId'>;

/** Whether the function is in the caller's region and the name's partition and account (if given) are its own. */
function isAt(fn: StoredFunction, parsed: NamedParts, caller: CallerScope): boolean {
  return (
    fn.region === caller.region &&
    (parsed.partition === undefined || parsed.partition === fn.partition) &&
    (parsed.accountId === undefined || parsed.accountId === fn.accountId)
  );
}

/** The parts the name gives, completed from the caller's region and account. */
function namedArn(parsed: NamedParts, caller: CallerScope): string {
  const region = parsed.region ?? caller.region;
  return functionArn({
    partition: parsed.partition ?? partitionOfRegion(region),
    region,
    accountId: parsed.accountId ?? caller.accountId,
    name: parsed.name,
  });
}

/** Validation refuses names that do not parse; should one get here, it is taken as a plain name. */
function unparsed(functionName: string): ParsedFunctionName {
  return { form: 'name', name: functionName };
}
