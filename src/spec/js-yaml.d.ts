// The part of js-yaml 4's API the spec layer uses (the package ships no types, and @types/js-yaml is
// not installed). Kept to what parse-common-yaml.ts and common-yaml-schema.ts call.
declare module 'js-yaml' {
  export interface TypeOptions {
    kind: 'scalar' | 'sequence' | 'mapping';
    resolve?: (data: unknown) => boolean;
    construct?: (data: unknown) => unknown;
  }

  export class Type {
    constructor(tag: string, options: TypeOptions);
  }

  export class Schema {
    constructor(definition: { implicit?: Type[]; explicit?: Type[] });
  }

  /** What the loader exposes to a listener: the reader's state as it opens and closes each node. */
  export interface LoaderState {
    /** Where the reader is in the input. */
    position: number;
    /** The node just built (on 'close'). */
    result: unknown;
    /** 'scalar', 'sequence' or 'mapping' on 'close'; null for an alias or an empty node. */
    kind: string | null;
    tag: string | null;
    anchor: string | null;
    /** The %YAML directive's version, when the document has one. */
    version: string | null;
    /** %TAG directives, by handle. */
    tagMap: Record<string, string>;
  }

  export interface LoadOptions {
    schema?: Schema;
    json?: boolean;
    maxDepth?: number;
    listener?: (event: 'open' | 'close', state: LoaderState) => void;
    onWarning?: (warning: Error) => void;
  }

  export function load(text: string, options?: LoadOptions): unknown;
}
