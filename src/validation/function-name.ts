import { boundedMemo, validationMemoLimits } from './bounded-memo.js';

// Reads the forms of AWS's NamespacedFunctionName: a name, a partial ARN or a full ARN, each with an
// optional `:qualifier`. The grammar mirrors the published pattern, with named groups.
const region = String.raw`(?:eusc-)?[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d`;
const account = String.raw`\d{12}`;
const name = String.raw`[a-zA-Z0-9\-_.]+`;
const qualifier = String.raw`\$LATEST(?:\.PUBLISHED)?|[a-zA-Z0-9\-_]+`;

const fullArn = new RegExp(
  String.raw`^arn:(?<partition>aws[a-zA-Z-]*)?:lambda:(?<region>${region}):(?<account>${account}):(?:function:)?(?<name>${name})(?::(?<qualifier>${qualifier}))?$`,
  'u',
);
const partialArn = new RegExp(
  String.raw`^(?:(?<region>${region}):)?(?:(?<account>${account}):)?(?<function>function:)?(?<name>${name})(?::(?<qualifier>${qualifier}))?$`,
  'u',
);

/** A whole region name as function names and ARNs spell it (`us-east-1`, `us-gov-west-1`, `eusc-de-east-1`). */
export const regionNamePattern = `^${region}$`;
/** A whole account id: twelve digits. */
export const accountIdPattern = `^${account}$`;
const accountId = new RegExp(accountIdPattern);

export function isAccountId(value: unknown): value is string {
  return typeof value === 'string' && accountId.test(value);
}

export interface ParsedFunctionName {
  /** `name` (plain, or `name:qualifier`), `partial-arn` (account and/or region before the name) or `arn`. */
  form: 'name' | 'partial-arn' | 'arn';
  /** The function's own name, at most 64 characters for a function that can exist. */
  name: string;
  /** The qualifier suffix, when the value carries one (AWS calls it the derived qualifier). */
  qualifier?: string;
  region?: string;
  accountId?: string;
  partition?: string;
}

/**
 * Parses a FunctionName value; undefined when it is none of the forms AWS accepts. The answer is
 * frozen: it is remembered and shared by every later call with the same value.
 */
export const parseFunctionName: (value: string) => Readonly<ParsedFunctionName> | undefined = boundedMemo((value) => {
  const parsed = parseUncached(value);
  return parsed && Object.freeze(parsed);
}, validationMemoLimits);

function parseUncached(value: string): ParsedFunctionName | undefined {
  const arn = fullArn.exec(value)?.groups;
  if (arn) return withParts({ form: 'arn', name: arn['name']!, partition: arn['partition'] ?? '' }, arn);
  const partial = partialArn.exec(value)?.groups;
  if (!partial) return undefined;
  const isPartialArn = partial['region'] !== undefined || partial['account'] !== undefined || partial['function'] !== undefined;
  return withParts({ form: isPartialArn ? 'partial-arn' : 'name', name: partial['name']! }, partial);
}

/** Adds the optional parts that matched; absent ones stay absent rather than undefined. */
function withParts(parsed: ParsedFunctionName, groups: Record<string, string | undefined>): ParsedFunctionName {
  if (groups['qualifier'] !== undefined) parsed.qualifier = groups['qualifier'];
  if (groups['region'] !== undefined) parsed.region = groups['region'];
  if (groups['account'] !== undefined) parsed.accountId = groups['account'];
  return parsed;
}
