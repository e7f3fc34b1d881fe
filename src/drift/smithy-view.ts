// The Smithy JSON AST (the models AWS's SDK code generators read, e.g. aws-sdk-js-v3
// codegen/sdk-codegen/aws-models/lambda.json) → ApiView. Shapes are keyed by absolute id
// (`com.amazonaws.lambda#RuntimeVersionArn`); members bind to the wire with traits (`httpLabel`,
// `httpQuery`, `httpHeader`, `jsonName`), constraints are traits on the member or its target
// (`length`, `range`, `pattern`, `enum`/`enumValue`), and errors carry `error` and `httpError`.
// https://smithy.io/2.0/spec/json-ast.html
import { isJsonObject, type JsonObject } from '../spec/index.js';
import type { ApiView, ErrorView, Located, MemberView, OperationView, ShapeView, ValueType, WireLocation } from './api-view.js';
import { appendPointer } from '../spec/json-pointer.js';
import { ModelShapesReader } from './model-shapes-reader.js';
import type { ModelDocument } from './read-model-file.js';

const valueTypes: Record<string, ValueType> = {
  string: 'string',
  enum: 'string',
  blob: 'string',
  integer: 'integer',
  intEnum: 'integer',
  long: 'integer',
  short: 'integer',
  byte: 'integer',
  bigInteger: 'integer',
  float: 'number',
  double: 'number',
  bigDecimal: 'number',
  boolean: 'boolean',
  timestamp: 'timestamp',
  structure: 'object',
  union: 'object',
  map: 'object',
  list: 'array',
  set: 'array',
  document: 'any',
};

/** The prelude's simple shapes (`smithy.api#String`, …), which models reference without defining. */
function preludeType(id: string): ValueType | undefined {
  if (!id.startsWith('smithy.api#')) return undefined;
  const local = id.slice('smithy.api#'.length).replace(/^Primitive/, '');
  return valueTypes[local.charAt(0).toLowerCase() + local.slice(1)];
}

/** Smithy writes anchored patterns (`^…$`); botocore and the spec's x-aws-pattern drop the anchors. */
export function publishedPattern(pattern: string): string {
  const endsWithAnchor = pattern.endsWith('$') && !/(^|[^\\])(\\\\)*\\\$$/.test(pattern);
  if (pattern.startsWith('^') && endsWithAnchor) return pattern.slice(1, -1);
  return pattern;
}

const localName = (id: string) => id.slice(id.indexOf('#') + 1);

class SmithyReader extends ModelShapesReader {
  private traits(node: JsonObject, at: string): JsonObject {
    return this.fields.optionalObject(node['traits'], `${at}/traits`) ?? {};
  }

  /** A member's shape: the target's constraints, with the member's own traits taking precedence. */
  shape(targetId: string, referencedAt: string, memberTraits: JsonObject = {}, memberAt?: string, seen: ReadonlySet<string> = new Set()): ShapeView {
    const prelude = preludeType(targetId);
    if (prelude !== undefined && this.shapes[targetId] === undefined) {
      return this.constrained({ at: referencedAt, name: localName(targetId), type: { value: prelude, at: referencedAt } }, {}, '', memberTraits, memberAt);
    }
    const { shape, at } = this.shapeAt(targetId, referencedAt);
    const typeName = this.fields.string(shape['type'], `${at}/type`);
    const type = valueTypes[typeName];
    if (type === undefined) this.fields.fail(`${at}/type`, `'${typeName}' is not a shape a member can target`);
    const view = this.constrained(
      { at, name: localName(targetId), type: { value: type, at: `${at}/type` } },
      this.traits(shape, at),
      `${at}/traits`,
      memberTraits,
      memberAt,
    );
    if (typeName === 'enum' || typeName === 'intEnum') {
      const members = this.fields.object(shape['members'] ?? {}, `${at}/members`);
      const values = Object.entries(members).map(([name, member]) => {
        const value = this.traits(this.fields.object(member, appendPointer(at, 'members', name)), appendPointer(at, 'members', name))['smithy.api#enumValue'];
        return value === undefined ? name : String(value);
      });
      view.enum = { value: values, at: `${at}/members` };
    }
    if (seen.has(targetId)) return view;
    const inner = new Set(seen).add(targetId);
    if (typeName === 'structure' || typeName === 'union') view.members = this.members(targetId, inner);
    if (typeName === 'list' || typeName === 'set') {
      const member = this.fields.object(shape['member'], `${at}/member`);
      view.items = this.shape(
        this.fields.string(member['target'], `${at}/member/target`),
        `${at}/member/target`,
        this.traits(member, `${at}/member`),
        `${at}/member`,
        inner,
      );
    }
    return view;
  }

  private constrained(view: ShapeView, targetTraits: JsonObject, targetTraitsAt: string, memberTraits: JsonObject, memberAt: string | undefined): ShapeView {
    const pick = (trait: string): { value: unknown; at: string } | undefined => {
      if (memberTraits[trait] !== undefined && memberAt !== undefined) return { value: memberTraits[trait], at: appendPointer(`${memberAt}/traits`, trait) };
      if (targetTraits[trait] !== undefined) return { value: targetTraits[trait], at: appendPointer(targetTraitsAt, trait) };
      return undefined;
    };
    const bounds = pick(view.type.value === 'integer' || view.type.value === 'number' ? 'smithy.api#range' : 'smithy.api#length');
    if (bounds) {
      const object = this.fields.object(bounds.value, bounds.at);
      const min = this.fields.optionalNumber(object['min'], `${bounds.at}/min`);
      const max = this.fields.optionalNumber(object['max'], `${bounds.at}/max`);
      if (min !== undefined) view.min = { value: min, at: `${bounds.at}/min` };
      if (max !== undefined) view.max = { value: max, at: `${bounds.at}/max` };
    }
    const pattern = pick('smithy.api#pattern');
    if (pattern) view.pattern = { value: publishedPattern(this.fields.string(pattern.value, pattern.at)), at: pattern.at };
    const legacyEnum = pick('smithy.api#enum');
    if (legacyEnum) {
      const values = this.fields
        .array(legacyEnum.value, legacyEnum.at)
        .map((entry, index) => this.fields.string(this.fields.object(entry, `${legacyEnum.at}/${index}`)['value'], `${legacyEnum.at}/${index}/value`));
      view.enum = { value: values, at: legacyEnum.at };
    }
    return view;
  }

  /** The members of a structure, each with its wire binding (unbound members travel in the JSON body). */
  members(structureId: string, seen: ReadonlySet<string> = new Set([structureId])): MemberView[] {
    const { at, members } = this.structureAt(structureId);
    return Object.entries(members).map(([name, value]) => {
      const memberAt = appendPointer(at, 'members', name);
      const member = this.fields.object(value, memberAt);
      const traits = this.traits(member, memberAt);
      const traitAt = (trait: string) => appendPointer(`${memberAt}/traits`, trait);
      const binding = this.binding(name, traits, traitAt);
      return {
        name,
        wireName: binding.wireName,
        location: binding.location,
        required: {
          value: traits['smithy.api#required'] !== undefined,
          at: traits['smithy.api#required'] !== undefined ? traitAt('smithy.api#required') : memberAt,
        },
        at: memberAt,
        shape: this.shape(this.fields.string(member['target'], `${memberAt}/target`), `${memberAt}/target`, traits, memberAt, seen),
      };
    });
  }

  private binding(name: string, traits: JsonObject, traitAt: (trait: string) => string): { location: WireLocation; wireName: string } {
    if (traits['smithy.api#httpLabel'] !== undefined) return { location: 'path', wireName: name };
    if (traits['smithy.api#httpQuery'] !== undefined)
      return { location: 'query', wireName: this.fields.string(traits['smithy.api#httpQuery'], traitAt('smithy.api#httpQuery')) };
    if (traits['smithy.api#httpQueryParams'] !== undefined) return { location: 'query', wireName: '*' };
    if (traits['smithy.api#httpHeader'] !== undefined)
      return { location: 'header', wireName: this.fields.string(traits['smithy.api#httpHeader'], traitAt('smithy.api#httpHeader')) };
    if (traits['smithy.api#httpPrefixHeaders'] !== undefined) return { location: 'headers', wireName: String(traits['smithy.api#httpPrefixHeaders']) };
    if (traits['smithy.api#httpPayload'] !== undefined) return { location: 'payload', wireName: name };
    if (traits['smithy.api#httpResponseCode'] !== undefined) return { location: 'statusCode', wireName: name };
    const jsonName = traits['smithy.api#jsonName'];
    return { location: 'body', wireName: jsonName === undefined ? name : this.fields.string(jsonName, traitAt('smithy.api#jsonName')) };
  }

  error(id: string, referencedAt: string): ErrorView {
    const { shape, at } = this.shapeAt(id, referencedAt);
    const traits = this.traits(shape, at);
    const declared = this.fields.optionalNumber(traits['smithy.api#httpError'], `${at}/traits/smithy.api#httpError`);
    const status: Located<number> =
      declared !== undefined
        ? { value: declared, at: `${at}/traits/smithy.api#httpError` }
        : { value: traits['smithy.api#error'] === 'server' ? 500 : 400, at: `${at}/traits` };
    return { name: localName(id), at, status, members: this.members(id) };
  }

  private idOf(name: string, type: string): string | undefined {
    return Object.keys(this.shapes).find((id) => localName(id) === name && isJsonObject(this.shapes[id]) && this.shapes[id]['type'] === type);
  }

  private services(): Array<[string, JsonObject]> {
    return Object.entries(this.shapes).filter((entry): entry is [string, JsonObject] => isJsonObject(entry[1]) && entry[1]['type'] === 'service');
  }

  /** Refuses a model of another service: its service shape must be Lambda's (sdkId or endpoint prefix). */
  checkService(): void {
    const services = this.services();
    if (services.length === 0)
      this.fields.fail('/shapes', "no service shape: this is not AWS Lambda's model (a Smithy AST for Lambda has the Lambda service shape)");
    for (const [id, service] of services) {
      const at = appendPointer('/shapes', id);
      const awsService = this.fields.optionalObject(this.traits(service, at)['aws.api#service'], appendPointer(`${at}/traits`, 'aws.api#service'));
      const sdkId = String(awsService?.['sdkId'] ?? awsService?.['endpointPrefix'] ?? localName(id));
      if (sdkId.toLowerCase() !== 'lambda')
        this.fields.fail(appendPointer(`${at}/traits`, 'aws.api#service', 'sdkId'), `'${sdkId}': this is not AWS Lambda's model`);
    }
  }

  operation(name: string): OperationView | undefined {
    const id = this.idOf(name, 'operation');
    if (id === undefined) return undefined;
    const { shape, at } = this.shapeAt(id, '/shapes');
    const traits = this.traits(shape, at);
    const httpAt = appendPointer(`${at}/traits`, 'smithy.api#http');
    const http = this.fields.object(traits['smithy.api#http'], httpAt);
    const code = this.fields.optionalNumber(http['code'], `${httpAt}/code`);
    const target = (key: 'input' | 'output') => {
      const reference = this.fields.optionalObject(shape[key], `${at}/${key}`);
      const targetId = reference && this.fields.string(reference['target'], `${at}/${key}/target`);
      return targetId === undefined || targetId === 'smithy.api#Unit' ? undefined : (this.shapeAt(targetId, `${at}/${key}/target`), targetId);
    };
    const inputId = target('input');
    const outputId = target('output');
    // Errors bound to the service apply to every operation of it.
    const serviceErrors = this.services().flatMap(([serviceId, service]) =>
      this.fields
        .optionalArray(service['errors'], `${appendPointer('/shapes', serviceId)}/errors`)
        .map((entry, index) => [entry, `${appendPointer('/shapes', serviceId)}/errors/${index}`] as const),
    );
    const operationErrors = this.fields.optionalArray(shape['errors'], `${at}/errors`).map((entry, index) => [entry, `${at}/errors/${index}`] as const);
    const errors = [...operationErrors, ...serviceErrors].map(([entry, errorAt]) =>
      this.error(this.fields.string(this.fields.object(entry, errorAt)['target'], `${errorAt}/target`), `${errorAt}/target`),
    );
    return {
      name,
      at,
      method: { value: this.fields.string(http['method'], `${httpAt}/method`).toUpperCase(), at: `${httpAt}/method` },
      uri: { value: this.fields.string(http['uri'], `${httpAt}/uri`), at: `${httpAt}/uri` },
      successStatus: { value: code ?? 200, at: code === undefined ? httpAt : `${httpAt}/code` },
      input: inputId ? this.members(inputId) : [],
      inputAt: inputId ? appendPointer('/shapes', inputId, 'members') : `${at}/input`,
      output: outputId ? this.members(outputId) : [],
      outputAt: outputId ? appendPointer('/shapes', outputId, 'members') : `${at}/output`,
      errors,
      errorsAt: `${at}/errors`,
    };
  }
}

export function smithyView(model: ModelDocument, operationNames: readonly string[]): ApiView {
  const reader = new SmithyReader(model);
  reader.checkService();
  return { format: 'smithy', operations: reader.operations(operationNames), operationsAt: '/shapes' };
}
