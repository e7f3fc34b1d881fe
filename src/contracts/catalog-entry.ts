import type { components, operations } from '../generated/openapi-types.js';
import type { AwsErrorName, OperationId } from '../validation/index.js';
import type { ProviderState } from './provider-states.js';

/** Put's JSON body, as the spec's generated type (UpdateRuntimeOn is 'Auto' | 'Manual' | 'FunctionUpdate'). */
export type CatalogRequestBody = components['schemas']['PutRuntimeManagementConfigRequest'];

type OperationResponses<O extends OperationId> = operations[O]['responses'];

/** Every JSON body the spec documents for the operation's responses: the 200 body and each error's. */
export type CatalogResponseBody<O extends OperationId> = {
  [S in keyof OperationResponses<O>]: OperationResponses<O>[S] extends { content: { 'application/json': infer Body } } ? Body : never;
}[keyof OperationResponses<O>];

/** What the consumer sends, as it passes it to its client (not yet percent-encoded). */
export interface CatalogRequest<O extends OperationId = OperationId> {
  /** A name, a partial or full ARN, optionally with a `:qualifier` suffix. */
  functionName: string;
  qualifier?: string;
  /** Put only: the JSON body, typed as the spec's request. */
  body?: O extends 'PutRuntimeManagementConfig' ? CatalogRequestBody : never;
}

/** What the provider answers: one named example of the spec. */
export interface CatalogResponse<O extends OperationId = OperationId> {
  status: number;
  /** The name of the spec's example this response shows. */
  example: string;
  /** The AWS error of an error response; undefined for a success. */
  error: AwsErrorName | undefined;
  /** The example's body, exactly as the spec documents it. */
  body: CatalogResponseBody<O>;
}

/** One documented request/response shape of one operation, ready to become a Pact V4 interaction. */
export interface OperationCatalogEntry<O extends OperationId> {
  /** Stable, kebab-case: `put-manual`, `get-function-not-found`. */
  id: string;
  operation: O;
  /** The interaction's description (Pact's `uponReceiving`); unique in the catalog. */
  description: string;
  state: ProviderState;
  request: CatalogRequest<O>;
  response: CatalogResponse<O>;
}

/** A catalog entry of either operation; `entry.operation` narrows request and response types. */
export type CatalogEntry<O extends OperationId = OperationId> = O extends OperationId ? OperationCatalogEntry<O> : never;
