// A PactV4 consumer pact written to a fresh temporary directory; the suite compares the result with
// the committed file in contracts/ (vitest file snapshot: `-u` rewrites it).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PactV4, type V3MockServer } from '@pact-foundation/pact';
import type { CatalogEntry } from '../../../src/contracts/index.js';
import { addCatalogInteraction } from '../../../src/contracts/pact.js';

export const providerName = 'lambda-runtime-management';

export interface ConsumerPact {
  pact: PactV4;
  /** Where pact writes the file while the suite runs. */
  writtenFile: string;
  /** The committed contract, relative to test/contracts/ (as toMatchFileSnapshot wants it). */
  committedFile: string;
  readWritten(): string;
  removeTemporaryDir(): void;
}

export function consumerPact(consumer: string): ConsumerPact {
  const dir = mkdtempSync(join(tmpdir(), 'lambda-rmc-pact-'));
  const fileName = `${consumer}-${providerName}.json`;
  const writtenFile = join(dir, fileName);
  return {
    pact: new PactV4({ consumer, provider: providerName, dir, host: '127.0.0.1', logLevel: 'error' }),
    writtenFile,
    committedFile: `../../contracts/${fileName}`,
    readWritten: () => readFileSync(writtenFile, 'utf8'),
    removeTemporaryDir: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Runs one catalog interaction through Pact's mock server. The pinned mock server (pact-ffi 0.5.4)
 * records a match through a channel after it has answered, so the check that follows the test can,
 * under load, miss a request that was matched and answered
 * (pact-foundation/pact-core-mock-server#13; fixed in pact-ffi 0.5.6, which pact 16.5.0 predates).
 * Only that outcome is run again, and only when the test itself passed: an unexpected or
 * mismatched request, or a failed assertion, fails at once.
 */
export async function executeCatalogTest(pact: PactV4, entry: CatalogEntry, test: (server: V3MockServer) => Promise<void>, attempts = 3): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    let testPassed = false;
    try {
      await addCatalogInteraction(pact, entry).executeTest(async (server) => {
        await test(server);
        testPassed = true;
      });
      return;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const onlyUnrecordedMatch = /expected but not received/.test(message) && !/was not expected|was incorrect/.test(message);
      if (!testPassed || !onlyUnrecordedMatch || attempt >= attempts) throw error;
    }
  }
}
