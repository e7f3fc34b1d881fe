// `npm run check:aws-model`: the drift check against the vendored excerpt the spec follows (run by `npm test`).
// Exit 0 when the spec agrees with it, 1 on drift, 2 on bad input, as `lambda-rmc drift`.
import { main } from '../src/cli/main.js';

process.exitCode = await main(['drift', '--model', 'spec/aws-model/lambda-runtime-management.botocore.json', ...process.argv.slice(2)]);
