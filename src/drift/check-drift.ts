import { readInputText } from '../spec/read-input-file.js';
// `lambda-rmc drift` in-process: read a model and the spec, compare, locate each difference in the spec.
import { parseSpecText, SpecLoadError, SpecRefError } from '../spec/index.js';
import { comparedOperations, type ApiView } from './api-view.js';
import { botocoreView } from './botocore-view.js';
import { ViewComparison } from './compare-views.js';
import type { DriftReport } from './drift-report.js';
import { parseModelBytes, readModelFile, type ModelDocument } from './read-model-file.js';
import { smithyView } from './smithy-view.js';
import { SourceLines } from '../spec/source-lines.js';
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

/** The last spec read, by its text: a workflow or a test checks many models against one spec, and parsing it costs more than the comparison. */
let lastSpec: { text: string; file: string; view: ApiView; lines: SourceLines } | undefined;

function readSpec(text: string, file: string): { view: ApiView; lines: SourceLines } {
  if (lastSpec?.text === text && lastSpec.file === file) return lastSpec;
  const document = parseSpecText(text, file);
  let view: ApiView;
  try {
    view = specView(document, comparedOperations);
  } catch (error) {
    if (error instanceof SpecShapeError || error instanceof SpecRefError) throw new SpecLoadError(file, error.message);
    throw error;
  }
  const missing = comparedOperations.filter((name) => !view.operations.has(name));
  if (missing.length > 0) throw new SpecLoadError(file, `no operation with operationId ${missing.join(', ')}: not the runtime-management spec`);
  lastSpec = { text, file, view, lines: new SourceLines(text) };
  return lastSpec;
}

/** Throws AwsModelError / SpecLoadError (bad input) with one line naming the file, the field and the problem. */
export function checkDrift(input: DriftInput): DriftReport {
  const model = input.modelBytes ? parseModelBytes(input.modelBytes, input.modelFile) : readModelFile(input.modelFile);
  let specText = input.specText;
  if (specText === undefined) {
    const text = readInputText(input.specFile);
    if (!text.ok) throw new SpecLoadError(input.specFile, text.error.problem);
    specText = text.value;
  }
  const { view: spec, lines } = readSpec(specText, input.specFile);
  const comparison = new ViewComparison(modelView(model), spec).compare(comparedOperations);
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
