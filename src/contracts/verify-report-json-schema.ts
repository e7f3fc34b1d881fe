// The documented shape of `lambda-rmc verify --format json` (JSON Schema draft 2020-12). Tests
// validate the command's output against it, so the documentation cannot drift from the output.
const level = { enum: ['ERR', 'WARN'] } as const;

export const verifyReportJsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/lambda-rmc/lambda-rmc/verify-report.v1.json',
  title: 'lambda-rmc verify report, version 1',
  type: 'object',
  required: ['version', 'failOn', 'failed', 'files', 'summary', 'interactions'],
  additionalProperties: false,
  properties: {
    version: { const: 1 },
    failOn: { ...level, description: 'The --fail-on threshold.' },
    failed: { type: 'boolean', description: 'Whether the check fails (exit code 1).' },
    files: { type: 'array', items: { type: 'string' }, description: 'The pact files read, as given (relative to the working directory when inside it).' },
    summary: {
      type: 'object',
      required: ['checked', 'verified', 'failed', 'warned'],
      additionalProperties: false,
      properties: {
        checked: { type: 'integer', minimum: 0, description: 'HTTP interactions read.' },
        verified: { type: 'integer', minimum: 0, description: 'Interactions with no ERR.' },
        failed: { type: 'integer', minimum: 0, description: 'Interactions with an ERR.' },
        warned: { type: 'integer', minimum: 0, description: 'Verified interactions with a WARN.' },
      },
    },
    interactions: {
      type: 'array',
      description: 'Every HTTP interaction, in file order.',
      items: {
        type: 'object',
        required: ['file', 'consumer', 'description', 'index', 'verified', 'problems'],
        additionalProperties: false,
        properties: {
          file: { type: 'string' },
          line: { type: 'integer', minimum: 1, description: "1-based line of the interaction in its file (given for interactions with problems)." },
          consumer: { type: 'string' },
          description: { type: 'string', description: 'The interaction description.' },
          index: { type: 'integer', minimum: 0, description: "Position in the file's interactions array." },
          operation: { type: 'string', description: 'The operation the request addresses; absent when it addresses none.' },
          verified: { type: 'boolean' },
          problems: {
            type: 'array',
            items: {
              type: 'object',
              required: ['level', 'field', 'problem'],
              additionalProperties: false,
              properties: { level, field: { type: 'string' }, problem: { type: 'string' } },
            },
          },
        },
      },
    },
  },
} as const;
