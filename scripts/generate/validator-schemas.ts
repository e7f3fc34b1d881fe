// The JSON Schemas compiled into standalone validators, each named by the export it becomes.
import { componentSchemasAsDefs, derefNode, httpMethods, isJsonObject, toJsonSchema, validatorNames, type JsonObject } from '../../src/spec/index.js';
import type { SpecFacts } from './spec-facts.js';

export const defsId = 'lambda-rmc-defs';

export function buildValidatorSchemas(spec: JsonObject, facts: SpecFacts): { defs: JsonObject; schemas: Record<string, JsonObject> } {
  const defs = componentSchemasAsDefs(spec, defsId);
  const schemas: Record<string, JsonObject> = {};
  const add = (name: string, schema: unknown) => {
    schemas[name] = { $id: name, ...(toJsonSchema(schema, defsId) as JsonObject) };
  };

  for (const pathItemNode of Object.values(spec['paths'] as JsonObject)) {
    const pathItem = derefNode(spec, pathItemNode) as JsonObject;
    for (const method of httpMethods) {
      const operation = pathItem[method];
      if (!isJsonObject(operation)) continue;
      const operationId = String(operation['operationId']);
      const parameters = [...((pathItem['parameters'] as unknown[]) ?? []), ...((operation['parameters'] as unknown[]) ?? [])];
      for (const parameterNode of parameters) {
        const parameter = derefNode(spec, parameterNode) as JsonObject;
        add(validatorNames.requestMember(String(parameter['name'])), parameter['schema']);
      }
      const requestBody = derefNode(spec, operation['requestBody']);
      if (isJsonObject(requestBody)) {
        const media = (requestBody['content'] as JsonObject)['application/json'] as JsonObject;
        add(validatorNames.requestBody(operationId), media['schema']);
      }
      for (const [status, responseNode] of Object.entries(operation['responses'] as JsonObject)) {
        const response = derefNode(spec, responseNode) as JsonObject;
        const media = isJsonObject(response['content']) ? response['content']['application/json'] : undefined;
        if (isJsonObject(media)) add(validatorNames.responseBody(operationId, status), media['schema']);
        // Header names are case-insensitive: the runtime lower-cases received names before validating.
        const headerSchemas: JsonObject = {};
        const requiredHeaders: string[] = [];
        for (const [name, headerNode] of Object.entries((response['headers'] ?? {}) as JsonObject)) {
          const header = derefNode(spec, headerNode) as JsonObject;
          headerSchemas[name.toLowerCase()] = header['schema'];
          if (header['required'] === true) requiredHeaders.push(name.toLowerCase());
        }
        add(validatorNames.responseHeaders(operationId, status), { type: 'object', properties: headerSchemas, required: requiredHeaders });
      }
    }
  }
  for (const [errorName, schemaName] of Object.entries(facts.errorSchemas)) {
    add(validatorNames.errorBody(errorName), { $ref: `#/components/schemas/${schemaName}` });
  }
  return { defs, schemas };
}
