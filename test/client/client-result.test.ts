// The client's results are the project's one Result shape (src/spec/result.ts) with metadata riding along.
import { describe, expectTypeOf, it } from 'vitest';
import type { OperationError, OperationOutput, OperationResult } from '../../src/client/index.js';
import type { Result } from '../../src/spec/index.js';

describe('OperationResult', () => {
  it('is a Result of the operation output and its errors', () => {
    expectTypeOf<OperationResult<'PutRuntimeManagementConfig'>>().toMatchTypeOf<
      Result<OperationOutput<'PutRuntimeManagementConfig'>, OperationError<'PutRuntimeManagementConfig'>>
    >();
    expectTypeOf<OperationResult<'GetRuntimeManagementConfig'>>().toMatchTypeOf<
      Result<OperationOutput<'GetRuntimeManagementConfig'>, OperationError<'GetRuntimeManagementConfig'>>
    >();
  });

  it('narrows on ok', () => {
    const narrow = (result: OperationResult<'GetRuntimeManagementConfig'>) => (result.ok ? result.value : result.error);
    expectTypeOf(narrow).returns.toEqualTypeOf<OperationOutput<'GetRuntimeManagementConfig'> | OperationError<'GetRuntimeManagementConfig'>>();
  });
});
