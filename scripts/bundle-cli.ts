// `npm run build`, second step: bundles the compiled CLI (dist/cli/main.js) into dist/cli-bundle, one
// chunk per command, for bin/lambda-rmc.js. Node's ES module loader resolves, reads and links every
// file on its own, and for a one-shot command such as `lambda-rmc diff` the ~80 small files cost more
// than the comparison. Packages stay external (resolved from node_modules at run time, as before);
// the directory is emptied first so no chunk of an earlier build is left behind.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

const outdir = 'dist/cli-bundle';
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: ['dist/cli/main.js'],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  packages: 'external',
  logLevel: 'warning',
});
