// The documented shape of `lambda-rmc diff --format json` (JSON Schema draft 2020-12). Tests validate
// the command's output against it, so the documentation cannot drift from the output.
import { reportJsonSchema } from '../../reports/index.js';

const level = { enum: ['ERR', 'WARN', 'INFO'] } as const;
const location = {
  type: 'object',
  description: "Where the change sits in that side's document.",
  required: ['pointer'],
  additionalProperties: false,
  properties: {
    pointer: { type: 'string', description: 'JSON pointer (RFC 6901) to the node as written, after $refs.' },
    line: { type: 'integer', minimum: 1, description: '1-based line of that node in the file.' },
  },
} as const;
const operation = {
  type: 'object',
  required: ['method', 'path'],
  additionalProperties: false,
  properties: { method: { type: 'string' }, path: { type: 'string' } },
} as const;
const side = {
  type: 'object',
  required: ['label', 'file'],
  additionalProperties: false,
  properties: {
    label: { type: 'string', description: 'The side as given on the command line: a path or <git-ref>:<path>.' },
    file: { type: 'string', description: 'The file, relative to the working directory; what line numbers refer to.' },
  },
} as const;

export const diffReportJsonSchema = reportJsonSchema('diff', ['base', 'head', 'failOn', 'failed', 'summary', 'changes'], {
  base: side,
  head: side,
  failOn: { ...level, description: 'The --fail-on threshold.' },
  failed: { type: 'boolean', description: 'Whether the gate fails: a change at or above failOn, or a contract no longer accepted (exit code 1).' },
  summary: {
    type: 'object',
    required: ['ERR', 'WARN', 'INFO'],
    additionalProperties: false,
    properties: { ERR: { type: 'integer', minimum: 0 }, WARN: { type: 'integer', minimum: 0 }, INFO: { type: 'integer', minimum: 0 } },
  },
  changes: {
    type: 'array',
    description: 'Most severe first.',
    items: {
      type: 'object',
      required: ['id', 'level', 'direction', 'message'],
      additionalProperties: false,
      properties: {
        id: { type: 'string', description: "The rule id (oasdiff's where oasdiff has the rule); the id alone decides the level." },
        level,
        direction: { enum: ['request', 'response', 'none'], description: 'Whose data the change constrains.' },
        operation: { ...operation, description: 'The first of `operations`.' },
        operations: {
          type: 'array',
          minItems: 1,
          items: operation,
          description:
            'Every operation the change reaches (sorted by path, then method): a change inside a shared component is reported once, where it is defined.',
        },
        message: { type: 'string' },
        base: location,
        head: location,
        from: { description: 'The old value, when the change has one.' },
        to: { description: 'The new value, when the change has one.' },
        witness: { type: 'string', description: 'For a pattern change, a value one pattern accepts and the other refuses.' },
      },
    },
  },
  contracts: {
    type: 'object',
    description: 'Present with --contracts: the pact interactions the head spec no longer accepts where the base spec did.',
    required: ['directory', 'checked', 'impacted'],
    additionalProperties: false,
    properties: {
      directory: { type: 'string' },
      checked: { type: 'integer', minimum: 0, description: 'HTTP interactions read.' },
      impacted: {
        type: 'array',
        items: {
          type: 'object',
          required: ['file', 'description', 'problems'],
          additionalProperties: false,
          properties: {
            file: { type: 'string' },
            line: { type: 'integer', minimum: 1 },
            description: { type: 'string', description: 'The interaction description.' },
            problems: { type: 'array', minItems: 1, items: { type: 'string' }, description: 'Why the head spec refuses the interaction, one sentence each.' },
          },
        },
      },
    },
  },
});
