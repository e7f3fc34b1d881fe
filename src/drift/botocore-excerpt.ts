// Cuts the vendored excerpt out of a full botocore model: the compared operations and every shape
// they reach (input, output, errors, members, list and map elements), as published.
import { isJsonObject, type JsonObject } from '../spec/index.js';
import { comparedOperations } from './api-view.js';
import { ModelFields } from './model-fields.js';
import type { ModelDocument } from './read-model-file.js';

/** The metadata the excerpt keeps: enough to say which service, protocol and API version it is. */
const keptMetadata = ['apiVersion', 'protocol', 'serviceId', 'endpointPrefix', 'signatureVersion'];

export function botocoreExcerpt(model: ModelDocument, source: string): JsonObject {
  const fields = new ModelFields(model.file);
  if (model.format !== 'botocore') fields.fail('/', 'the excerpt is cut from a botocore service-2.json');
  const metadata = fields.object(model.document['metadata'], '/metadata');
  const operations = fields.object(model.document['operations'], '/operations');
  const shapes = fields.object(model.document['shapes'], '/shapes');
  const reached = new Map<string, unknown>();
  const reach = (name: unknown, at: string): void => {
    const shapeName = fields.string(name, at);
    if (reached.has(shapeName)) return;
    const shape = fields.object(shapes[shapeName], `/shapes/${shapeName}`);
    reached.set(shapeName, shape);
    for (const [member, value] of Object.entries(isJsonObject(shape['members']) ? shape['members'] : {})) {
      reach(fields.object(value, `/shapes/${shapeName}/members/${member}`)['shape'], `/shapes/${shapeName}/members/${member}/shape`);
    }
    for (const element of ['member', 'key', 'value']) {
      if (isJsonObject(shape[element])) reach(shape[element]['shape'], `/shapes/${shapeName}/${element}/shape`);
    }
  };
  const excerptOperations: JsonObject = {};
  for (const name of comparedOperations) {
    const operation = fields.object(operations[name], `/operations/${name}`);
    excerptOperations[name] = operation;
    for (const key of ['input', 'output']) {
      if (isJsonObject(operation[key])) reach(operation[key]['shape'], `/operations/${name}/${key}/shape`);
    }
    fields
      .optionalArray(operation['errors'], `/operations/${name}/errors`)
      .forEach((error, index) => reach(fields.object(error, `/operations/${name}/errors/${index}`)['shape'], `/operations/${name}/errors/${index}/shape`));
  }
  return {
    source,
    metadata: Object.fromEntries(keptMetadata.filter((key) => metadata[key] !== undefined).map((key) => [key, metadata[key]])),
    operations: excerptOperations,
    shapes: Object.fromEntries(reached),
  };
}
