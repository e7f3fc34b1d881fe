// One operation present on both sides, with where it and its path item sit in each document.
import type { OperationRef } from './diff-report.js';
import type { Located } from '../spec/index.js';

export interface OperationSides {
  operation: OperationRef;
  basePathItem: Located;
  headPathItem: Located;
  baseOperation: Located;
  headOperation: Located;
  basePath: string;
  headPath: string;
}
