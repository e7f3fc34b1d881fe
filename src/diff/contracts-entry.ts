// What `diff --contracts` needs beyond the comparison, loaded by the CLI only when asked (it pulls in AJV).
export { contractsImpact } from './contracts-impact.js';
export { readPactDirectory, PactFileError } from '../pacts/index.js';
export { SpecSchemaError } from './spec-schema-validator.js';
