import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { pointerTokens } from '../spec/json-pointer.js';
import { documentsStatus, operationsDocumenting, validateRequest } from '../validation/index.js';
import { partitionOfRegion } from './function-arn.js';
import { defaultRuntime } from './function-store.js';
import { regionOfRuntimeVersionArn, RuntimeVersionCatalogue, type RuntimeVersionFixture } from './runtime-version-catalogue.js';
import { SimulatorConfigError } from './simulator-config-error.js';
import { simulatorSchemas, type SimulatorSchemaName, type SimulatorSchemaTypes } from './simulator-config-schema.js';
import { defaultRegion, type FaultOutcome, type FunctionFixture } from './simulator-options.js';

// AJV is loaded, and each schema compiled, on first use: a simulator started with the built-in
// fixture and no settings never pays for AJV's compiler (measured: ~170 ms of a ~5 ms start).
let ajv: import('ajv/dist/2020.js').Ajv2020 | undefined;
const compiled = new Map<SimulatorSchemaName, ValidateFunction>();

function validatorFor(name: SimulatorSchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    if (!ajv) {
      const { Ajv2020 } = createRequire(import.meta.url)('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
      ajv = new Ajv2020({ allErrors: false, verbose: true });
    }
    validate = ajv.compile(simulatorSchemas[name]);
    compiled.set(name, validate);
  }
  return validate;
}

/** Throws SimulatorConfigError naming the first field of `value` that breaks schema `name`. */
export function checkSchema<N extends SimulatorSchemaName>(
  name: N,
  value: unknown,
  source: string,
  fieldPrefix = '',
): asserts value is SimulatorSchemaTypes[N] {
  const validate = validatorFor(name);
  if (validate(value)) return;
  const error = validate.errors?.[0];
  if (!error) throw new SimulatorConfigError(source, fieldPrefix, 'is not valid');
  throw new SimulatorConfigError(source, fieldOf(error, value, fieldPrefix), problemOf(error));
}

/**
 * Checks fixtures against the schema, then what a schema cannot say: names are unique, aliases and
 * configs name versions that exist, and each config is a Put body Lambda would accept.
 */
export function checkFunctionFixtures(
  functions: unknown,
  source: string,
  catalogue: RuntimeVersionCatalogue,
  fieldPrefix = 'functions',
): asserts functions is FunctionFixture[] {
  if (!Array.isArray(functions)) throw new SimulatorConfigError(source, fieldPrefix, 'must be an array of functions');
  const seen = new Map<string, number>();
  functions.forEach((fixture: unknown, index) => {
    const field = `${fieldPrefix}[${index}]`;
    checkFunctionFixture(fixture, source, field, catalogue);
    const earlier = seen.get(fixture.name);
    if (earlier !== undefined) throw new SimulatorConfigError(source, `${field}.name`, `'${fixture.name}' is already ${fieldPrefix}[${earlier}]`);
    seen.set(fixture.name, index);
  });
}

/**
 * The runtime versions a start option or file adds: each an ARN of a runtime version, listed once.
 * Returns the catalogue they make with the built-in versions.
 */
export function checkRuntimeVersions(value: unknown, source: string, field = 'runtimeVersions'): RuntimeVersionCatalogue {
  if (value === undefined) return new RuntimeVersionCatalogue();
  checkSchema('runtimeVersions', value, source, field);
  checkRuntimeVersionArns(value, source, field);
  return new RuntimeVersionCatalogue(value);
}

export function checkFunctionFixture(fixture: unknown, source: string, field: string, catalogue: RuntimeVersionCatalogue): asserts fixture is FunctionFixture {
  checkSchema('functionFixture', fixture, source, field);
  const at = (rest: string) => (field === '' ? rest : `${field}.${rest}`);
  const region = fixture.region ?? defaultRegion;
  const isImage = fixture.packageType === 'Image';
  if (isImage && (fixture.runtime !== undefined || fixture.runtimeVersionArn !== undefined)) {
    throw new SimulatorConfigError(source, at(fixture.runtime !== undefined ? 'runtime' : 'runtimeVersionArn'), 'an Image function has no managed runtime');
  }
  const runtime = isImage ? undefined : (fixture.runtime ?? defaultRuntime);
  if (runtime !== undefined && !catalogue.knowsRuntime(runtime)) {
    throw new SimulatorConfigError(source, at('runtime'), `'${runtime}' is not a runtime of the catalogue (add its versions with runtimeVersions)`);
  }
  if (runtime !== undefined && catalogue.versions(runtime, region).length === 0) {
    throw new SimulatorConfigError(source, at('runtime'), `the catalogue has no version of ${runtime} in ${region} (add one with runtimeVersions)`);
  }
  if (runtime !== undefined && fixture.runtimeVersionArn !== undefined && !catalogue.includes(runtime, region, fixture.runtimeVersionArn)) {
    throw new SimulatorConfigError(source, at('runtimeVersionArn'), `'${fixture.runtimeVersionArn}' is not a version of ${runtime} in ${region}`);
  }
  const versions = new Set(['$LATEST', ...(fixture.versions ?? [])]);
  for (const [alias, version] of Object.entries(fixture.aliases ?? {})) {
    if (!versions.has(version)) throw new SimulatorConfigError(source, at(`aliases.${alias}`), `points to version '${version}', which is not in versions`);
  }
  for (const [version, config] of Object.entries(fixture.configs ?? {})) {
    if (!versions.has(version)) throw new SimulatorConfigError(source, at(`configs.${version}`), `version '${version}' is not in versions`);
    const refused = validateRequest({ operation: 'PutRuntimeManagementConfig', functionName: fixture.name, body: config });
    if (refused) throw new SimulatorConfigError(source, at(`configs.${version}`), refused.message);
    const pinned = config.RuntimeVersionArn;
    if (runtime !== undefined && pinned !== undefined && !catalogue.includes(runtime, region, pinned)) {
      throw new SimulatorConfigError(source, at(`configs.${version}.RuntimeVersionArn`), `'${pinned}' is not a version of ${runtime} in ${region}`);
    }
  }
}

/** Each added runtime version's ARN names a region of its own partition. */
export function checkRuntimeVersionArns(versions: readonly RuntimeVersionFixture[], source: string, field = 'runtimeVersions'): void {
  versions.forEach(({ arn }, index) => {
    const region = regionOfRuntimeVersionArn(arn);
    const partition = /^arn:([^:]+):/.exec(arn)?.[1];
    // The spec's RuntimeVersionArn constraints, through the validator that enforces them on the wire.
    const refused = validateRequest({
      operation: 'PutRuntimeManagementConfig',
      functionName: 'f',
      body: { UpdateRuntimeOn: 'Manual', RuntimeVersionArn: arn },
    });
    if (refused || region === undefined || partition !== partitionOfRegion(region)) {
      throw new SimulatorConfigError(
        source,
        `${field}[${index}].arn`,
        `'${arn}' is not a runtime version ARN (arn:<partition>:lambda:<region>::runtime:<id>, the partition of its region)`,
      );
    }
  });
}

function fieldOf(error: ErrorObject, data: unknown, prefix: string): string {
  let field = prefix;
  let node = data;
  for (const token of pointerTokens(error.instancePath)) {
    field = Array.isArray(node) ? `${field}[${token}]` : join(field, token);
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[token] : undefined;
  }
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') return join(field, String(params['missingProperty']));
  if (error.keyword === 'additionalProperties') return join(field, String(params['additionalProperty']));
  // A propertyNames failure names the offending key on the error itself.
  const propertyName = (error as { propertyName?: string }).propertyName;
  return propertyName === undefined ? field : join(field, propertyName);
}

function problemOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties': {
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return `is not a known field${known.length > 0 ? ` (known: ${known.join(', ')})` : ''}`;
    }
    case 'type':
      return `must be ${String(params['type']) === 'integer' ? 'an integer' : `of type ${String(params['type'])}`}`;
    case 'enum':
      return `must be one of: ${(params['allowedValues'] as unknown[]).map((value) => JSON.stringify(value)).join(', ')}`;
    case 'pattern':
      return (error as { propertyName?: string }).propertyName === undefined
        ? `must match ${String(params['pattern'])}`
        : `is not a valid name (must match ${String(params['pattern'])})`;
    case 'propertyNames':
      return 'is not a valid name';
    case 'uniqueItems':
      return `must not list the same value twice (items ${String(params['j'])} and ${String(params['i'])})`;
    default:
      return error.message ?? `breaks '${error.keyword}'`;
  }
}

function join(field: string, name: string): string {
  return field === '' ? name : `${field}.${name}`;
}

/** A scripted outcome must be one the operation documents (Get documents no 409). */
export function checkFault(outcome: unknown, source: string, field = ''): asserts outcome is FaultOutcome {
  checkSchema('fault', outcome, source, field);
  const { operation, status } = outcome;
  if (operation !== undefined && !documentsStatus(operation, status)) {
    throw new SimulatorConfigError(
      source,
      join(field, 'status'),
      `${operation} never answers ${status}; script ${status} for ${operationsDocumenting(status).join(' or ')}`,
    );
  }
}
