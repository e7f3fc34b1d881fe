import { derefNode, isJsonObject, specOperations, type JsonObject } from '../spec/index.js';

/**
 * A GET request the spec documents a 200 for, with its required parameters filled from their
 * examples: Prism answering it 200 shows it has loaded the spec and serves it. Undefined when the
 * spec has no such operation with examples for every required parameter.
 */
export function readinessProbePath(spec: JsonObject): string | undefined {
  for (const { path: template, method, pathItem, operation } of specOperations(spec)) {
    if (method !== 'get' || !isJsonObject(operation['responses']) || !('200' in operation['responses'])) continue;
    const parameters = [...asArray(pathItem['parameters']), ...asArray(operation['parameters'])].map((parameter) => derefNode(spec, parameter));
    const path = fillParameters(spec, template, parameters);
    if (path !== undefined) return path;
  }
  return undefined;
}

function fillParameters(spec: JsonObject, template: string, parameters: unknown[]): string | undefined {
  let path = template;
  const query = new URLSearchParams();
  for (const parameter of parameters) {
    if (!isJsonObject(parameter) || parameter['required'] !== true) continue;
    const value = exampleOf(spec, parameter);
    if (value === undefined) return undefined;
    if (parameter['in'] === 'path') path = path.replaceAll(`{${String(parameter['name'])}}`, encodeURIComponent(value));
    else if (parameter['in'] === 'query') query.append(String(parameter['name']), value);
    else return undefined; // a required header or cookie: not worth guessing
  }
  const search = query.toString();
  return search === '' ? path : `${path}?${search}`;
}

function exampleOf(spec: JsonObject, parameter: JsonObject): string | undefined {
  const schema = derefNode(spec, parameter['schema']);
  const namedExamples = isJsonObject(parameter['examples']) ? Object.values(parameter['examples']) : [];
  const candidates = [
    parameter['example'],
    ...namedExamples.map((example) => {
      const resolved = derefNode(spec, example);
      return isJsonObject(resolved) ? resolved['value'] : undefined;
    }),
    ...(isJsonObject(schema) ? [schema['example'], ...asArray(schema['examples'])] : []),
  ];
  const found = candidates.find((candidate) => typeof candidate === 'string' || typeof candidate === 'number');
  return found === undefined ? undefined : String(found);
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
