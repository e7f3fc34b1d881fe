// The one shape of an expected failure returned rather than thrown (exceptions are for bugs, and for
// bad input that travels straight to the CLI as an InputError): a discriminated union on `ok`, so
// `if (!result.ok) return result` narrows both ways. Further members (a status, a request id) may
// ride along, as the client's OperationResult does.

/** A value: the step succeeded. */
export interface Ok<T> {
  ok: true;
  value: T;
}

/** A typed error value (an AWS error, an input problem): the step failed as it may. */
export interface Failed<E> {
  ok: false;
  error: E;
}

export type Result<T, E> = Ok<T> | Failed<E>;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const failed = <E>(error: E): Failed<E> => ({ ok: false, error });
