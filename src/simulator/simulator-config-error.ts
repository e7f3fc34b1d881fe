import { InputFileError } from '../spec/input-file-error.js';

/**
 * A fixture, a settings value or a fault that the simulator cannot use: bad input. `file` says where
 * it came from (a file path, or `options`), `field` which value (`functions[0].versions[1]`).
 */
export class SimulatorConfigError extends InputFileError {
  override readonly name = 'SimulatorConfigError';
  constructor(source: string, field: string, problem: string) {
    super(source, problem, field);
  }

  /** Where the value came from: a file path, or `options` (the same as `file`). */
  get source(): string {
    return this.file;
  }
}
