// One schema reduced to what the comparison reads, with the several spellings of "may be null"
// folded into one flag: OpenAPI 3.1 `type: [X, "null"]`, 3.0 `nullable: true`, `enum` holding null,
// and the `oneOf: [X, {type: "null"}]` this project's spec uses.
import { isJsonObject, type JsonObject, type Located } from '../spec/index.js';
import { appendPointer } from '../spec/json-pointer.js';

export type CompositionKeyword = 'oneOf' | 'anyOf' | 'allOf';

export interface SchemaView {
  /** The node as written, after $refs; where its keywords are. */
  at: Located;
  schema: JsonObject;
  /** Non-null types; undefined when the schema does not restrict the type. */
  types: Set<string> | undefined;
  nullable: boolean;
  /** Enum values other than null; `const` counts as a one-value enum. */
  enumValues: unknown[] | undefined;
  /** Sub-schemas of oneOf/anyOf/allOf, without the null branch, each with its pointer. */
  composition: Record<CompositionKeyword, Located[]>;
}

const compositionKeywords: readonly CompositionKeyword[] = ['oneOf', 'anyOf', 'allOf'];

/**
 * Builds the view of a resolved schema. `resolve` follows $refs of sub-schemas (a null branch may be
 * a $ref too). A `oneOf`/`anyOf` left with one branch once the null branch is set aside stands for
 * that branch, when the schema says nothing else that constrains: `unwrapped` is then that branch,
 * to be compared in its place.
 */
export function schemaViewOf(at: Located, resolve: (located: Located) => Located): { view: SchemaView; unwrapped?: Located } {
  const schema = isJsonObject(at.node) ? at.node : {};
  let nullable = schema['nullable'] === true;
  const typeKeyword = schema['type'];
  let types: Set<string> | undefined;
  if (typeof typeKeyword === 'string') types = new Set([typeKeyword]);
  else if (Array.isArray(typeKeyword)) types = new Set(typeKeyword.filter((type): type is string => typeof type === 'string'));
  if (types?.has('null')) {
    nullable = true;
    types.delete('null');
    if (types.size === 0) types = new Set(['null']);
  }

  let enumValues: unknown[] | undefined;
  if (Array.isArray(schema['enum'])) {
    enumValues = schema['enum'].filter((value) => value !== null);
    if (enumValues.length < schema['enum'].length) nullable = true;
  } else if ('const' in schema) {
    enumValues = [schema['const']];
  }

  const composition = { oneOf: [], anyOf: [], allOf: [] } as Record<CompositionKeyword, Located[]>;
  for (const keyword of compositionKeywords) {
    const members = schema[keyword];
    if (!Array.isArray(members)) continue;
    members.forEach((member, index) => {
      const located = { node: member as unknown, pointer: appendPointer(at.pointer, keyword, index) };
      if (keyword !== 'allOf' && isNullSchema(resolve(located).node)) nullable = true;
      else composition[keyword].push(located);
    });
  }

  const view: SchemaView = { at, schema, types, nullable, enumValues, composition };
  const single = singleBranch(view);
  return single ? { view, unwrapped: single } : { view };
}

function isNullSchema(node: unknown): boolean {
  if (!isJsonObject(node)) return false;
  const type = node['type'];
  return type === 'null' || (Array.isArray(type) && type.length === 1 && type[0] === 'null');
}

// Keywords that constrain a value; a schema with none of them besides its composition is a wrapper.
const constrainingKeywords = [
  'type',
  'enum',
  'const',
  'format',
  'pattern',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
  'allOf',
  'not',
];

function singleBranch(view: SchemaView): Located | undefined {
  const { oneOf, anyOf } = view.composition;
  const branches = [...oneOf, ...anyOf];
  if (branches.length !== 1 || (oneOf.length > 0 && anyOf.length > 0)) return undefined;
  if (constrainingKeywords.some((keyword) => keyword in view.schema)) return undefined;
  return branches[0];
}
