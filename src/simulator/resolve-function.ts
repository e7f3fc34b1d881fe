import { awsError, parseFunctionName, type AwsErrorNamed, type OperationId, type ParsedFunctionName } from '../validation/index.js';
import { functionArn, partitionOfRegion } from './function-arn.js';
import type { FunctionStore, StoredFunction } from './function-store.js';
import { defaultAccountId, defaultRegion } from './simulator-options.js';

/** The function version a request acts on. */
export interface ResolvedTarget {
  fn: StoredFunction;
  /** `$LATEST` or a published version number: the key of the config. */
  version: string;
  /** The qualifier the answer's FunctionArn carries; undefined for an unqualified ARN. */
  arnQualifier: string | undefined;
}

/**
 * Finds the function version a (validated) request names. Any name form works; a full or partial
 * ARN must name the function's own partition, region and account, else it names a function that
 * does not exist here. The qualifier is the Qualifier parameter, else the name's `:suffix`, else
 * `$LATEST`; an alias resolves to its version, `$LATEST.PUBLISHED` to the highest published one.
 */
export function resolveFunction(
  store: FunctionStore,
  operation: OperationId,
  functionName: string,
  qualifier: string | undefined,
): ResolvedTarget | AwsErrorNamed<'ResourceNotFoundException'> {
  const parsed = parseFunctionName(functionName) ?? unparsed(functionName);
  const fn = store.get(parsed.name);
  if (fn === undefined || !isAt(fn, parsed)) return notFound(unqualifiedArn(parsed, fn));

  const named = qualifier ?? parsed.qualifier;
  const version = named === undefined ? '$LATEST' : versionOf(fn, named);
  if (version === undefined) return notFound(functionArn(fn, named));
  // Put's FunctionArn shape has no `$LATEST.PUBLISHED`: Put answers with the version it resolved to.
  const arnQualifier = operation === 'PutRuntimeManagementConfig' && named === '$LATEST.PUBLISHED' ? version : named;
  return { fn, version, arnQualifier };
}

/** The unqualified ARN a FunctionName value names, whether or not that function exists here. */
export function namedFunctionArn(store: FunctionStore, functionName: string): string {
  const parsed = parseFunctionName(functionName) ?? unparsed(functionName);
  return unqualifiedArn(parsed, store.get(parsed.name));
}

/** The version a qualifier names on `fn`, or undefined when it names none. */
export function versionOf(fn: StoredFunction, qualifier: string): string | undefined {
  if (qualifier === '$LATEST') return qualifier;
  if (qualifier === '$LATEST.PUBLISHED') return fn.versions.at(-1);
  if (fn.configs.has(qualifier)) return qualifier;
  return fn.aliases.get(qualifier);
}

type NamedParts = Pick<ParsedFunctionName, 'name' | 'partition' | 'region' | 'accountId'>;

/** Whether the partition, region and account the name gives (if any) are the function's own. */
function isAt(fn: StoredFunction, parsed: NamedParts): boolean {
  return (
    (parsed.partition === undefined || parsed.partition === fn.partition) &&
    (parsed.region === undefined || parsed.region === fn.region) &&
    (parsed.accountId === undefined || parsed.accountId === fn.accountId)
  );
}

/** The parts the name gives, completed from the function (when it exists) or the defaults. */
function unqualifiedArn(parsed: NamedParts, fn: StoredFunction | undefined): string {
  const region = parsed.region ?? fn?.region ?? defaultRegion;
  return functionArn({
    partition: parsed.partition ?? partitionOfRegion(region),
    region,
    accountId: parsed.accountId ?? fn?.accountId ?? defaultAccountId,
    name: parsed.name,
  });
}

/** Validation refuses names that do not parse; should one get here, it is taken as a plain name. */
function unparsed(functionName: string): ParsedFunctionName {
  return { form: 'name', name: functionName };
}

function notFound(arn: string): AwsErrorNamed<'ResourceNotFoundException'> {
  return awsError('ResourceNotFoundException', `Function not found: ${arn}`);
}
