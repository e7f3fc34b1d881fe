import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';

/** The largest input file any command reads (a real spec, pact or AWS model is well under 1 MB). */
export const maxInputFileBytes = 256 * 1024 * 1024;

/** What could not be read, as the one-line problem a command reports with the file's name. */
export interface InputFileProblem {
  problem: string;
}

/**
 * A whole input file, or why it cannot be read. Only regular files are read: opened without blocking
 * and checked before reading, so a FIFO, a device or a socket given as a spec, pact or model is
 * refused instead of read forever; a file past `maxBytes` is refused before it is loaded.
 */
export function readInputFile(file: string, maxBytes = maxInputFileBytes): Buffer | InputFileProblem {
  let descriptor: number;
  try {
    descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { problem: openProblem(error as NodeJS.ErrnoException) };
  }
  try {
    const stats = fstatSync(descriptor);
    if (stats.isDirectory()) return { problem: 'is a directory, not a file' };
    if (!stats.isFile()) return { problem: 'is not a regular file (a FIFO, a device or a socket), so it is not read' };
    if (stats.size > maxBytes) return { problem: `is ${megabytes(stats.size)} MB, more than the ${megabytes(maxBytes)} MB an input file may be` };
    return readFileSync(descriptor);
  } catch (error) {
    return { problem: openProblem(error as NodeJS.ErrnoException) };
  } finally {
    closeSync(descriptor);
  }
}

/** The file's text (UTF-8), or why it cannot be read. */
export function readInputText(file: string, maxBytes = maxInputFileBytes): string | InputFileProblem {
  const read = readInputFile(file, maxBytes);
  return Buffer.isBuffer(read) ? read.toString('utf8') : read;
}

function openProblem(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') return 'no such file';
  if (error.code === 'EISDIR') return 'is a directory, not a file';
  if (error.code === 'EACCES') return 'cannot be read: permission denied';
  if (error.code === 'ELOOP') return 'cannot be read: too many symbolic links (a loop?)';
  return `cannot be read: ${error.code ?? error.message}`;
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);
