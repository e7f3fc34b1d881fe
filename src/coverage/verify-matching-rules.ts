// Reads a pact response's matching rules into one shape, whatever the Pact version wrote:
// - V2: `{ "$.body.FunctionArn": { "match": "regex", "regex": "…" }, "$.headers.Retry-After": {…} }`
// - V3/V4: `{ "body": { "$.FunctionArn": { "combine": "AND", "matchers": [{ "match": "regex", … }] } },
//            "header": { "Retry-After": { "matchers": [ … ] } }, "status": { … } }`
import { isJsonObject } from '../spec/json-object.js';

export interface PactMatcher {
  /** `type`, `regex`, `include`, `integer`, … as the file names it (a V2 rule with only `regex` is `regex`). */
  match: string;
  regex?: string;
}

export interface MatchingRule {
  category: 'body' | 'header' | 'status';
  /** Body: a JSONPath from the body's root (`$.FunctionArn`); header: the header name in lower case; status: ''. */
  path: string;
  matchers: PactMatcher[];
}

export function matchingRulesOf(raw: unknown): MatchingRule[] {
  const rules = asRecord(raw);
  if (!rules) return [];
  if (Object.keys(rules).some((key) => key.startsWith('$'))) return v2Rules(rules);
  const result: MatchingRule[] = [];
  for (const [category, key] of [['body', 'body'], ['header', 'header'], ['header', 'headers'], ['status', 'status']] as const) {
    const entries = asRecord(rules[key]);
    if (!entries) continue;
    // V4 may hold the status rule directly (`{ "status": { "matchers": [...] } }`).
    if (category === 'status' && 'matchers' in entries) {
      result.push({ category, path: '', matchers: matchersOf(entries) });
      continue;
    }
    for (const [path, rule] of Object.entries(entries)) {
      result.push({ category, path: category === 'header' ? headerName(path) : path, matchers: matchersOf(rule) });
    }
  }
  return result;
}

function v2Rules(rules: Record<string, unknown>): MatchingRule[] {
  return Object.entries(rules).flatMap(([key, rule]): MatchingRule[] => {
    if (key === '$.body' || key.startsWith('$.body.') || key.startsWith('$.body[')) {
      return [{ category: 'body', path: `$${key.slice('$.body'.length)}`, matchers: matchersOf(rule) }];
    }
    if (key.startsWith('$.headers.')) return [{ category: 'header', path: headerName(key.slice('$.headers.'.length)), matchers: matchersOf(rule) }];
    if (key.startsWith("$.headers['")) return [{ category: 'header', path: headerName(key.slice("$.headers['".length, -2)), matchers: matchersOf(rule) }];
    return [];
  });
}

/** A V3 header rule may be keyed `$.Retry-After` or `Retry-After`. */
function headerName(path: string): string {
  return (path.startsWith('$.') ? path.slice(2) : path).toLowerCase();
}

function matchersOf(rule: unknown): PactMatcher[] {
  const record = asRecord(rule);
  if (!record) return [];
  const list = Array.isArray(record['matchers']) ? record['matchers'] : [record];
  return list.flatMap((item): PactMatcher[] => {
    const matcher = asRecord(item);
    if (!matcher) return [];
    const regex = typeof matcher['regex'] === 'string' ? matcher['regex'] : undefined;
    const match = typeof matcher['match'] === 'string' ? matcher['match'] : regex !== undefined ? 'regex' : 'type';
    return [regex === undefined ? { match } : { match, regex }];
  });
}

export interface BodyLocation {
  /** Member names and array indexes from the body's root. */
  tokens: Array<string | number>;
  value: unknown;
}

/**
 * The places in `body` a JSONPath names: `$`, `.name`, `['name']`, `[0]`, `[*]` and `.*`. A path
 * naming nothing in the body (a matcher for a member the example left out) yields no place.
 */
export function locate(body: unknown, path: string): BodyLocation[] {
  const steps = jsonPathSteps(path);
  if (!steps) return [];
  let places: BodyLocation[] = [{ tokens: [], value: body }];
  for (const step of steps) {
    places = places.flatMap((place) => {
      const { value } = place;
      if (step === '*') {
        if (Array.isArray(value)) return (value as unknown[]).map((item, index) => ({ tokens: [...place.tokens, index], value: item }));
        const record = asRecord(value);
        return record ? Object.entries(record).map(([key, item]) => ({ tokens: [...place.tokens, key], value: item })) : [];
      }
      if (typeof step === 'number') return Array.isArray(value) && step < value.length ? [{ tokens: [...place.tokens, step], value: (value as unknown[])[step] }] : [];
      const record = asRecord(value);
      return record && Object.hasOwn(record, step) ? [{ tokens: [...place.tokens, step], value: record[step] }] : [];
    });
  }
  return places;
}

/** `$.a['b-c'][0].*` → ['a', 'b-c', 0, '*']; undefined for a path this reader does not understand. */
export function jsonPathSteps(path: string): Array<string | number> | undefined {
  if (!path.startsWith('$')) return undefined;
  const steps: Array<string | number> = [];
  const step = /\.([^.[\]]+)|\['((?:[^'\\]|\\.)*)'\]|\["((?:[^"\\]|\\.)*)"\]|\[(\d+|\*)\]/gy;
  step.lastIndex = 1;
  while (step.lastIndex < path.length) {
    const match = step.exec(path);
    if (!match) return undefined;
    const [, dotted, single, double, index] = match;
    if (index !== undefined) steps.push(index === '*' ? '*' : Number(index));
    else steps.push((dotted ?? single ?? double ?? '').replace(/\\(.)/g, '$1'));
  }
  return steps;
}

/** A copy of `body` with the value at `tokens` replaced. */
export function replaceAt(body: unknown, tokens: ReadonlyArray<string | number>, value: unknown): unknown {
  if (tokens.length === 0) return value;
  const [head, ...rest] = tokens;
  if (Array.isArray(body)) return (body as unknown[]).map((item, index) => (index === head ? replaceAt(item, rest, value) : item));
  const record = asRecord(body) ?? {};
  return { ...record, [String(head)]: replaceAt(record[String(head)], rest, value) };
}

/** `body.a.b[0]`-style field name for a place, as validateResponse names fields. */
export function bodyField(tokens: ReadonlyArray<string | number>): string {
  return ['body', ...tokens.map(String)].join('.');
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return isJsonObject(value) ? value : undefined;
}
