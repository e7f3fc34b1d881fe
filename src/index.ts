// The package's public entry: the validation API and the types generated from the spec.
export * from './validation/index.js';
export type { components, operations, paths } from './generated/openapi-types.js';
export { specFacts } from './generated/spec-facts.js';
export { specPath } from './spec/index.js';
