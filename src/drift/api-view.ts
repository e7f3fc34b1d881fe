// The shape both sides are read into before they are compared: an AWS service model (botocore or
// Smithy) and the OpenAPI spec each become an ApiView, so the comparison knows neither format.
// Every value carries `at`, where it is written: a JSON pointer into the model file or the spec.

/** A value and the JSON pointer of the node that states it. */
export interface Located<T> {
  value: T;
  at: string;
}

/** JSON types, plus AWS's timestamp (a number in a REST-JSON body, a string in a header). */
export type ValueType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'timestamp' | 'any';

/** Where a member travels on the wire. `headers` (a prefix map), `payload` and `statusCode` are AWS bindings the spec can express only loosely. */
export type WireLocation = 'path' | 'query' | 'header' | 'headers' | 'body' | 'payload' | 'statusCode';

export interface ShapeView {
  /** Where the shape (model) or schema (spec, after $refs) is defined; a constraint the side lacks is reported here. */
  at: string;
  /** The AWS shape name (model) or `x-aws-shape` / component name (spec), for messages. */
  name?: string;
  type: Located<ValueType>;
  /** Length (strings, lists, maps) or range (numbers), as AWS's min/max mean either. */
  min?: Located<number>;
  max?: Located<number>;
  /** As AWS publishes it: without ^…$ anchors (the spec's `x-aws-pattern`). */
  pattern?: Located<string>;
  enum?: Located<string[]>;
  members?: MemberView[];
  items?: ShapeView;
}

export interface MemberView {
  /** The member name in the model; the parameter, header or property name in the spec. */
  name: string;
  /** The name on the wire: query key, header name, path label or JSON key. */
  wireName: string;
  location: WireLocation;
  required: Located<boolean>;
  at: string;
  shape: ShapeView;
}

export interface ErrorView {
  name: string;
  at: string;
  status: Located<number>;
  members: MemberView[];
}

export interface OperationView {
  name: string;
  at: string;
  method: Located<string>;
  uri: Located<string>;
  successStatus: Located<number>;
  input: MemberView[];
  /** Where a member missing from the input would be declared. */
  inputAt: string;
  output: MemberView[];
  outputAt: string;
  errors: ErrorView[];
  errorsAt: string;
}

export interface ApiView {
  /** What was read, for the report: `botocore`, `smithy` or `openapi`. */
  format: 'botocore' | 'smithy' | 'openapi';
  /** The operations asked for that the document defines. */
  operations: Map<string, OperationView>;
  /** Where an operation missing from this side would be declared. */
  operationsAt: string;
}

/** The operations the spec describes, in the order reports list them. */
export const comparedOperations = ['PutRuntimeManagementConfig', 'GetRuntimeManagementConfig'] as const;
