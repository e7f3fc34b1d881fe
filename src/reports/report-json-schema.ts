// The frame every report's `--format json` schema shares (JSON Schema draft 2020-12): its id and
// title named after the report, a `version` member, no members beyond those documented.

/** `required` and `properties` are the report's own members; `version` comes first in both. */
export function reportJsonSchema<const Required extends readonly string[], const Properties extends Readonly<Record<string, unknown>>>(
  report: string,
  required: Required,
  properties: Properties,
) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://github.com/lambda-rmc/lambda-rmc/${report}-report.v1.json`,
    title: `lambda-rmc ${report} report, version 1`,
    type: 'object',
    required: ['version', ...required] as const,
    additionalProperties: false,
    properties: { version: { const: 1 }, ...properties },
  } as const;
}
