import { isPlainObject } from './is-plain-object.js';

/**
 * Whether a Header Object gives Prism a value to send: an `example`, or a named `examples` entry
 * with a `value`. Without one Prism sends the literal text "string".
 * @param {unknown} header
 */
export function headerHasExample(header) {
  if (!isPlainObject(header)) return false;
  if (header.example !== undefined) return true;
  const examples = header.examples;
  return isPlainObject(examples) && Object.values(examples).some((example) => isPlainObject(example) && 'value' in example);
}
