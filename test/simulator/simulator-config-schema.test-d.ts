// Type-level tests: each simulator schema accepts exactly the type checkSchema asserts. The type is
// derived from the schema (json-schema-to-ts) and compared both ways, so a field added, removed,
// made optional or given another type on one side alone fails `npm run typecheck`.
import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import { describe, expectTypeOf, it } from 'vitest';
import type { simulatorSchemas, SimulatorSchemaName, SimulatorSchemaTypes } from '../../src/simulator/simulator-config-schema.js';
import type { FunctionFixture, SimulatorConfigFile } from '../../src/simulator/index.js';

type Schemas = typeof simulatorSchemas;
type SchemaType<N extends SimulatorSchemaName> = Schemas[N] extends JSONSchema ? FromSchema<Schemas[N]> : never;

describe('simulator schemas and their types', () => {
  it('a function fixture', () => {
    expectTypeOf<SchemaType<'functionFixture'>>().toEqualTypeOf<SimulatorSchemaTypes['functionFixture']>();
    expectTypeOf<SimulatorSchemaTypes['functionFixture']>().toEqualTypeOf<FunctionFixture>();
  });

  it('a scripted fault', () => {
    expectTypeOf<SchemaType<'fault'>>().toEqualTypeOf<SimulatorSchemaTypes['fault']>();
  });

  it('the --functions file', () => {
    expectTypeOf<SchemaType<'functionsFile'>>().toEqualTypeOf<SimulatorSchemaTypes['functionsFile']>();
  });

  it('added runtime versions', () => {
    expectTypeOf<SchemaType<'runtimeVersions'>>().toEqualTypeOf<SimulatorSchemaTypes['runtimeVersions']>();
  });

  it('the --config file', () => {
    expectTypeOf<SchemaType<'configFile'>>().toEqualTypeOf<SimulatorSchemaTypes['configFile']>();
    expectTypeOf<SimulatorSchemaTypes['configFile']>().toEqualTypeOf<SimulatorConfigFile>();
  });

  it('a traffic settings change', () => {
    expectTypeOf<SchemaType<'trafficSettings'>>().toEqualTypeOf<SimulatorSchemaTypes['trafficSettings']>();
  });

  it('connection settings', () => {
    expectTypeOf<SchemaType<'connections'>>().toEqualTypeOf<SimulatorSchemaTypes['connections']>();
  });
});
