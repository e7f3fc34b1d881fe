import { InputFileError } from '../spec/index.js';

/** A model file that cannot be read or is not an AWS service model; `message` names the file, the field and the problem. */
export class AwsModelError extends InputFileError {
  override readonly name = 'AwsModelError';
}
