// rmc-response-header-example: Prism fills a response header that has no example with the literal
// text "string", which no client would accept as a request id or an error name.
import { headerHasExample } from '../header-has-example.js';

/**
 * @param {unknown} header a response's Header Object, $refs resolved
 * @param {unknown} _options
 * @param {{ path: Array<string|number> }} context
 */
export default function headerExample(header, _options, context) {
  if (headerHasExample(header)) return [];
  return [{ message: `header \`${String(context.path[context.path.length - 1])}\` has no example`, path: context.path }];
}
