import { InputFileError } from '../spec/input-file-error.js';

/** A pact file or directory that cannot be read: bad input, told in one line naming the file and the problem. */
export class PactFileError extends InputFileError {
  override readonly name = 'PactFileError';
}
