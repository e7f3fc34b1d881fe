// Never silent: a schema keyword no comparer reads, whose value differs between the sides (or is on
// one side only), is reported as `unsupported-keyword` with where it is, so a spec pair that changes
// it never gets "no changes". Annotations (which change nothing a client may send or receive) and
// x- extensions are not keywords in this sense.
import type { DiffSession } from './diff-session.js';
import { describeSchema, type SchemaPair } from './schema-site.js';
import { meaningfulExtensions } from './canonical-content.js';

/** Every schema keyword some comparer reads (schema-compare.ts and the compare-*.ts it calls). */
export const comparedSchemaKeywords = new Set([
  '$ref',
  'type',
  'format',
  'nullable',
  'enum',
  'const',
  'default',
  'pattern',
  'maxLength',
  'minLength',
  'maximum',
  'minimum',
  'exclusiveMaximum',
  'exclusiveMinimum',
  'maxItems',
  'minItems',
  'maxProperties',
  'minProperties',
  'maxContains',
  'minContains',
  'multipleOf',
  'uniqueItems',
  'items',
  'prefixItems',
  'contains',
  'unevaluatedItems',
  'properties',
  'required',
  'additionalProperties',
  'patternProperties',
  'propertyNames',
  'dependentRequired',
  'dependentSchemas',
  'unevaluatedProperties',
  'oneOf',
  'anyOf',
  'allOf',
  'not',
  'if',
  'then',
  'else',
  'contentSchema',
  'contentMediaType',
  'contentEncoding',
  'readOnly',
  'writeOnly',
]);

/** Keywords that describe without constraining. */
export const annotationSchemaKeywords = new Set([
  'description',
  'title',
  'example',
  'examples',
  '$comment',
  'externalDocs',
  'xml',
  'deprecated',
  'discriminator',
  '$id',
  '$schema',
  '$anchor',
  '$defs',
  'definitions',
]);

export function compareUnsupportedKeywords(session: DiffSession, pair: SchemaPair): void {
  const keys = new Set([...Object.keys(pair.base.schema), ...Object.keys(pair.head.schema)]);
  for (const key of keys) {
    if (
      comparedSchemaKeywords.has(key) ||
      annotationSchemaKeywords.has(key) ||
      (key.startsWith('x-') && !meaningfulExtensions.has(key)) ||
      meaningfulExtensions.has(key)
    )
      continue;
    const inBase = key in pair.base.schema;
    const inHead = key in pair.head.schema;
    const basePointer = `${pair.base.at.pointer}/${key}`;
    const headPointer = `${pair.head.at.pointer}/${key}`;
    if (inBase && inHead && session.sameContent({ node: pair.base.schema[key], pointer: basePointer }, { node: pair.head.schema[key], pointer: headPointer }))
      continue;
    const what = inBase && inHead ? 'changed' : inHead ? 'added' : 'removed';
    session.report('unsupported-keyword', {
      operation: pair.site.operation,
      message: `${describeSchema(pair.site, pair.path)}: keyword '${key}' ${what}; the gate does not compare it, check by hand what it changes for clients`,
      basePointer: inBase ? basePointer : pair.base.at.pointer,
      headPointer: inHead ? headPointer : pair.head.at.pointer,
    });
  }
}
