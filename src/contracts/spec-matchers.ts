// Pact matchers derived from the spec's schemas: a value the consumer relies on only for its shape
// gets the spec's own constraint (anchored pattern, enum, type), never a hand-written regex.
import type { Matcher } from '@pact-foundation/pact';
import { specFacts } from '../generated/spec-facts.js';
import { isJsonObject, type JsonObject } from '../spec/json-object.js';
import { pactLibrary } from './pact-library.js';

const { MatchersV3 } = pactLibrary;

/** How an example is matched: by the spec's constraint, or exactly (the value the interaction is about). */
export type MatchMode = 'shape' | 'exact';

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The matcher for `example` under `schema`: a value that is not a string (null, say), a one-value
 * enum, or mode `exact` matches by equality; otherwise the schema's pattern (anchored in this spec),
 * its enum as an anchored alternation, or its type. A `oneOf` uses the branch the example belongs to.
 */
export function matcherFromSchema(schema: JsonObject | undefined, example: unknown, mode: MatchMode = 'shape'): unknown {
  if (typeof example !== 'string' || mode === 'exact' || schema === undefined) return example;
  return stringMatcherFromSchema(branchFor(schema, example), example);
}

/** The matcher for a string example (a header value, a string member) under its schema. */
export function stringMatcherFromSchema(schema: JsonObject, example: string): string | Matcher<string> {
  const values = schema['enum'];
  if (Array.isArray(values)) {
    return values.length <= 1 ? example : MatchersV3.regex(`^(?:${values.map((value) => escapeRegex(String(value))).join('|')})$`, example);
  }
  if (typeof schema['pattern'] === 'string') return MatchersV3.regex(schema['pattern'], example);
  return MatchersV3.string(example);
}

/** The matcher for a request member, from the published pattern in the spec facts (anchored, as AWS matches it). */
export function requestMemberMatcher(member: keyof typeof specFacts.members, example: string): string | Matcher<string> {
  const facts = specFacts.members[member];
  if ('awsPattern' in facts) return MatchersV3.regex(`^(?:${facts.awsPattern})$`, example);
  return example;
}

function branchFor(schema: JsonObject, example: unknown): JsonObject {
  const branches = schema['oneOf'] ?? schema['anyOf'];
  if (!Array.isArray(branches)) return schema;
  const resolved = branches.filter(isJsonObject);
  const nonNull = resolved.find((branch) => branch['type'] !== 'null');
  return example !== null && nonNull ? nonNull : schema;
}
