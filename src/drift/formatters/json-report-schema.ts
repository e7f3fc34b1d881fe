// The documented shape of `lambda-rmc drift --format json` (JSON Schema draft 2020-12). Tests validate
// the command's output against it, so the documentation cannot drift from the output.
import { reportJsonSchema } from '../../reports/index.js';
import { driftKinds } from '../drift-report.js';

export const driftReportJsonSchema = reportJsonSchema('drift', ['model', 'spec', 'drift', 'compared', 'differences'], {
  model: {
    type: 'object',
    required: ['file', 'format'],
    additionalProperties: false,
    properties: { file: { type: 'string' }, format: { enum: ['botocore', 'smithy'], description: "botocore's service-2.json or a Smithy JSON AST." } },
  },
  spec: { type: 'object', required: ['file'], additionalProperties: false, properties: { file: { type: 'string' } } },
  drift: { type: 'boolean', description: 'Whether any difference was found (exit code 1).' },
  compared: {
    type: 'object',
    required: ['operations', 'members', 'errors'],
    additionalProperties: false,
    properties: {
      operations: { type: 'array', items: { type: 'string' } },
      members: { type: 'integer', minimum: 0, description: 'Model members looked up in the spec (request, response, error bodies, nested).' },
      errors: { type: 'integer', minimum: 0, description: "Errors of the operations' model error lists looked up in the spec." },
    },
  },
  differences: {
    type: 'array',
    items: {
      type: 'object',
      required: ['kind', 'operation', 'subjects', 'message', 'model', 'spec'],
      additionalProperties: false,
      properties: {
        kind: { enum: Object.keys(driftKinds) },
        operation: { type: 'string', description: 'The first operation the difference was found in.' },
        subjects: { type: 'array', minItems: 1, items: { type: 'string' }, description: 'Every member or error the difference affects.' },
        message: { type: 'string' },
        model: {
          type: 'object',
          required: ['path'],
          additionalProperties: false,
          properties: {
            path: { type: 'string', description: 'JSON pointer into the model file (or, for an AWS common error, the page that lists it).' },
            value: {},
          },
        },
        spec: {
          type: 'object',
          required: ['pointer'],
          additionalProperties: false,
          properties: { pointer: { type: 'string', description: 'JSON pointer into the spec.' }, line: { type: 'integer', minimum: 1 }, value: {} },
        },
      },
    },
  },
});
