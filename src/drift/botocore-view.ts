// botocore's service-2.json → ApiView. Shapes are named in `shapes`; members point at them with
// `shape`, bind to the wire with `location`/`locationName`, and constraints sit on the shape
// (`min`, `max`, `pattern`, `enum`). https://github.com/boto/botocore (botocore/data/<service>/<version>/service-2.json)
import type { ApiView, ErrorView, MemberView, OperationView, ShapeView, ValueType, WireLocation } from './api-view.js';
import { appendPointer } from '../spec/json-pointer.js';
import { ModelFields } from './model-fields.js';
import { ModelShapesReader } from './model-shapes-reader.js';
import type { ModelDocument } from './read-model-file.js';

const valueTypes: Record<string, ValueType> = {
  string: 'string',
  blob: 'string',
  character: 'string',
  integer: 'integer',
  long: 'integer',
  short: 'integer',
  byte: 'integer',
  biginteger: 'integer',
  float: 'number',
  double: 'number',
  bigdecimal: 'number',
  boolean: 'boolean',
  timestamp: 'timestamp',
  structure: 'object',
  map: 'object',
  list: 'array',
  document: 'any',
};

const locations: Record<string, WireLocation> = { uri: 'path', querystring: 'query', header: 'header', headers: 'headers', statusCode: 'statusCode' };

class BotocoreReader extends ModelShapesReader {
  shape(name: string, referencedAt: string, seen: ReadonlySet<string> = new Set()): ShapeView {
    const { shape, at } = this.shapeAt(name, referencedAt);
    const typeName = this.fields.string(shape['type'], `${at}/type`);
    const type = valueTypes[typeName.toLowerCase()];
    if (type === undefined) this.fields.fail(`${at}/type`, `unknown shape type '${typeName}'`);
    const view: ShapeView = { at, name, type: { value: type, at: `${at}/type` } };
    const min = this.fields.optionalNumber(shape['min'], `${at}/min`);
    const max = this.fields.optionalNumber(shape['max'], `${at}/max`);
    const pattern = this.fields.optionalString(shape['pattern'], `${at}/pattern`);
    if (min !== undefined) view.min = { value: min, at: `${at}/min` };
    if (max !== undefined) view.max = { value: max, at: `${at}/max` };
    if (pattern !== undefined) view.pattern = { value: pattern, at: `${at}/pattern` };
    if (shape['enum'] !== undefined) view.enum = { value: this.fields.stringArray(shape['enum'], `${at}/enum`), at: `${at}/enum` };
    if (seen.has(name)) return view; // a recursive structure: its members were compared one level up
    const inner = new Set(seen).add(name);
    if (typeName === 'structure') view.members = this.members(name, inner);
    if (typeName === 'list') {
      const member = this.fields.object(shape['member'], `${at}/member`);
      view.items = this.shape(this.fields.string(member['shape'], `${at}/member/shape`), `${at}/member/shape`, inner);
    }
    return view;
  }

  members(structureName: string, seen: ReadonlySet<string> = new Set([structureName])): MemberView[] {
    const { shape, at, members } = this.structureAt(structureName);
    const required = new Set(
      this.fields.optionalArray(shape['required'], `${at}/required`).map((item, index) => this.fields.string(item, `${at}/required/${index}`)),
    );
    const payload = this.fields.optionalString(shape['payload'], `${at}/payload`);
    return Object.entries(members).map(([name, value]) => {
      const memberAt = appendPointer(at, 'members', name);
      const member = this.fields.object(value, memberAt);
      const locationName = this.fields.optionalString(member['locationName'], `${memberAt}/locationName`);
      const location = this.fields.optionalString(member['location'], `${memberAt}/location`);
      let wireLocation: WireLocation = name === payload ? 'payload' : 'body';
      if (location !== undefined) {
        const known = locations[location];
        if (known === undefined) this.fields.fail(`${memberAt}/location`, `unknown location '${location}'`);
        wireLocation = known;
      }
      const requiredIndex = [...required].indexOf(name);
      return {
        name,
        wireName: locationName ?? name,
        location: wireLocation,
        required: { value: required.has(name), at: requiredIndex >= 0 ? `${at}/required/${requiredIndex}` : at },
        at: memberAt,
        shape: this.shape(this.fields.string(member['shape'], `${memberAt}/shape`), `${memberAt}/shape`, seen),
      };
    });
  }

  error(name: string, referencedAt: string): ErrorView {
    const { shape, at } = this.shapeAt(name, referencedAt);
    const error = this.fields.optionalObject(shape['error'], `${at}/error`);
    const declared = this.fields.optionalNumber(error?.['httpStatusCode'], `${at}/error/httpStatusCode`);
    // Without a status AWS's protocols answer a server fault with 500 and anything else with 400.
    const status = declared ?? (shape['fault'] === true ? 500 : 400);
    return {
      name,
      at,
      status: { value: status, at: declared === undefined ? at : `${at}/error/httpStatusCode` },
      members: this.members(name),
    };
  }

  operation(name: string): OperationView | undefined {
    const operations = this.fields.object(this.model.document['operations'], '/operations');
    if (operations[name] === undefined) return undefined;
    const at = appendPointer('/operations', name);
    const operation = this.fields.object(operations[name], at);
    const http = this.fields.object(operation['http'], `${at}/http`);
    const code = this.fields.optionalNumber(http['responseCode'], `${at}/http/responseCode`);
    const input = this.fields.optionalObject(operation['input'], `${at}/input`);
    const output = this.fields.optionalObject(operation['output'], `${at}/output`);
    const inputName = input && this.fields.string(input['shape'], `${at}/input/shape`);
    const outputName = output && this.fields.string(output['shape'], `${at}/output/shape`);
    const errors = this.fields.optionalArray(operation['errors'], `${at}/errors`).map((entry, index) => {
      const errorAt = `${at}/errors/${index}`;
      return this.error(this.fields.string(this.fields.object(entry, errorAt)['shape'], `${errorAt}/shape`), `${errorAt}/shape`);
    });
    return {
      name,
      at,
      method: { value: this.fields.string(http['method'], `${at}/http/method`).toUpperCase(), at: `${at}/http/method` },
      uri: { value: this.fields.string(http['requestUri'], `${at}/http/requestUri`), at: `${at}/http/requestUri` },
      successStatus: { value: code ?? 200, at: code === undefined ? `${at}/http` : `${at}/http/responseCode` },
      input: inputName ? (this.shapeAt(inputName, `${at}/input/shape`), this.members(inputName)) : [],
      inputAt: inputName ? appendPointer('/shapes', inputName, 'members') : `${at}/input`,
      output: outputName ? (this.shapeAt(outputName, `${at}/output/shape`), this.members(outputName)) : [],
      outputAt: outputName ? appendPointer('/shapes', outputName, 'members') : `${at}/output`,
      errors,
      errorsAt: `${at}/errors`,
    };
  }

  /** The service the model describes, from its metadata, so a model of another service is refused as bad input. */
  serviceId(): { value: string; at: string } {
    const metadata = this.fields.object(this.model.document['metadata'], '/metadata');
    const serviceId = this.fields.optionalString(metadata['serviceId'], '/metadata/serviceId');
    if (serviceId !== undefined) return { value: serviceId, at: '/metadata/serviceId' };
    return { value: this.fields.string(metadata['endpointPrefix'], '/metadata/endpointPrefix'), at: '/metadata/endpointPrefix' };
  }
}

export function botocoreView(model: ModelDocument, operationNames: readonly string[]): ApiView {
  const reader = new BotocoreReader(model);
  const service = reader.serviceId();
  if (service.value.toLowerCase() !== 'lambda') new ModelFields(model.file).fail(service.at, `'${service.value}': this is not AWS Lambda's model`);
  return { format: 'botocore', operations: reader.operations(operationNames), operationsAt: '/operations' };
}
