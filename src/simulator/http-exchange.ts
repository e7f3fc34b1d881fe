/** One request as the simulator's HTTP front end hands it over: head parsed, body read in full. */
export interface HttpRequest {
  method: string;
  /** The request target exactly as sent: path and query, not decoded. */
  target: string;
  /** Header values by lower-case name; a repeated header's values joined with ', '. */
  headers: Readonly<Record<string, string | undefined>>;
  /** The whole body (empty when there was none), or 'too-large' when it passed the limit and was not read. */
  body: Buffer | 'too-large';
}

/** How a handler answers; every request gets exactly one answer (later calls are ignored). */
export interface HttpReply {
  /** `headers` is a flat [name, value, …] list; Date, Connection and Content-Length are added. */
  send(status: number, headers: readonly string[], payload: string, options?: { closeConnection?: boolean }): void;
}

export type HttpHandler = (request: HttpRequest, reply: HttpReply) => void | Promise<void>;
