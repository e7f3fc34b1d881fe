// Typed facade over the AJV standalone validators in src/generated/validators.ts.
import * as generated from '../generated/validators.js';
import { validatorNames } from '../spec/validator-names.js';

/** The part of AJV's ErrorObject these validators produce and this package reads. */
export interface CompiledValidationError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: CompiledValidationError[] | null;
}

const validators = generated as unknown as Record<string, CompiledValidator | undefined>;

/** The generated validator exported as `name`; a missing one means the generated code is stale. */
export function compiledValidator(name: string): CompiledValidator {
  const validator = validators[name];
  if (!validator) throw new Error(`no generated validator '${name}': run npm run generate`);
  return validator;
}

export const requestMemberValidator = (member: string) => compiledValidator(validatorNames.requestMember(member));
export const requestBodyValidator = (operationId: string) => compiledValidator(validatorNames.requestBody(operationId));
export const responseBodyValidator = (operationId: string, status: string) => validators[validatorNames.responseBody(operationId, status)];
export const responseHeadersValidator = (operationId: string, status: string) => validators[validatorNames.responseHeaders(operationId, status)];
export const errorBodyValidator = (errorName: string) => validators[validatorNames.errorBody(errorName)];
