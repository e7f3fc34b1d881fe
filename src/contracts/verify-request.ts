// The request half of `lambda-rmc verify`: is the recorded request one the spec documents, and
// what does Lambda answer it with? The answer comes from the validation layer (`validateRequest`):
// undefined when Lambda would execute the request, else the AwsError it refuses it with.
import { specFacts } from '../generated/spec-facts.js';
import {
  derivedQualifierMismatchMessage,
  manualWithoutRuntimeVersionMessage,
  runtimeVersionWithoutManualMessage,
  validateRequest,
  type AwsError,
  type RuntimeManagementRequest,
} from '../validation/index.js';
import { routeRequest } from './operation-route.js';
import type { PactHttpInteraction } from './pact-file.js';
import type { VerifyProblem } from './verify-report.js';

export type CheckedRequest =
  | { routed: false; problems: VerifyProblem[] }
  | { routed: true; request: RuntimeManagementRequest & { functionName: string }; refusal: AwsError | undefined; problems: VerifyProblem[] };

const documentedRoutes = Object.values(specFacts.operations).map((operation) => `${operation.method} ${operation.path}`);
const err = (field: string, problem: string): VerifyProblem => ({ level: 'ERR', field, problem });

export function checkRequest(interaction: PactHttpInteraction): CheckedRequest {
  const route = routeRequest(interaction.method, interaction.path);
  if (!route) {
    return { routed: false, problems: [err('request', `${interaction.method} ${interaction.path} is no operation of the spec (documented: ${documentedRoutes.join('; ')})`)] };
  }
  const { operation, functionName } = route;
  const problems: VerifyProblem[] = [];
  const pathParameter = specFacts.members.FunctionName.name;
  if (!decodes(interaction.path)) problems.push(err(`request.path ${pathParameter}`, 'is not valid percent-encoding'));

  const members: readonly string[] = specFacts.operations[operation].members;
  const queryMembers = members.filter((member) => specFacts.members[member as keyof typeof specFacts.members].location === 'query');
  for (const [name, values] of Object.entries(interaction.query)) {
    if (!queryMembers.includes(name)) {
      problems.push({ level: 'WARN', field: `request.query.${name}`, problem: `is not a query parameter of ${operation} (documented: ${queryMembers.join(', ') || 'none'})` });
    } else if (values.length > 1) {
      problems.push(err(`request.query.${name}`, `is given ${values.length} times; ${operation} takes one value`));
    }
  }

  const hasBody = members.some((member) => specFacts.members[member as keyof typeof specFacts.members].location === 'body');
  // As the simulator reads it: a body declared as anything but application/json is answered 415.
  const mediaType = interaction.requestHeaders['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (hasBody && interaction.requestBody !== undefined && mediaType !== undefined && mediaType !== 'application/json') {
    problems.push(err('request.header Content-Type', `is '${mediaType}'; the spec documents an application/json body only (Lambda answers 415 UnsupportedMediaTypeException)`));
  }

  const request = {
    operation,
    functionName,
    qualifier: interaction.query['Qualifier']?.[0],
    ...(hasBody ? { body: interaction.requestBody } : {}),
  } satisfies RuntimeManagementRequest;
  const refusal = validateRequest(request);
  if (!refusal && rawFunctionNameSegment(interaction.path).includes('%')) {
    // Lambda decodes the segment (the AWS SDK sends ':' as %3A) and executes the request; PactFlow's engine would refuse the pact.
    problems.push({
      level: 'WARN',
      field: `request.path ${pathParameter}`,
      problem: `is percent-encoded ('${rawFunctionNameSegment(interaction.path)}'): Lambda decodes it, but PactFlow's contract comparison (swagger-mock-validator) checks the segment as written and rejects it; record it unencoded ('${functionName}' is legal in a path segment), as the interaction catalog does`,
    });
  }
  // A refusal the spec does not document (a body that is not a JSON object of strings: SerializationException)
  // means the request itself is outside the spec; a negative test must use a documented refusal.
  const documented = specFacts.operations[operation].responses.some((response) => (response.errors as readonly string[]).includes(refusal?.name ?? ''));
  if (refusal && !documented) {
    problems.push(err(refusedFields(refusal)[0] ?? 'request', `is outside the spec: Lambda answers it ${refusal.status} ${refusal.name} ("${refusal.message}"), an error the spec does not document for ${operation}`));
  }
  return { routed: true, request, refusal, problems };
}

/** The FunctionName segment of an operation path as recorded (`/2021-07-20/functions/{FunctionName}/…`). */
function rawFunctionNameSegment(path: string): string {
  return path.split('?')[0]!.split('/')[3] ?? '';
}

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path.split('?')[0] ?? '');
    return true;
  } catch {
    return false;
  }
}

const memberByPath = new Map<string, (typeof specFacts.members)[keyof typeof specFacts.members]>(Object.values(specFacts.members).map((member) => [member.memberPath, member]));
const ruleFields: Array<[string, string]> = [
  [derivedQualifierMismatchMessage, 'request.query.Qualifier'],
  [manualWithoutRuntimeVersionMessage, 'request.body.RuntimeVersionArn'],
  [runtimeVersionWithoutManualMessage, 'request.body.RuntimeVersionArn'],
];

/** The request fields a refusal is about, read from AWS's own wording (`at 'updateRuntimeOn'`). */
export function refusedFields(refusal: AwsError): string[] {
  if (refusal.name === 'SerializationException') return ['request.body'];
  const rule = ruleFields.find(([message]) => message === refusal.message);
  if (rule) return [rule[1]];
  const fields = [...refusal.message.matchAll(/ at '([A-Za-z]+)' failed to satisfy constraint/g)].flatMap((match) => {
    const member = memberByPath.get(match[1] ?? '');
    if (!member) return [];
    return [member.location === 'path' ? `request.path ${member.name}` : `request.${member.location}.${member.name}`];
  });
  return [...new Set(fields)];
}
