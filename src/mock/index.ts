export { startPrismMock, type PrismMockOptions, type RunningMock } from './start-prism-mock.js';
export { MockStartError, type MockStartFailure } from './mock-start-error.js';
export { errorTypeByBodyFromSpec, errorTypeHeader, type ErrorTypeByBody } from './error-type-by-body.js';
export type { PrismExit, PrismLogLevel } from './prism-process.js';
export { MissingPeerDependencyError } from '../peers/index.js';
