// rmc-error-type-header, rmc-request-id-header, rmc-throttle-retry-after: a response declares the
// header named in the options (HTTP header names are case-insensitive), optionally with an example.
import { headerHasExample } from '../header-has-example.js';
import { isPlainObject } from '../is-plain-object.js';

/**
 * @param {unknown} response a Response Object, $refs resolved
 * @param {{ name: string, requireExample?: boolean }} options
 * @param {{ path: Array<string|number> }} context
 */
export default function responseHeader(response, options, context) {
  const headers = isPlainObject(response) && isPlainObject(response.headers) ? response.headers : {};
  const wanted = options.name.toLowerCase();
  const entry = Object.entries(headers).find(([name]) => name.toLowerCase() === wanted);
  if (entry === undefined) {
    return [{ message: `declares no \`${options.name}\` header`, path: [...context.path, 'headers'] }];
  }
  const [name, header] = entry;
  if (options.requireExample === true && !headerHasExample(header)) {
    return [{ message: `declares \`${name}\` without an example`, path: [...context.path, 'headers', name] }];
  }
  return [];
}
