// Type-level tests (checked by `npm run typecheck`): catalog entries carry the spec's generated
// request and response types, so a consumer's code typed with them accepts `{ ...entry.request }`.
import type { PutRuntimeManagementConfigCommandInput, UpdateRuntimeOn } from '@aws-sdk/client-lambda';
import { expectTypeOf } from 'vitest';
import { interactionCatalog, type CatalogEntry } from '../../src/contracts/index.js';
import type { components } from '../../src/generated/openapi-types.js';

type Schemas = components['schemas'];
type PutRequest = Schemas['PutRuntimeManagementConfigRequest'];

/** Application code as a consumer writes it, typed with the generated request type. */
declare function pinRuntime(input: { endpoint: string; functionName: string; qualifier?: string; body?: PutRequest }): Promise<number>;

const entry = interactionCatalog[0]!;
expectTypeOf(pinRuntime({ endpoint: 'http://127.0.0.1:4010', ...entry.request })).resolves.toBeNumber();

// UpdateRuntimeOn is the spec's union, the same as the AWS SDK's, not `string`.
expectTypeOf<NonNullable<CatalogEntry['request']['body']>['UpdateRuntimeOn']>().toEqualTypeOf<'Auto' | 'Manual' | 'FunctionUpdate'>();
expectTypeOf<NonNullable<CatalogEntry['request']['body']>['UpdateRuntimeOn']>().toEqualTypeOf<UpdateRuntimeOn>();

// `entry.operation` narrows the entry: a Put carries Put's body and Put's documented responses.
if (entry.operation === 'PutRuntimeManagementConfig') {
  expectTypeOf(entry.request.body).toEqualTypeOf<PutRequest | undefined>();
  expectTypeOf<Schemas['PutRuntimeManagementConfigResponse']>().toMatchTypeOf<typeof entry.response.body>();
  const sdkInput: PutRuntimeManagementConfigCommandInput = {
    FunctionName: entry.request.functionName,
    Qualifier: entry.request.qualifier,
    ...entry.request.body!,
  };
  expectTypeOf(sdkInput.UpdateRuntimeOn).toEqualTypeOf<UpdateRuntimeOn | undefined>();
} else {
  expectTypeOf(entry.request.body).toEqualTypeOf<undefined>();
  expectTypeOf<Schemas['GetRuntimeManagementConfigResponse']>().toMatchTypeOf<typeof entry.response.body>();
}

// @ts-expect-error a mode the spec does not document is no request body
const unknownMode: CatalogEntry['request']['body'] = { UpdateRuntimeOn: 'Sometimes' };
void unknownMode;
