// rmc-pattern-anchored: JSON Schema `pattern` searches anywhere in the value, AWS matches the whole
// value, so every pattern must be the published one wrapped as ^(?:…)$.
import { walkSchema } from '../walk-schema.js';

const prefix = '^(?:';
const suffix = ')$';

/**
 * @param {unknown} rootSchema a schema as written (the rule runs on the unresolved document)
 * @param {unknown} _options
 * @param {{ path: Array<string|number> }} context
 */
export default function anchoredPattern(rootSchema, _options, context) {
  const results = [];
  for (const { schema, path } of walkSchema(rootSchema)) {
    if (!('pattern' in schema)) continue;
    const problem = anchoringProblem(schema.pattern);
    if (problem !== undefined) results.push({ message: problem, path: [...context.path, ...path, 'pattern'] });
  }
  return results;
}

/** @param {unknown} pattern @returns {string | undefined} */
function anchoringProblem(pattern) {
  if (typeof pattern !== 'string') return 'pattern is not a string';
  if (!pattern.startsWith(prefix) || !pattern.endsWith(suffix)) {
    return `pattern ${JSON.stringify(pattern)} is not wrapped as ^(?:…)$, so ECMAScript accepts any value that merely contains a match`;
  }
  // `^(?:a)|(?:b)$` starts and ends right, yet anchors only its outer alternatives. The wrap covers
  // the whole pattern exactly when the part inside it is a regular expression of its own.
  const inner = pattern.slice(prefix.length, -suffix.length);
  try {
    new RegExp(inner);
  } catch (error) {
    return `pattern ${JSON.stringify(pattern)}: the part inside ^(?:…)$ is not a regular expression of its own (${reason(error)}), so the anchors do not apply to the whole value`;
  }
  // The project's validators compile patterns with the `u` flag (AJV's unicodeRegExp).
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    return `pattern ${JSON.stringify(pattern)} does not compile with the u flag (${reason(error)})`;
  }
  return undefined;
}

/** @param {unknown} error */
function reason(error) {
  return error instanceof Error ? error.message : String(error);
}
