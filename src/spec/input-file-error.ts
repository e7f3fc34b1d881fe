import { oneLine } from './report-markup.js';

/**
 * Bad input: what the user gave (a flag, a file) cannot be used. An expected failure, told as one
 * line: `lambda-rmc <command>: <message>` with exit code 2, in one place (cli/main.ts). Every error
 * for bad input extends this class (most through InputFileError); anything else thrown is a bug.
 */
export abstract class InputError extends Error {
  constructor(message: string) {
    super(oneLine(message));
  }
}

/**
 * Bad input read from a file, told in one line naming the file, the field (when one is to blame) and
 * the problem; subclasses name the kind of file. All are kept on one line (oneLine): a file's name or
 * a parser's quote of its bytes must not be able to start a line of its own on stderr.
 */
export abstract class InputFileError extends InputError {
  readonly file: string;
  readonly problem: string;
  /** Where in the file, e.g. `functions[0].versions[1]`; '' when the file as a whole is to blame. */
  readonly field: string;

  constructor(file: string, problem: string, field = '') {
    super(inputFileLine(file, field, problem));
    this.file = oneLine(file);
    this.problem = oneLine(problem);
    this.field = oneLine(field);
  }

  /**
   * The same error (same class, same fields) naming its file as the user named it: a reader knows
   * only the path it opened, the command knows what was typed. `suffix` adds to the problem.
   */
  namedAs(file: string, suffix = ''): this {
    const renamed = Object.create(Object.getPrototypeOf(this) as object) as this;
    Object.assign(renamed, this, { file: oneLine(file), problem: oneLine(this.problem + suffix) });
    Object.defineProperty(renamed, 'message', { value: inputFileLine(file, this.field, this.problem + suffix), writable: true, configurable: true });
    Object.defineProperty(renamed, 'stack', { value: this.stack, writable: true, configurable: true });
    return renamed;
  }
}

function inputFileLine(file: string, field: string, problem: string): string {
  return `${oneLine(file)}: ${field === '' ? '' : `${oneLine(field)}: `}${oneLine(problem)}`;
}
