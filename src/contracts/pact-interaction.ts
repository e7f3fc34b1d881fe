// Turns a catalog entry into a Pact V4 HTTP interaction: the request exactly as a consumer sends it,
// the response as the spec's example with spec-derived matchers on everything but the values the
// interaction is about (the mode, the error name).
import type { Matcher, PactV4, TemplateHeaders } from '@pact-foundation/pact';
import { specFacts } from '../generated/spec-facts.js';
import type { MemberName } from '../validation/index.js';
import type { CatalogEntry, CatalogRequestBody } from './catalog-entry.js';
import { errorMemberSchema, responseHeader, successMemberSchema } from './spec-document.js';
import { pactLibrary } from './pact-library.js';
import { matcherFromSchema, requestMemberMatcher, stringMatcherFromSchema } from './spec-matchers.js';
import { isJsonObject } from '../spec/json-object.js';

const { MatchersV3 } = pactLibrary;

type UnconfiguredInteraction = ReturnType<PactV4['addInteraction']>;
type InteractionWithRequest = ReturnType<UnconfiguredInteraction['withRequest']>;
/** A configured interaction: call `executeTest` on it. */
export type CatalogInteraction = ReturnType<InteractionWithRequest['willRespondWith']>;

/** Body members compared exactly: they tell one documented variant from another. */
const exactBodyMembers = new Set(['UpdateRuntimeOn']);
const errorTypeHeader = 'x-amzn-ErrorType';

/**
 * The request path as the pact records it: FunctionName as the value itself (`arn:aws:lambda:…`), not
 * percent-encoded. That is the parameter's value OpenAPI describes, so a checker that matches the
 * recorded path against the spec's FunctionName pattern without decoding it (PactFlow's
 * swagger-mock-validator) accepts it, and a provider verifier sends a path every server decodes alike.
 * Only characters a path segment cannot hold as they are (space, `/`, `?`, `#`, …) are encoded.
 */
export function requestPath(entry: CatalogEntry): string {
  return specFacts.operations[entry.operation].path.replace('{FunctionName}', [...entry.request.functionName].map(inPathSegment).join(''));
}

/**
 * The request path a consumer may send: exactly `requestPath`, except that each character of
 * FunctionName the path holds as it is but encodeURIComponent escapes (`:` and `$` in ARNs and
 * qualified names) may come percent-encoded, as the AWS SDK and openapi-fetch send it. Pact's mock
 * server compares paths without decoding them, so the exact path alone would refuse the SDK's request.
 */
export function requestPathMatcher(entry: CatalogEntry): string | Matcher<string> {
  const path = requestPath(entry);
  const name = [...entry.request.functionName];
  if (name.every((character) => inPathSegment(character) === encodeURIComponent(character))) return path;
  const [before, after] = specFacts.operations[entry.operation].path.split('{FunctionName}') as [string, string];
  const namePattern = name.map((character) => eitherForm(inPathSegment(character), encodeURIComponent(character))).join('');
  return MatchersV3.regex(`^${escapeRegex(before)}${namePattern}${escapeRegex(after)}$`, path);
}

/** RFC 3986 allows these in a path segment as they are; encodeURIComponent escapes them. */
const segmentSafe = new Set([':', '@', '$', '&', '+', ',', ';', '=']);

function inPathSegment(character: string): string {
  return segmentSafe.has(character) ? character : encodeURIComponent(character);
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The character as the path records it, or percent-encoded (hex in either case) as a client sends it. */
function eitherForm(recorded: string, encoded: string): string {
  const lowerHex = encoded.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
  const patterns = [...new Set([recorded, encoded, lowerHex])].map(escapeRegex);
  return patterns.length === 1 ? patterns[0]! : `(?:${patterns.join('|')})`;
}

/**
 * Adds the entry to a PactV4 consumer pact and returns the configured interaction.
 * @example await addCatalogInteraction(pact, entry).executeTest(async (server) => callYourClient(server.url))
 */
export function addCatalogInteraction(pact: Pick<PactV4, 'addInteraction'>, entry: CatalogEntry): CatalogInteraction {
  const facts = specFacts.operations[entry.operation];
  return pact
    .addInteraction()
    .given(entry.state.name, entry.state.params)
    .uponReceiving(entry.description)
    .withRequest(facts.method, requestPathMatcher(entry), (builder) => {
      if (entry.request.qualifier !== undefined) builder.query({ Qualifier: entry.request.qualifier });
      if (entry.request.body !== undefined) builder.jsonBody(requestBodyTemplate(entry.request.body));
    })
    .willRespondWith(entry.response.status, (builder) => {
      builder.headers(responseHeadersTemplate(entry));
      builder.jsonBody(responseBodyTemplate(entry));
    });
}

/** The response headers the spec requires, each with its example; the error name is exact. */
export function responseHeadersTemplate(entry: CatalogEntry): TemplateHeaders {
  const status = String(entry.response.status);
  const documented = specFacts.operations[entry.operation].responses.find((response) => response.status === status);
  const headers: TemplateHeaders = {};
  for (const { name } of documented?.headers ?? []) {
    if (name === errorTypeHeader && entry.response.error !== undefined) {
      headers[name] = entry.response.error;
      continue;
    }
    const header = responseHeader(entry.operation, status, name);
    headers[name] = stringMatcherFromSchema(header.schema, header.example);
  }
  return headers;
}

/** The request body with a spec-derived matcher on each member that is not an enum. */
export function requestBodyTemplate(body: CatalogRequestBody): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(body).map(([member, value]) => {
      const known = Object.hasOwn(specFacts.members, member) ? specFacts.members[member as MemberName] : undefined;
      return [member, known && !('enum' in known) && typeof value === 'string' ? requestMemberMatcher(known.name, value) : value];
    }),
  );
}

/** The response body: the spec example with spec-derived matchers, the mode exact. */
export function responseBodyTemplate(entry: CatalogEntry): unknown {
  const body = entry.response.body;
  if (!isJsonObject(body)) return body;
  const error = entry.response.error;
  return Object.fromEntries(
    Object.entries(body).map(([member, value]) => {
      const schema = error === undefined ? successMemberSchema(entry.operation, member) : errorMemberSchema(error, member);
      return [member, matcherFromSchema(schema, value, error === undefined && exactBodyMembers.has(member) ? 'exact' : 'shape')];
    }),
  );
}
