// What documented shape a pact interaction exercises: which operation, which response (status and
// AWS error name, or success variant) and which request variants.
import { specFacts } from '../generated/spec-facts.js';
import { parseFunctionName, validateResponse, type OperationId } from '../validation/index.js';
import { routeRequest } from './operation-route.js';
import type { PactHttpInteraction } from './pact-file.js';
import { successSignature, successVariantOf } from './success-variant.js';

export interface InteractionShape {
  operation: OperationId;
  status: string;
  /** The AWS error of an error response: its `x-amzn-ErrorType`, else the error whose body schema the body fits. */
  error: string | undefined;
  /** The documented 200 example a success is (undefined for errors and undocumented variants). */
  successVariant: string | undefined;
  /** FunctionName as sent, percent-decoded. */
  functionName: string;
  /** The `Qualifier` query parameter, decoded. */
  qualifier: string | undefined;
  query: Record<string, string[]>;
  requestBody: unknown;
}

/** The shape of an interaction with this API; undefined when the interaction is for another API. */
export function interactionShape(interaction: PactHttpInteraction): InteractionShape | undefined {
  const route = routeRequest(interaction.method, interaction.path);
  if (!route) return undefined;
  const status = String(interaction.status);
  return {
    operation: route.operation,
    status,
    error: status === '200' ? undefined : errorOf(route.operation, interaction),
    successVariant: status === '200' ? successVariantOf(route.operation, successSignature(interaction.responseBody)) : undefined,
    functionName: route.functionName,
    qualifier: interaction.query['Qualifier']?.[0],
    query: interaction.query,
    requestBody: interaction.requestBody,
  };
}

const formNames = { name: 'name', 'partial-arn': 'partial ARN', arn: 'full ARN' } as const;

/** The name a FunctionName form goes by: its parsed form, and whether it carries a `:qualifier`. */
export function functionNameForm(functionName: string): string | undefined {
  const parsed = parseFunctionName(functionName);
  if (!parsed) return undefined;
  return parsed.qualifier === undefined ? formNames[parsed.form] : `${formNames[parsed.form]} with qualifier`;
}

function errorOf(operation: OperationId, interaction: PactHttpInteraction): string | undefined {
  const header = interaction.responseHeaders['x-amzn-errortype'];
  // As the AWS SDK reads it: the name ends at the first ':' (a namespace may follow).
  if (header !== undefined) return header.split(':')[0]?.trim();
  const documented = specFacts.operations[operation].responses.find((response) => response.status === String(interaction.status));
  const fitting = (documented?.errors ?? []).filter((candidate: string) =>
    validateResponse({ operation, status: interaction.status, headers: { ...interaction.responseHeaders, 'x-amzn-ErrorType': candidate }, body: interaction.responseBody }).every(
      (violation) => !violation.field.startsWith('body'),
    ),
  );
  return fitting.length === 1 ? fitting[0] : undefined;
}
