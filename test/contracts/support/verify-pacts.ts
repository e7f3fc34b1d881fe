import type { Verifier } from '@pact-foundation/pact';

/**
 * Runs the verification and returns one line per failed interaction ('' list when all pass), so a
 * failure reads as the interactions and their mismatches rather than the verifier's whole JSON report.
 */
export async function failedInteractions(verifier: Verifier): Promise<string[]> {
  try {
    await verifier.verifyProvider();
    return [];
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    let report: { errors?: Array<{ interaction?: string; mismatch?: { message?: string; mismatches?: Array<{ mismatch?: string }> } }> };
    try {
      report = JSON.parse(text);
    } catch {
      return [text.split('\n')[0] ?? text];
    }
    return (report.errors ?? []).map((failure) => {
      const details = failure.mismatch?.mismatches?.map((mismatch) => mismatch.mismatch).join('; ') ?? failure.mismatch?.message ?? 'failed';
      return `${failure.interaction ?? '(unnamed interaction)'}: ${details}`;
    });
  }
}
