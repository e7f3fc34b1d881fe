/** Why the mock did not start. */
export type MockStartFailure = 'listen-failed' | 'prism-exited' | 'prism-timeout' | 'aborted';

/** The mock could not be started; `message` is one line, ending with Prism's own last words if any. */
export class MockStartError extends Error {
  override readonly name = 'MockStartError';
  constructor(
    readonly failure: MockStartFailure,
    message: string,
    /** Prism's last diagnostic line (its fatal log line, else its last stderr line). */
    readonly prismSaid?: string,
  ) {
    super(prismSaid === undefined ? message : `${message}: ${prismSaid}`);
  }
}
