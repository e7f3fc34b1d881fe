import { oneLine } from './report-markup.js';

/**
 * Bad input read from a file, told in one line naming the file and the problem; subclasses name the
 * kind of file. Both are kept on one line (oneLine): a file's name or a parser's quote of its bytes
 * must not be able to start a line of its own on stderr.
 */
export abstract class InputFileError extends Error {
  readonly file: string;
  readonly problem: string;

  constructor(file: string, problem: string) {
    super(`${oneLine(file)}: ${oneLine(problem)}`);
    this.file = oneLine(file);
    this.problem = oneLine(problem);
  }
}
