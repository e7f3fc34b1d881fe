// What `lambda-rmc drift` finds: each difference between AWS's model and the spec, named by its kind,
// the model path (a JSON pointer into the model file) and the spec location (pointer and line).

/** Every kind of difference; README's "Drift check" section describes each. */
export const driftKinds = {
  'operation-missing': 'an operation the spec describes is not in the model',
  'http-binding': "an operation's method, URI or success status differs",
  'member-added': 'the model has a member the spec lacks',
  'member-removed': 'the spec has a member the model lacks',
  'member-casing': "a member's name differs only in case",
  'member-location': 'a member travels elsewhere (path, query, header, body)',
  required: 'a member is required on one side only',
  type: "a member's type differs",
  min: 'a minimum (length or value) differs',
  max: 'a maximum (length or value) differs',
  pattern: "a pattern differs (the model's against the spec's x-aws-pattern)",
  enum: 'the enum values differ',
  'error-added': "the model lists an error the operation's spec responses lack",
  'error-removed': 'the spec documents an error the model does not list for the operation',
  'error-status': "an error's HTTP status differs",
} as const;

export type DriftKind = keyof typeof driftKinds;

export interface ModelLocation {
  /** JSON pointer into the model file, e.g. /shapes/RuntimeVersionArn/pattern. */
  path: string;
  value?: unknown;
}

export interface SpecLocation {
  /** JSON pointer into the spec, e.g. /components/schemas/RuntimeVersionArn/x-aws-pattern. */
  pointer: string;
  /** 1-based line of that node in the spec file. */
  line?: number;
  value?: unknown;
}

export interface Difference {
  kind: DriftKind;
  /** The first operation the difference was found in. */
  operation: string;
  /** Every member or error it affects, e.g. `PutRuntimeManagementConfig request FunctionName (path)`. */
  subjects: string[];
  message: string;
  model: ModelLocation;
  spec: SpecLocation;
}

export interface DriftReport {
  model: { file: string; format: 'botocore' | 'smithy' };
  spec: { file: string };
  /** What was compared, so "no difference" can be read as more than "nothing was looked at". */
  compared: { operations: string[]; members: number; errors: number };
  differences: Difference[];
}

export function hasDrift(report: DriftReport): boolean {
  return report.differences.length > 0;
}
