#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run by `npm test` first, and by `prepack`
// before `npm pack`/`npm publish` and git-URL installs).
import module from 'node:module';

// A short command is mostly module loading: Node ≥ 22.1 keeps the compiled code between runs (in the OS
// temp folder; NODE_DISABLE_COMPILE_CACHE=1 turns it off), as TypeScript's own tsc launcher does.
/** @type {{ enableCompileCache?: () => unknown }} */ (module).enableCompileCache?.();

// The CLI runs from dist/cli-bundle: the same compiled modules as dist/cli, bundled by esbuild into one
// file per command (packages stay external). Node's ES module loader resolves, reads and links each
// file on its own, and ~80 small files cost a one-shot `lambda-rmc diff` more than its comparison.
// (dist/cli's declarations type it: the bundle has none of its own.)
const { main } = /** @type {typeof import('../dist/cli/main.js')} */ (await import('../dist/cli-bundle/main.js'));
process.exitCode = await main(process.argv.slice(2));
