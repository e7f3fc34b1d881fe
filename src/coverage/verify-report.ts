// What `lambda-rmc verify` finds: per HTTP interaction, every way it departs from what Lambda
// allows. ERR: the request is one the spec does not document, or the response is one Lambda would
// not give to that request; the interaction fails. WARN: the interaction verifies, but a matcher
// admits values the spec refuses.

export type VerifyLevel = 'ERR' | 'WARN';

export interface VerifyProblem {
  level: VerifyLevel;
  /** Where: `request.path FunctionName`, `request.query.Qualifier`, `request.body.UpdateRuntimeOn`, `response.status`, `response.header Retry-After`, `response.body.FunctionArn`, `response.matchingRules.body $.FunctionArn`. */
  field: string;
  problem: string;
}

export interface InteractionVerdict {
  file: string;
  /** 1-based line of the interaction in its file, when known. */
  line?: number;
  consumer: string;
  description: string;
  /** Position in the file's `interactions` array. */
  index: number;
  /** The operation the request addresses; absent when it addresses none. */
  operation?: string;
  /** Whether no problem is an ERR. */
  verified: boolean;
  problems: VerifyProblem[];
}

export interface VerifyReport {
  files: string[];
  /** Every HTTP interaction read, in file order. */
  interactions: InteractionVerdict[];
  checked: number;
  verified: number;
  failed: number;
  /** Interactions that verify with at least one WARN. */
  warned: number;
}

export function summarize(files: string[], interactions: InteractionVerdict[]): VerifyReport {
  const failed = interactions.filter((verdict) => !verdict.verified).length;
  const warned = interactions.filter((verdict) => verdict.verified && verdict.problems.length > 0).length;
  return { files, interactions, checked: interactions.length, verified: interactions.length - failed, failed, warned };
}

/** The gate fails on a failing interaction, and with `failOn` WARN on a warning too. */
export function verifyFails(report: VerifyReport, failOn: VerifyLevel): boolean {
  return report.failed > 0 || (failOn === 'WARN' && report.warned > 0);
}
