/**
 * A fixture, a settings value or a fault that the simulator cannot use. `source` says where it came
 * from (a file path, or `options`), `field` which value (`functions[0].versions[1]`).
 */
export class SimulatorConfigError extends Error {
  override readonly name = 'SimulatorConfigError';
  constructor(
    readonly source: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${source}: ${field === '' ? '' : `${field}: `}${problem}`);
  }
}
