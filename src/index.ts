// The package's main entry: the validation API and the types generated from the spec. The heavier
// parts have entries of their own: lambda-rmc/client, /contracts, /contracts/pact (needs Pact), /coverage, /simulator,
// /mock (needs Prism), /diff, /spec.
export * from './validation/index.js';
export type { components, operations, paths } from './generated/openapi-types.js';
export { specFacts } from './generated/spec-facts.js';
export { specPath } from './spec/index.js';
export { MissingPeerDependencyError, optionalPeers, type OptionalPeerName } from './peers/index.js';
