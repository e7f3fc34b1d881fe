// Which files a command reads as pacts: the `*.json` files of the paths it is given, in name order.
import { lstatSync, readdirSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { PactFileError } from './pact-file-error.js';

/** The pact files a list of paths names: files as given, directories by their own `*.json` files (not those of subdirectories). */
export function pactFilesIn(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      throw new PactFileError(path, fileSystemProblem(error, 'file or directory'));
    }
    if (!isDirectory) return [path];
    const files = jsonFilesIn(path, path, { descend: false });
    if (files.length === 0) throw new PactFileError(path, 'directory holds no *.json pact files');
    return files;
  });
}

/** The `*.json` files anywhere under `directory`, depth first, in name order; `label` names it in errors. */
export function pactFilesUnder(directory: string, label: string): string[] {
  return jsonFilesIn(directory, label, { descend: true });
}

function jsonFilesIn(directory: string, label: string, options: { descend: boolean }): string[] {
  let names: string[];
  try {
    names = readdirSync(directory).sort();
  } catch (error) {
    throw new PactFileError(label, fileSystemProblem(error, 'directory'));
  }
  return names.flatMap((name) => {
    const path = join(directory, name);
    // lstat: a symbolic link is not followed into a directory (a link to '/' or back up the tree would never end);
    // a link to a file is read as that file, and a dangling one is reported by the read.
    let entry: Stats;
    try {
      entry = lstatSync(path);
    } catch (error) {
      throw new PactFileError(join(label, name), fileSystemProblem(error, 'file'));
    }
    if (entry.isDirectory()) return options.descend ? jsonFilesIn(path, join(label, name), options) : [];
    return name.endsWith('.json') && (entry.isFile() || entry.isSymbolicLink()) ? [path] : [];
  });
}

/** What a failed stat or listing means, in the words of the thing that was expected to be there. */
function fileSystemProblem(error: unknown, expected: 'file' | 'directory' | 'file or directory'): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `no such ${expected}`;
  if (code === 'ENOTDIR') return 'is not a directory';
  if (code === 'EACCES') return 'permission denied';
  return `cannot read (${code ?? String(error)})`;
}
