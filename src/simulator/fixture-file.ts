import { readInputText } from '../spec/read-input-file.js';
import { checkFault, checkFunctionFixtures, checkRuntimeVersions, checkSchema } from './check-simulator-config.js';
import { SimulatorConfigError } from './simulator-config-error.js';
import type { FunctionFixture, RuntimeVersionFixture, SimulatorConfigFile } from './simulator-options.js';

/**
 * `--functions FILE`: `{ "functions": [ <FunctionFixture>, … ] }` (schema `functionsFile`; the
 * `simulate --help` example is tested against it). A bad file throws SimulatorConfigError:
 * `<file>: functions[0].aliases.live: points to version '3', …`.
 */
export function readFunctionsFile(file: string): FunctionFixture[] {
  return readFixtureFile(file).functions;
}

/**
 * `--functions FILE` with the runtime versions it adds to the catalogue (`runtimeVersions`): Manual
 * configs and runtimeVersionArn may name the versions the same file adds.
 */
export function readFixtureFile(file: string): { functions: FunctionFixture[]; runtimeVersions: RuntimeVersionFixture[] } {
  const document = readJsonFile(file);
  checkSchema('functionsFile', document, file);
  const catalogue = checkRuntimeVersions(document.runtimeVersions, file);
  checkFunctionFixtures(document.functions, file, catalogue);
  return { functions: document.functions, runtimeVersions: document.runtimeVersions ?? [] };
}

/** `--config FILE`: every start option but host and port (SimulatorConfigFile, schema `configFile`). */
export function readConfigFile(file: string): SimulatorConfigFile {
  const document = readJsonFile(file);
  checkSchema('configFile', document, file);
  const catalogue = checkRuntimeVersions(document.runtimeVersions, file);
  if (document.functions !== undefined) checkFunctionFixtures(document.functions, file, catalogue);
  (document.faults ?? []).forEach((fault, index) => checkFault(fault, file, `faults[${index}]`));
  return document;
}

function readJsonFile(file: string): unknown {
  const text = readInputText(file);
  if (!text.ok) throw new SimulatorConfigError(file, '', text.error.problem);
  try {
    return JSON.parse(text.value) as unknown;
  } catch (error) {
    throw new SimulatorConfigError(file, '', `not valid JSON (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
}
