// rmc-pattern-published: a pattern that stands for an AWS model shape keeps the published AWS pattern
// beside it in `x-aws-pattern` (ValidationException messages quote it), and the two must not drift:
// `pattern` is `^(?:` + x-aws-pattern + `)$`.
//
// The one kind of deviation the spec documents is a bounded repetition where AWS publishes an
// unbounded one (NamespacedFunctionName's name part: `+` tightened to `{1,64}`, the 64-character
// limit on a plain name). So both sides are compared with every `{1,n}` read as `+`; any other
// difference is drift. That the pattern compiles (with the `u` flag) is rmc-pattern-anchored's job.
import { walkSchema } from '../walk-schema.js';

/**
 * @param {unknown} rootSchema a schema as written (the rule runs on the unresolved document)
 * @param {unknown} _options
 * @param {{ path: Array<string|number> }} context
 */
export default function publishedPattern(rootSchema, _options, context) {
  const results = [];
  for (const { schema, path } of walkSchema(rootSchema)) {
    const problem = 'x-aws-pattern' in schema ? driftProblem(schema) : missingProblem(schema, [...context.path, ...path]);
    if (problem !== undefined) results.push({ message: problem, path: [...context.path, ...path] });
  }
  return results;
}

/** @param {Record<string, unknown>} schema @returns {string | undefined} */
function driftProblem(schema) {
  const published = schema['x-aws-pattern'];
  if (typeof published !== 'string' || published === '') return 'x-aws-pattern is not a non-empty string';
  if (!('pattern' in schema)) return 'schema carries x-aws-pattern but no pattern, so the published constraint is not enforced';
  const expected = `^(?:${published})$`;
  if (typeof schema.pattern !== 'string' || boundsAsPlus(schema.pattern) !== boundsAsPlus(expected)) {
    return `pattern ${JSON.stringify(schema.pattern)} is not the published x-aws-pattern wrapped as ${JSON.stringify(expected)}`;
  }
  return undefined;
}

/**
 * Only a named component schema stands for an AWS shape; inline patterns (a header's digits, the
 * ValidationException message format) are the project's own and have no published counterpart.
 * @param {Record<string, unknown>} schema
 * @param {Array<string|number>} schemaPath
 * @returns {string | undefined}
 */
function missingProblem(schema, schemaPath) {
  const isNamedComponentSchema = schemaPath.length === 3 && schemaPath[0] === 'components' && schemaPath[1] === 'schemas';
  if (!isNamedComponentSchema || !('pattern' in schema)) return undefined;
  return 'named schema has a pattern but no x-aws-pattern (the published AWS pattern it wraps)';
}

/** @param {string} pattern */
function boundsAsPlus(pattern) {
  return pattern.replace(/\{1,\d+\}/g, '+');
}
