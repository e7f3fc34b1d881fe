// The response half of `lambda-rmc verify`: is the recorded response one Lambda could give to the
// recorded request? Every check of shape goes through the validation layer (`validateResponse`,
// `awsErrorBody`); what is added here is what one response cannot tell alone: which answers the
// request allows.
// - A request Lambda refuses must expect that refusal: its status, its error name, its body with
//   that error's member casing, and AWS's wording where the pact pins it (no matcher: equal; a
//   regex: admits AWS's wording).
// - A request Lambda executes may expect a documented 200 (whose FunctionArn fits the request) or a
//   documented error of the operation, except ValidationException (the request breaks no
//   constraint) and an InvalidParameterValueException worded for a rule the request keeps.
// - Headers a pact leaves out are not expected (Pact's own rule), except `x-amzn-ErrorType` on an
//   error when the pact records other headers, and `Retry-After` on a 429: the consumer's handling
//   of them is what the contract is for.
import { specFacts } from '../generated/spec-facts.js';
import {
  awsErrorBody,
  derivedQualifierMismatchMessage,
  manualWithoutRuntimeVersionMessage,
  runtimeVersionWithoutManualMessage,
  validateResponse,
  type AwsError,
  type OperationId,
  type ResponseViolation,
  type RuntimeManagementRequest,
} from '../validation/index.js';
import { joinedHeaders, type PactHttpInteraction } from '../pacts/index.js';
import { functionArnProblem } from './verify-function-arn.js';
import { refusedFields } from './verify-request.js';
import { bodyField, locate, matchingRulesOf, replaceAt, type MatchingRule, type PactMatcher } from './verify-matching-rules.js';
import { compilePactRegex, regexWidth } from './verify-regex-width.js';
import type { VerifyProblem } from './verify-report.js';
import { isJsonObject } from '../spec/json-object.js';

const err = (field: string, problem: string): VerifyProblem => ({ level: 'ERR', field: `response.${field}`, problem });
const warn = (field: string, problem: string): VerifyProblem => ({ level: 'WARN', field: `response.${field}`, problem });

/** Messages of semantic rules whose wording AWS's is known; a request that keeps the rule never gets them. */
const ruleMessages = [derivedQualifierMismatchMessage, manualWithoutRuntimeVersionMessage, runtimeVersionWithoutManualMessage];
const constraintMessage = /^\d+ validation errors? detected: /;

interface Context {
  interaction: PactHttpInteraction;
  request: RuntimeManagementRequest & { functionName: string };
  rules: MatchingRule[];
  /** The recorded response headers, several values of one joined as one header line carries them. */
  headers: Record<string, string>;
  /** Whether the pact records any response header besides Content-Type. */
  recordsHeaders: boolean;
}

export function checkResponse(interaction: PactHttpInteraction, request: RuntimeManagementRequest & { functionName: string }, refusal: AwsError | undefined): VerifyProblem[] {
  const context: Context = {
    interaction,
    request,
    rules: matchingRulesOf(interaction.response.matchingRules),
    headers: joinedHeaders(interaction.response.headers),
    recordsHeaders: Object.keys(interaction.response.headers).some((name) => name !== 'content-type'),
  };
  const problems = refusal ? checkRefusal(context, refusal) : checkAnswer(context);
  const documented = specFacts.operations[request.operation].responses.some((response) => response.status === String(interaction.response.status));
  if (interaction.response.status >= 400 && documented && context.recordsHeaders && errorTypeHeader(interaction) === undefined && problems.every((problem) => problem.field !== 'response.status')) {
    problems.push(err('header x-amzn-ErrorType', 'is missing: Lambda names every error in it (the AWS SDK reads it), and this pact records other headers'));
  }
  return problems;
}

function checkRefusal(context: Context, refusal: AwsError): VerifyProblem[] {
  const { interaction } = context;
  const fields = refusedFields(refusal);
  const refusedWith = `Lambda refuses this request${fields.length > 0 ? ` (${fields.join(', ')})` : ''} with ${refusal.status} ${refusal.name}: "${refusal.message}"`;
  if (interaction.response.status !== refusal.status) return [err('status', `is ${interaction.response.status}, but ${refusedWith}`)];
  const problems: VerifyProblem[] = [];
  const errorType = errorTypeHeader(interaction);
  if (errorType !== undefined && errorType !== refusal.name) problems.push(err('header x-amzn-ErrorType', `is '${errorType}', but ${refusedWith}`));

  const documented = documentedErrors(context.request.operation, interaction.response.status).includes(refusal.name);
  const validate = validatorFor(context, documented ? refusal.name : undefined);
  // Compared with AWS's own body first: where both speak of a member, that says more (the casing AWS uses).
  const compared = interaction.response.body === undefined ? [] : compareWithAwsBody(context, refusal, refusedWith);
  problems.push(...compared);
  if (documented) problems.push(...validate(interaction.response.body, context.headers).filter((problem) => !compared.some((known) => known.field === problem.field)));
  problems.push(...checkMatchers(context, validate));
  return problems;
}

/** The pact body against the body Lambda sends for the refusal: the same members, and AWS's values where the pact pins them. */
function compareWithAwsBody(context: Context, refusal: AwsError, refusedWith: string): VerifyProblem[] {
  const body = context.interaction.response.body;
  const aws = awsErrorBody(refusal);
  if (!isJsonObject(body)) return [err('body', `is not a JSON object; ${refusedWith}`)];
  const problems: VerifyProblem[] = [];
  const members = Object.keys(aws);
  for (const [name, value] of Object.entries(body)) {
    if (!Object.hasOwn(aws, name)) {
      const spelled = members.find((member) => member.toLowerCase() === name.toLowerCase());
      problems.push(err(`body.${name}`, spelled ? `is spelled '${spelled}' in Lambda's ${refusal.name} body` : `is not a member of Lambda's ${refusal.name} body (${members.join(', ')})`));
      continue;
    }
    const expected = aws[name]!;
    const matchers = bodyMatchersAt(context.rules, name);
    const regex = matchers.find((matcher) => matcher.match === 'regex' && matcher.regex !== undefined);
    if (regex) {
      const compiled = compilePactRegex(regex.regex!);
      if (compiled.ok && !compiled.value.test(expected)) problems.push(err(`body.${name}`, `has a regex matcher that does not admit Lambda's answer '${expected}'`));
    } else if (matchers.length === 0 && value !== expected) {
      problems.push(err(`body.${name}`, `is '${String(value)}', but Lambda answers '${expected}'`));
    } else if (matchers.some((matcher) => matcher.match === 'type') && typeof value !== typeof expected) {
      problems.push(err(`body.${name}`, `is ${typeof value}, but Lambda answers a ${typeof expected}`));
    }
  }
  return problems;
}

function checkAnswer(context: Context): VerifyProblem[] {
  const { interaction, request } = context;
  const status = String(interaction.response.status);
  const documentedStatus = specFacts.operations[request.operation].responses.some((response) => response.status === status);
  if (!documentedStatus) return validatorFor(context, undefined)(interaction.response.body, context.headers);
  if (interaction.response.status < 300) {
    const validate = validatorFor(context, undefined);
    const problems = validate(interaction.response.body, context.headers);
    const arn = (interaction.response.body as Record<string, unknown> | undefined)?.['FunctionArn'];
    const arnProblem = typeof interaction.response.body === 'object' ? functionArnProblem(request, arn) : undefined;
    if (arnProblem) problems.push(err('body.FunctionArn', arnProblem));
    return [...problems, ...checkMatchers(context, validate)];
  }

  const errors = documentedErrors(request.operation, interaction.response.status);
  const named = errorTypeHeader(interaction);
  const error = named ?? fittingError(context, errors);
  const validate = validatorFor(context, error ?? errors[0]);
  const problems = validate(interaction.response.body, context.headers);
  if (named === undefined && error === undefined && errors.length > 1 && interaction.response.body !== undefined) {
    problems.push(err('body', `fits none of the errors Lambda answers ${status} with (${errors.join(', ')})`));
  }
  if (error === 'ValidationException') {
    problems.push(err(named === undefined ? 'body' : 'header x-amzn-ErrorType', 'is ValidationException, but the request breaks no constraint, so Lambda does not answer it with ValidationException'));
  }
  const message = messageOf(interaction.response.body);
  if (error === 'InvalidParameterValueException' && message !== undefined && (ruleMessages.includes(message) || constraintMessage.test(message))) {
    problems.push(err('body.message', `is '${message}', worded for a rule this request keeps, so Lambda does not answer it with that message`));
  }
  return [...problems, ...checkMatchers(context, validate)];
}

interface Validate {
  (body: unknown, headers: Record<string, string>): VerifyProblem[];
  /** The error the body is checked as (empty for a success): part of what a regex's width is remembered by. */
  readonly errorName: string;
}

/** validateResponse for this interaction, with the error named when known and the header rule above applied. */
function validatorFor(context: Context, errorName: string | undefined): Validate {
  const { operation } = context.request;
  const status = context.interaction.response.status;
  const validate = (body: unknown, headers: Record<string, string>) => {
    const observed = errorName === undefined || headers['x-amzn-errortype'] !== undefined ? headers : { ...headers, 'x-amzn-errortype': errorName };
    return validateResponse({ operation, status, headers: observed, body: body === undefined ? placeholderBody(operation, status, errorName) : body })
      .filter((violation) => expected(context, violation))
      .map((violation) => err(violation.field, violation.problem));
  };
  return Object.assign(validate, { errorName: errorName ?? '' });
}

/** A pact without a body expects none in particular: stand in a documented one so only the rest is judged. */
function placeholderBody(operation: OperationId, status: number, errorName: string | undefined): unknown {
  const examples: ReadonlyArray<{ value: unknown; error: string | null }> = specFacts.operations[operation].responses.find((response) => response.status === String(status))?.examples ?? [];
  return (examples.find((example) => example.error === (errorName ?? null)) ?? examples[0])?.value;
}

function expected(context: Context, violation: ResponseViolation): boolean {
  if (!violation.field.startsWith('header ') || violation.problem !== 'is missing') return true;
  // x-amzn-ErrorType is judged in checkResponse: the validators are told the error's name.
  return violation.field.slice('header '.length).toLowerCase() === 'retry-after' && context.interaction.response.status === 429;
}

function checkMatchers(context: Context, validate: Validate): VerifyProblem[] {
  const { interaction } = context;
  const problems: VerifyProblem[] = [];
  for (const rule of context.rules) {
    if (rule.category === 'status') {
      problems.push(warn('matchingRules.status', `a status matcher is not checked; verify judges the recorded status ${interaction.response.status}`));
      continue;
    }
    for (const matcher of rule.matchers) {
      if (matcher.match !== 'regex' || matcher.regex === undefined) continue;
      const field = `matchingRules.${rule.category} ${rule.path}`;
      const compiled = compilePactRegex(matcher.regex);
      if (!compiled.ok) {
        problems.push(warn(field, `regex /${matcher.regex}/ cannot be compiled as an ECMAScript regex (${compiled.error}); not checked`));
        continue;
      }
      const regex = compiled.value;
      if (rule.category === 'header') {
        const value = interaction.response.headers[rule.path]?.join(', ');
        if (value === undefined) continue;
        if (!regex.test(value)) problems.push(err(field, `the recorded value '${value}' does not match the matcher's own regex /${matcher.regex}/`));
        const place = `header ${rule.path}`;
        problems.push(...widthProblems(context, validate, place, field, regex, (sample) => refusal(validate(interaction.response.body, { ...context.headers, [rule.path]: sample }), place)));
        continue;
      }
      for (const location of locate(interaction.response.body, rule.path)) {
        const place = bodyField(location.tokens);
        if (typeof location.value !== 'string' && typeof location.value !== 'number' && typeof location.value !== 'boolean') {
          problems.push(err(field, `a regex matcher applies to ${place}, whose example is ${location.value === null ? 'null' : Array.isArray(location.value) ? 'an array' : `a ${typeof location.value}`}: a regex matches text only`));
          continue;
        }
        if (!regex.test(String(location.value))) problems.push(err(field, `the example '${String(location.value)}' does not match the matcher's own regex /${matcher.regex}/`));
        problems.push(
          ...widthProblems(context, validate, place, field, regex, (sample) => refusal(validate(replaceAt(interaction.response.body, location.tokens, sample), context.headers), place)),
        );
      }
    }
  }
  return problems;
}

function widthProblems(context: Context, validate: Validate, place: string, field: string, regex: RegExp, refuses: (sample: string) => string | undefined): VerifyProblem[] {
  const key = [context.request.operation, context.interaction.response.status, errorTypeHeader(context.interaction) ?? validate.errorName, place].join('|');
  const width = regexWidth(key, regex, refuses);
  if (width.kind === 'wider') return [warn(field, `regex /${regex.source}/ is wider than the spec: it admits '${width.witness}', and the spec says ${place} ${width.problem}`)];
  if (width.kind === 'unchecked') return [warn(field, `regex /${regex.source}/ not compared with the spec: ${width.reason}`)];
  return [];
}

/** The problem the spec has with the value at `place`, if any. */
function refusal(problems: VerifyProblem[], place: string): string | undefined {
  return problems.find((problem) => problem.field === `response.${place}` || problem.field.startsWith(`response.${place}.`))?.problem;
}

function bodyMatchersAt(rules: MatchingRule[], member: string): PactMatcher[] {
  return rules
    .filter((rule) => rule.category === 'body')
    .filter((rule) => locate({ [member]: '' }, rule.path).some((place) => place.tokens.length === 1))
    .flatMap((rule) => rule.matchers);
}

function documentedErrors(operation: OperationId, status: number): string[] {
  return [...(specFacts.operations[operation].responses.find((response) => response.status === String(status))?.errors ?? [])];
}

/** As the AWS SDK reads it: the name ends at the first ':'. */
function errorTypeHeader(interaction: PactHttpInteraction): string | undefined {
  return interaction.response.headers['x-amzn-errortype']?.join(', ').split(':')[0]?.trim();
}

/** Without `x-amzn-ErrorType`, the error is the one documented for the status whose body schema the body fits. */
function fittingError(context: Context, errors: string[]): string | undefined {
  if (context.interaction.response.body === undefined) return errors.length === 1 ? errors[0] : undefined;
  const fitting = errors.filter((candidate) =>
    validateResponse({ operation: context.request.operation, status: context.interaction.response.status, headers: { 'x-amzn-ErrorType': candidate }, body: context.interaction.response.body }).every(
      (violation) => !violation.field.startsWith('body'),
    ),
  );
  return fitting.length === 1 ? fitting[0] : undefined;
}

function messageOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown>;
  const message = record['message'] ?? record['Message'];
  return typeof message === 'string' ? message : undefined;
}
