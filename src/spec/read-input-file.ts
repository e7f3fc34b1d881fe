import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { failed, ok, type Result } from './result.js';

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
export function readInputFile(file: string, maxBytes = maxInputFileBytes): Result<Buffer, InputFileProblem> {
  let descriptor: number;
  try {
    descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return failed({ problem: openProblem(error as NodeJS.ErrnoException) });
  }
  try {
    const stats = fstatSync(descriptor);
    if (stats.isDirectory()) return failed({ problem: 'is a directory, not a file' });
    if (!stats.isFile()) return failed({ problem: 'is not a regular file (a FIFO, a device or a socket), so it is not read' });
    if (stats.size > maxBytes) return failed({ problem: `is ${megabytes(stats.size)} MB, more than the ${megabytes(maxBytes)} MB an input file may be` });
    return ok(readFileSync(descriptor));
  } catch (error) {
    return failed({ problem: openProblem(error as NodeJS.ErrnoException) });
  } finally {
    closeSync(descriptor);
  }
}

/** The file's text (UTF-8), or why it cannot be read. */
export function readInputText(file: string, maxBytes = maxInputFileBytes): Result<string, InputFileProblem> {
  const read = readInputFile(file, maxBytes);
  return read.ok ? ok(read.value.toString('utf8')) : read;
}

function openProblem(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') return 'no such file';
  if (error.code === 'EISDIR') return 'is a directory, not a file';
  if (error.code === 'EACCES') return 'cannot be read: permission denied';
  if (error.code === 'ELOOP') return 'cannot be read: too many symbolic links (a loop?)';
  return `cannot be read: ${error.code ?? error.message}`;
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);
