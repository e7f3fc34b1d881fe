import { relative } from 'node:path';
import { InputFileError } from '../spec/input-file-error.js';

/**
 * `step`'s value; an input-file error it throws is thrown on naming the file as the user knows it
 * (`nameOf`), with `suffix` added to the problem. Readers name the path they opened; the command
 * knows what was typed. main.ts then prints it like every other bad input.
 */
export function namingInputFiles<T>(step: () => T, nameOf: (error: InputFileError) => string, suffix = ''): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof InputFileError) throw error.namedAs(nameOf(error), suffix);
    throw error;
  }
}

/** A path as the user would write it: relative to the working directory when inside it. */
export function shownPath(cwd: string, file: string): string {
  const path = relative(cwd, file);
  return path === '' || path.startsWith('..') ? file : path;
}
