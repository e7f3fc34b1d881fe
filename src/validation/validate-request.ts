import { specFacts } from '../generated/spec-facts.js';
import { failed, ok, type Result } from '../spec/result.js';
import { awsError, type AwsError } from './aws-error.js';
import { boundedMemo, validationMemoLimits } from './bounded-memo.js';
import { requestBodyValidator, requestMemberValidator, type CompiledValidationError, type CompiledValidator } from './compiled-validators.js';
import { sortViolations, validationErrorMessage, type ConstraintViolation } from './constraint-violation.js';
import { parseFunctionName } from './function-name.js';
import { hasRequestBody, operationIds, type MemberName, type OperationId } from './operation.js';
import { isJsonObject } from '../spec/json-object.js';

/** A request as it arrives: path and query members already percent-decoded, the body already JSON-parsed. */
export interface RuntimeManagementRequest {
  operation: OperationId;
  /** The FunctionName path segment, decoded; undefined when the request has none. */
  functionName: string | undefined;
  /** The Qualifier query parameter, decoded; undefined when absent. */
  qualifier?: string | undefined;
  /** Put only: the parsed JSON body; undefined when the request had no body. */
  body?: unknown;
}

type StringMember = (typeof specFacts.members)[MemberName];

/** The published pattern, anchored: what AWS itself checks (the spec's own pattern also bounds the name to 64). */
const publishedPatterns = new Map<string, RegExp>(
  Object.values(specFacts.members).flatMap((member) => ('awsPattern' in member ? [[member.name, new RegExp(`^(?:${member.awsPattern})$`, 'u')] as const] : [])),
);

/** What each operation checks, worked out once: validation runs on every simulator request. */
const plans = Object.fromEntries(
  operationIds.map((operation) => {
    const members: readonly MemberName[] = specFacts.operations[operation].members;
    const hasBody = hasRequestBody(operation);
    return [
      operation,
      {
        hasBody,
        bodyValidator: hasBody ? requestBodyValidator(operation) : undefined,
        memberPaths: members.map((member) => specFacts.members[member].memberPath),
      },
    ];
  }),
) as Record<OperationId, { hasBody: boolean; bodyValidator: CompiledValidator | undefined; memberPaths: string[] }>;

/** What the model constraints say of one path or query value. */
interface UriMemberCheck {
  violations: readonly ConstraintViolation[];
  /** The value breaks only the spec's 64-character bound on the name: InvalidParameterValueException, not a violation. */
  nameTooLong: boolean;
}

const passedCheck: UriMemberCheck = { violations: [], nameTooLong: false };

// The checks of a value are remembered per value (traffic repeats the same few names); shared, so read-only.
const uriMembers = [specFacts.members.FunctionName, specFacts.members.Qualifier].map((member) => {
  const validate = requestMemberValidator(member.name);
  return {
    member,
    check: boundedMemo((value) => checkUriMember(member as StringMember, validate, value), validationMemoLimits),
  };
});

function checkUriMember(member: StringMember, validate: CompiledValidator, value: string): UriMemberCheck {
  if (validate(value)) return passedCheck;
  const violations: ConstraintViolation[] = [];
  let nameTooLong = false;
  for (const error of validate.errors ?? []) {
    const violation = violationOf(member, value, error);
    if (violation) violations.push(violation);
    else if (error.keyword === 'pattern' && 'nameMaxLength' in member) nameTooLong = true;
  }
  return { violations, nameTooLong };
}

export const derivedQualifierMismatchMessage = 'The derived qualifier from the function name does not match the specified qualifier.';
export const manualWithoutRuntimeVersionMessage = 'RuntimeVersionArn is required when UpdateRuntimeOn is Manual.';
export const runtimeVersionWithoutManualMessage = 'RuntimeVersionArn can only be specified when UpdateRuntimeOn is Manual.';

/**
 * Checks a request as Lambda does, in Lambda's order: the body must be a JSON object of the right
 * member types (SerializationException); then every model constraint (one ValidationException
 * listing all violations); then the semantic rules (InvalidParameterValueException).
 * Returns undefined for a request Lambda would go on to execute.
 */
export function validateRequest(request: RuntimeManagementRequest): AwsError | undefined {
  const plan = plans[request.operation];
  const violations: ConstraintViolation[] = [];
  let nameTooLong = false;

  let body: Record<string, unknown> = {};
  if (plan.hasBody) {
    const parsed = parseBody(request.body);
    if (!parsed.ok) return parsed.error;
    body = parsed.value;
  }

  for (const { member, check } of uriMembers) {
    const value = member.location === 'path' ? request.functionName : request.qualifier;
    if (value === undefined) {
      if (member.required) violations.push({ kind: 'notNull', member: member.memberPath });
      continue;
    }
    const checked = check(value);
    if (checked.violations.length > 0) violations.push(...checked.violations);
    if (checked.nameTooLong) nameTooLong = true;
  }

  const validateBody = plan.bodyValidator;
  if (validateBody && !validateBody(body)) {
    for (const error of validateBody.errors ?? []) {
      const memberName = error.keyword === 'required' ? String(error.params['missingProperty']) : error.instancePath.slice(1);
      const member = (specFacts.members as Record<string, StringMember>)[memberName];
      if (!member) continue;
      if (error.keyword === 'required') violations.push({ kind: 'notNull', member: member.memberPath });
      else {
        const violation = violationOf(member, String(body[memberName]), error);
        if (violation) violations.push(violation);
      }
    }
  }

  if (violations.length > 0) {
    return awsError('ValidationException', validationErrorMessage(sortViolations(dedupe(violations), plan.memberPaths)));
  }
  return semanticError(request, body, nameTooLong);
}

/** AWS's semantic checks, made once the model constraints hold. */
function semanticError(request: RuntimeManagementRequest, body: Record<string, unknown>, nameTooLong: boolean): AwsError | undefined {
  const functionName = request.functionName ?? '';
  const parsed = parseFunctionName(functionName);
  const nameMaxLength = specFacts.members.FunctionName.nameMaxLength;
  if (nameTooLong || (parsed && parsed.name.length > nameMaxLength)) {
    return awsError(
      'InvalidParameterValueException',
      validationErrorMessage([{ kind: 'maxLength', member: specFacts.members.FunctionName.memberPath, value: functionName, limit: nameMaxLength }]),
    );
  }
  if (parsed?.qualifier !== undefined && request.qualifier !== undefined && parsed.qualifier !== request.qualifier) {
    return awsError('InvalidParameterValueException', derivedQualifierMismatchMessage);
  }
  if (plans[request.operation].hasBody) {
    // The mode rules (the README's table of choices): RuntimeVersionArn with Manual, and only with it.
    const manual = body['UpdateRuntimeOn'] === 'Manual';
    const hasRuntimeVersion = body['RuntimeVersionArn'] !== undefined;
    if (manual && !hasRuntimeVersion) return awsError('InvalidParameterValueException', manualWithoutRuntimeVersionMessage);
    if (!manual && hasRuntimeVersion) return awsError('InvalidParameterValueException', runtimeVersionWithoutManualMessage);
  }
  return undefined;
}

/** The body as an object of known members; JSON null members count as absent, as in AWS's deserializer. */
function parseBody(raw: unknown): Result<Record<string, unknown>, AwsError> {
  if (raw === undefined) return ok({});
  if (!isJsonObject(raw)) {
    return failed(awsError('SerializationException', `Expected a JSON object as the request body, got ${jsonTypeOf(raw)}.`));
  }
  const body: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) {
    const value = (raw as Record<string, unknown>)[key];
    if (value === null || !Object.hasOwn(specFacts.members, key)) continue; // unknown members are ignored
    const member = specFacts.members[key as MemberName];
    if (member.location !== 'body') continue;
    if (typeof value !== 'string') {
      return failed(awsError('SerializationException', `Expected a string for member '${key}', got ${jsonTypeOf(value)}.`));
    }
    body[key] = value;
  }
  return ok(body);
}

function violationOf(member: StringMember, value: string, error: CompiledValidationError): ConstraintViolation | undefined {
  switch (error.keyword) {
    case 'enum':
      return { kind: 'enum', member: member.memberPath, value, allowed: 'enum' in member ? member.enum : [] };
    case 'minLength':
    case 'maxLength':
      return { kind: error.keyword, member: member.memberPath, value, limit: Number(error.params['limit']) };
    case 'pattern': {
      if (!('awsPattern' in member)) return undefined;
      // The spec's pattern also bounds the function name to 64; AWS's own pattern does not, and
      // answers that case with InvalidParameterValueException (see semanticError).
      if (publishedPatterns.get(member.name)?.test(value)) return undefined;
      return { kind: 'pattern', member: member.memberPath, value, pattern: member.awsPattern };
    }
    default:
      return undefined;
  }
}

function dedupe(violations: ConstraintViolation[]): ConstraintViolation[] {
  const seen = new Set<string>();
  return violations.filter((violation) => {
    const key = `${violation.member}:${violation.kind}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
