// `npm run generate` / `npm run check:generated` (see scripts/generate/run-generate.ts).
import { runGenerate } from './generate/run-generate.js';

process.exitCode = await runGenerate(process.argv.slice(2));
