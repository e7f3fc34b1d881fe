// Reading pact files from disk: every failure is a PactFileError naming the file and the problem.
import { relative, resolve } from 'node:path';
import { readInputText } from '../spec/read-input-file.js';
import { SourceLines } from '../spec/source-lines.js';
import { looksLikePact, parsePact, type PactFile, type PactHttpInteraction } from './pact-file.js';
import { PactFileError } from './pact-file-error.js';
import { pactFilesUnder } from './pact-paths.js';

/**
 * One pact file, named in its interactions and in errors by the path as given. Lines are left out:
 * mapping them costs about three parses of the file, so verify maps only the files with problems.
 */
export function readPactFile(file: string): PactFile {
  return parsePact(readJson(file, file).document, file);
}

/**
 * The HTTP interactions of every pact under a directory (subdirectories too), named relative to `cwd`.
 * A JSON file laid out as no pact (no `interactions`) is skipped: a contracts folder may hold others.
 */
export function readPactDirectory(directory: string, cwd: string): PactHttpInteraction[] {
  return pactFilesUnder(resolve(cwd, directory), directory).flatMap((path) => {
    const file = relative(cwd, path);
    const { document, text } = readJson(path, file);
    return looksLikePact(document) ? parsePact(document, file, sourceLinesOrNone(text)).interactions : [];
  });
}

function readJson(path: string, shownAs: string): { document: unknown; text: string } {
  const read = readInputText(path);
  if (!read.ok) throw new PactFileError(shownAs, read.error.problem);
  const text = read.value;
  try {
    return { document: JSON.parse(text), text };
  } catch (error) {
    throw new PactFileError(shownAs, `invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Line numbers for a pact's text; none for one too deep to map (it was read, so it is still reported, without lines). */
function sourceLinesOrNone(text: string): SourceLines | undefined {
  try {
    return new SourceLines(text);
  } catch {
    return undefined;
  }
}
