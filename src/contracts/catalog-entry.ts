import type { AwsErrorName, OperationId } from '../validation/index.js';
import type { ProviderState } from './provider-states.js';

/** What the consumer sends, as it passes it to its client (not yet percent-encoded). */
export interface CatalogRequest {
  /** A name, a partial or full ARN, optionally with a `:qualifier` suffix. */
  functionName: string;
  qualifier?: string;
  /** Put only: the JSON body. */
  body?: Record<string, string>;
}

/** What the provider answers: one named example of the spec. */
export interface CatalogResponse {
  status: number;
  /** The name of the spec's example this response shows. */
  example: string;
  /** The AWS error of an error response; undefined for a success. */
  error: AwsErrorName | undefined;
  /** The example's body, exactly as the spec documents it. */
  body: unknown;
}

/** One documented request/response shape of the API, ready to become a Pact V4 interaction. */
export interface CatalogEntry {
  /** Stable, kebab-case: `put-manual`, `get-function-not-found`. */
  id: string;
  operation: OperationId;
  /** The interaction's description (Pact's `uponReceiving`); unique in the catalog. */
  description: string;
  state: ProviderState;
  request: CatalogRequest;
  response: CatalogResponse;
}
