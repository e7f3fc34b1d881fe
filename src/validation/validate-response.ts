import { errorBodyValidator, responseBodyValidator, responseHeadersValidator, type CompiledValidationError } from './compiled-validators.js';
import { documentedResponse, documentedStatuses, type OperationId } from './operation.js';

export interface ObservedResponse {
  operation: OperationId;
  status: number;
  /** Header names in any case; a Fetch `Headers` object works too. */
  headers: Record<string, string | string[] | undefined> | Headers;
  /** The parsed JSON body (undefined when there was none). */
  body: unknown;
}

/** One way a response departs from the spec; `field` names where (`status`, `header x-amzn-RequestId`, `body.FunctionArn`). */
export interface ResponseViolation {
  field: string;
  problem: string;
}

/**
 * Checks a response against what the spec documents for the operation: the status, the headers
 * and the body. For an error status, the body is checked against the error that `x-amzn-ErrorType`
 * names, so a body of the wrong error is reported as such. Returns [] when the response conforms.
 */
export function validateResponse(response: ObservedResponse): ResponseViolation[] {
  const status = String(response.status);
  const documented = documentedResponse(response.operation, status);
  if (!documented) {
    const statuses = documentedStatuses(response.operation);
    return [{ field: 'status', problem: `${status} is not a documented status of ${response.operation} (documented: ${statuses.join(', ')})` }];
  }
  const headers = lowerCaseHeaders(response.headers);
  const violations: ResponseViolation[] = [];

  const headersValidator = responseHeadersValidator(response.operation, status);
  if (headersValidator && !headersValidator(headers)) {
    const specNames = new Map(documented.headers.map((header) => [header.name.toLowerCase(), header.name]));
    violations.push(...(headersValidator.errors ?? []).map((error) => headerViolation(error, specNames)));
  }

  const errors: readonly string[] = documented.errors;
  const errorType = headers['x-amzn-errortype'];
  if (errors.length > 0 && errorType !== undefined && errors.includes(errorType)) {
    const validator = errorBodyValidator(errorType);
    if (validator && !validator(response.body)) {
      violations.push(...(validator.errors ?? []).map((error) => bodyViolation(error, `a ${errorType} body`)));
    }
    return violations;
  }
  const bodyValidator = responseBodyValidator(response.operation, status);
  if (bodyValidator && !bodyValidator(response.body)) {
    violations.push(...(bodyValidator.errors ?? []).filter((error) => error.keyword !== 'oneOf').map((error) => bodyViolation(error, 'the body')));
  }
  return violations;
}

function lowerCaseHeaders(headers: ObservedResponse['headers']): Record<string, string> {
  const entries: Array<[string, string]> = [];
  if (typeof Headers !== 'undefined' && headers instanceof Headers) {
    headers.forEach((value, name) => entries.push([name.toLowerCase(), value]));
  } else {
    for (const [name, value] of Object.entries(headers as Exclude<ObservedResponse['headers'], Headers>)) {
      if (value !== undefined) entries.push([name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value]);
    }
  }
  return Object.fromEntries(entries);
}

/** Header violations name the header as the spec spells it (validation ran on lower-cased names). */
function headerViolation(error: CompiledValidationError, specNames: Map<string, string>): ResponseViolation {
  const name = error.keyword === 'required' ? String(error.params['missingProperty']) : (error.instancePath.split('/')[1] ?? '');
  return { field: `header ${specNames.get(name) ?? name}`, problem: error.keyword === 'required' ? 'is missing' : describe(error) };
}

function bodyViolation(error: CompiledValidationError, what: string): ResponseViolation {
  const path = error.instancePath.split('/').slice(1).join('.');
  if (error.keyword === 'required') {
    return { field: ['body', path, String(error.params['missingProperty'])].filter(Boolean).join('.'), problem: `is missing from ${what}` };
  }
  if (error.keyword === 'additionalProperties') {
    return { field: ['body', path, String(error.params['additionalProperty'])].filter(Boolean).join('.'), problem: `is not a member of ${what}` };
  }
  return { field: ['body', path].filter(Boolean).join('.'), problem: describe(error) };
}

function describe(error: CompiledValidationError): string {
  switch (error.keyword) {
    case 'pattern':
      return `must match ${String(error.params['pattern'])}`;
    case 'enum':
      return `must be one of ${(error.params['allowedValues'] as unknown[]).map(String).join(', ')}`;
    default:
      return error.message ?? error.keyword;
  }
}
