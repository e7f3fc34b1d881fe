// Parsed JSON/YAML is `unknown`; a mapping is the one shape every reader of a spec needs to test for.
export type JsonObject = { [key: string]: unknown };

/** A mapping (not null, not a list): what an OpenAPI object is once parsed. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
