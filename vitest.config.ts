import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The suite is mostly servers and child processes: two workers that keep their module graph
    // between files (isolate: false) halve its wall time on a 2-core machine. Tests therefore
    // restore whatever they stub, which unstubEnvs/unstubGlobals enforce.
    pool: 'forks',
    maxWorkers: 2,
    isolate: false,
    unstubEnvs: true,
    unstubGlobals: true,
    // Type-level tests (*.test-d.ts) are checked by `npm run typecheck` (tsc over test/), which npm test runs first.
    typecheck: { enabled: false },
    testTimeout: 20_000,
    // Hooks start servers and run Spectral/swagger-mock-validator over every fixture: on a shared 2-core
    // machine (load average 15+) two of them took 30-65 s, so they get 120 s.
    hookTimeout: 120_000,
    env: { PACT_DO_NOT_TRACK: 'true', SCARF_ANALYTICS: 'false', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
