import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Pact merges interactions into one pact file per consumer/provider pair, and parallel workers
    // writing the same file can lose interactions: run the test files one after another.
    fileParallelism: false,
    env: { PACT_DO_NOT_TRACK: 'true', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
