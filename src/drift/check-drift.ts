// `lambda-rmc drift` in-process: read a model and the spec, compare, locate each difference in the spec.
import { readFileSync } from 'node:fs';
import { parseSpecText, SpecLoadError } from '../spec/index.js';
import { comparedOperations, type ApiView } from './api-view.js';
import { botocoreView } from './botocore-view.js';
import { ViewComparison } from './compare-views.js';
import type { DriftReport } from './drift-report.js';
import { parseModelBytes, readModelFile, type ModelDocument } from './read-model-file.js';
import { smithyView } from './smithy-view.js';
import { SpecLines } from './spec-lines.js';
import { SpecShapeError, specView } from './spec-view.js';

export interface DriftInput {
  /** The model file as named on the command line; read from disk unless `modelBytes` is given. */
  modelFile: string;
  modelBytes?: Buffer;
  /** The spec file; its text is read unless `specText` is given. */
  specFile: string;
  specText?: string;
}

export function modelView(model: ModelDocument, operations: readonly string[] = comparedOperations): ApiView {
  return model.format === 'smithy' ? smithyView(model, operations) : botocoreView(model, operations);
}

/** Throws AwsModelError / SpecLoadError (bad input) with one line naming the file, the field and the problem. */
export function checkDrift(input: DriftInput): DriftReport {
  const model = input.modelBytes ? parseModelBytes(input.modelBytes, input.modelFile) : readModelFile(input.modelFile);
  let specText = input.specText;
  if (specText === undefined) {
    try {
      specText = readFileSync(input.specFile, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new SpecLoadError(input.specFile, code === 'ENOENT' ? 'no such file' : `cannot read: ${code ?? String(error)}`);
    }
  }
  const document = parseSpecText(specText, input.specFile);
  let spec: ApiView;
  try {
    spec = specView(document, comparedOperations);
  } catch (error) {
    if (error instanceof SpecShapeError) throw new SpecLoadError(input.specFile, error.message);
    throw error;
  }
  const missing = comparedOperations.filter((name) => !spec.operations.has(name));
  if (missing.length > 0) throw new SpecLoadError(input.specFile, `no operation with operationId ${missing.join(', ')}: not the runtime-management spec`);
  const comparison = new ViewComparison(modelView(model), spec).compare(comparedOperations);
  const lines = new SpecLines(specText);
  const differences = comparison.differences().map((difference) => {
    const line = lines.lineOf(difference.spec.pointer);
    return line === undefined ? difference : { ...difference, spec: { ...difference.spec, line } };
  });
  return {
    model: { file: input.modelFile, format: model.format },
    spec: { file: input.specFile },
    compared: { operations: [...comparedOperations], members: comparison.members, errors: comparison.errors },
    differences,
  };
}
