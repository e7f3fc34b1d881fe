/** Bad input read from a file, told in one line naming the file and the problem; subclasses name the kind of file. */
export abstract class InputFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}
