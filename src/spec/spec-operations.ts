// The operations of a spec: the one list of HTTP methods a Path Item may hold, and an iterator over them.
import { isJsonObject, type JsonObject } from './json-object.js';
import { derefNode } from './ref-resolver.js';

/** The Path Item fields that are operations, in the order OpenAPI 3.1 lists them. */
export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export type HttpMethod = (typeof httpMethods)[number];

export interface SpecOperation {
  /** The path template as written under `paths`. */
  path: string;
  method: HttpMethod;
  /** The path item, its `$ref` followed. */
  pathItem: JsonObject;
  operation: JsonObject;
}

/**
 * Every operation under `paths`, path by path in document order and by method in httpMethods order.
 * Path items are followed through `$ref`; a path item or operation that is not a mapping is skipped
 * (parsers that must refuse such a spec check it themselves). Throws SpecRefError for a `$ref` that
 * cannot be followed.
 */
export function* specOperations(document: JsonObject): Generator<SpecOperation> {
  const paths = isJsonObject(document['paths']) ? document['paths'] : {};
  for (const [path, node] of Object.entries(paths)) {
    const pathItem = derefNode(document, node);
    if (!isJsonObject(pathItem)) continue;
    for (const method of httpMethods) {
      const operation = pathItem[method];
      if (isJsonObject(operation)) yield { path, method, pathItem, operation };
    }
  }
}
