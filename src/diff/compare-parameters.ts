// Parameters of one operation (path-level ones included, operation-level ones overriding them):
// added, removed, moved to another location, required-ness, and their schemas.
import type { DiffSession, SideName } from './diff-session.js';
import { appendPointer } from '../spec/json-pointer.js';
import { isJsonObject, type Located } from '../spec/index.js';
import type { OperationSides } from './operation-sides.js';
import { compareSchemas } from './schema-compare.js';
import { child, objectAt } from './spec-nodes.js';

interface Parameter {
  name: string;
  in: string;
  required: boolean;
  at: Located;
}

// OpenAPI: header parameters with these names are ignored (the media type and security say them).
const ignoredHeaders = new Set(['accept', 'content-type', 'authorization']);

/** Path templates name their parameters; `/{a}` and `/{b}` are the same endpoint, so path parameters match by position. */
export function pathTemplateNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '');
}

function keyOf(parameter: Pick<Parameter, 'name' | 'in'>, pathNames: readonly string[]): string {
  if (parameter.in === 'path') {
    const position = pathNames.indexOf(parameter.name);
    return `path:#${position >= 0 ? position : parameter.name}`;
  }
  return `${parameter.in}:${parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name}`;
}

function collect(session: DiffSession, side: SideName, pathItem: Located, operation: Located, pathNames: readonly string[]): Map<string, Parameter> {
  const parameters = new Map<string, Parameter>();
  for (const owner of [pathItem, operation]) {
    const list = objectAt(owner)['parameters'];
    if (!Array.isArray(list)) continue;
    list.forEach((node, index) => {
      const at = session.resolve(side, { node, pointer: appendPointer(owner.pointer, 'parameters', index) });
      const { name, in: location, required } = objectAt(at);
      if (typeof name !== 'string' || typeof location !== 'string') return;
      if (location === 'header' && ignoredHeaders.has(name.toLowerCase())) return;
      const parameter = { name, in: location, required: required === true || location === 'path', at };
      parameters.set(keyOf(parameter, pathNames), parameter);
    });
  }
  return parameters;
}

/** A parameter's schema, or the schema of its single `content` media type. */
function schemaOf(parameter: Parameter): Located | undefined {
  const schema = child(parameter.at, 'schema');
  if (schema) return schema;
  const content = objectAt(parameter.at)['content'];
  const [mediaType] = isJsonObject(content) ? Object.keys(content) : [];
  return mediaType === undefined ? undefined : child(parameter.at, 'content', mediaType, 'schema');
}

function label(parameter: Parameter): string {
  return `${parameter.in} parameter '${parameter.name}'`;
}

export function compareParameters(session: DiffSession, sides: OperationSides): void {
  const { operation } = sides;
  const baseParameters = collect(session, 'base', sides.basePathItem, sides.baseOperation, pathTemplateNames(sides.basePath));
  const headParameters = collect(session, 'head', sides.headPathItem, sides.headOperation, pathTemplateNames(sides.headPath));
  const added = [...headParameters].filter(([key]) => !baseParameters.has(key)).map(([, parameter]) => parameter);

  for (const [key, base] of baseParameters) {
    const head = headParameters.get(key);
    if (!head) {
      const moved = added.find((candidate) => candidate.name.toLowerCase() === base.name.toLowerCase() && candidate.in !== base.in);
      if (moved) {
        added.splice(added.indexOf(moved), 1);
        session.report('request-parameter-location-changed', {
          operation,
          message: `${label(base)} moved to ${moved.in}: clients that send it in the ${base.in} are not heard`,
          basePointer: base.at.pointer,
          headPointer: moved.at.pointer,
          from: base.in,
          to: moved.in,
        });
      } else {
        session.report('request-parameter-removed', {
          operation,
          message: `${label(base)} removed`,
          basePointer: base.at.pointer,
          headPointer: sides.headOperation.pointer,
        });
      }
      continue;
    }
    if (base.required !== head.required) {
      session.report(head.required ? 'request-parameter-became-required' : 'request-parameter-became-optional', {
        operation,
        message: `${label(head)} became ${head.required ? 'required' : 'optional'}`,
        basePointer: base.at.pointer,
        headPointer: head.at.pointer,
      });
    }
    const baseSchema = schemaOf(base);
    const headSchema = schemaOf(head);
    if (baseSchema && headSchema) {
      compareSchemas(session, { operation, root: 'request-parameter', subject: label(head), parameterIn: head.in }, baseSchema, headSchema);
    }
  }
  for (const head of added) {
    session.report(head.required ? 'new-required-request-parameter' : 'new-optional-request-parameter', {
      operation,
      message: `${head.required ? 'required' : 'optional'} ${label(head)} added`,
      basePointer: sides.baseOperation.pointer,
      headPointer: head.at.pointer,
    });
  }
}
