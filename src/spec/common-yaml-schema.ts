// The YAML 1.2 core schema exactly as the `yaml` library resolves plain scalars (its schema/core and
// schema/common tags: the same tests, in the same order, built the same way), written as js-yaml
// types. js-yaml's own CORE_SCHEMA differs (it reads 1_000 and 0b101 as numbers, `yaml` reads them as
// strings), and the fast parser must build the data the reference parser builds.
//
// The tags are private names: an explicit tag in a document (!!int, !!str, !custom) matches none of
// them, so js-yaml refuses it and the document goes to the reference parser, which owns tag handling.
import type { Schema } from 'js-yaml';
import { loadJsYaml } from './load-js-yaml.js';

/** One implicit scalar tag: the plain scalars its test accepts become what `resolve` returns. */
interface ImplicitScalar {
  name: string;
  test: RegExp;
  resolve: (source: string) => unknown;
}

// `yaml` resolves integers with parseInt on the digits after the prefix (intAsBigInt is off).
const implicitScalars: readonly ImplicitScalar[] = [
  { name: 'null', test: /^(?:~|[Nn]ull|NULL)?$/, resolve: () => null },
  { name: 'bool', test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, resolve: (source) => source[0] === 't' || source[0] === 'T' },
  { name: 'int-oct', test: /^0o[0-7]+$/, resolve: (source) => parseInt(source.substring(2), 8) },
  { name: 'int', test: /^[-+]?[0-9]+$/, resolve: (source) => parseInt(source, 10) },
  { name: 'int-hex', test: /^0x[0-9a-fA-F]+$/, resolve: (source) => parseInt(source.substring(2), 16) },
  {
    name: 'float-nan',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (source) => (source.slice(-3).toLowerCase() === 'nan' ? NaN : source[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY),
  },
  { name: 'float-exp', test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, resolve: (source) => parseFloat(source) },
  { name: 'float', test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, resolve: (source) => parseFloat(source) },
];

let schema: Schema | undefined;

/** The schema, built on first use (js-yaml loads only then). */
export function commonYamlSchema(): Schema {
  if (schema) return schema;
  const { Schema, Type } = loadJsYaml();
  schema = new Schema({
    implicit: implicitScalars.map(
      ({ name, test, resolve }) =>
        new Type(`tag:lambda-rmc,2026:implicit-${name}`, {
          kind: 'scalar',
          resolve: (data) => typeof data === 'string' && test.test(data),
          construct: (data) => resolve(data as string),
        }),
    ),
  });
  return schema;
}
