// Reads one side of a diff: a spec file, or `<git-ref>:<path>` as committed at that ref.
import { existsSync } from 'node:fs';
import { readInputText } from '../spec/read-input-file.js';
import { isAbsolute, relative, resolve } from 'node:path';
import { SpecLoadError, type JsonObject } from '../spec/index.js';
import { parseSpecSide } from './parse-spec-side.js';
import type { SourcePositions } from '../spec/source-positions.js';

export interface SpecSource {
  /** What the user named: a path or `ref:path`. */
  label: string;
  /** The file, relative to the working directory where possible; what annotations point at. */
  file: string;
  text: string;
  document: JsonObject;
  /** Where each member of `document` sits in `text`, recorded by the one parse. */
  positions: SourcePositions;
}

/** A `ref:path` argument; a path that exists wins, so a file name with a colon still reads as a file. */
function gitSpecifier(argument: string): { ref: string; path: string } | undefined {
  const match = /^([^:]+):(.+)$/.exec(argument);
  if (!match || /^[a-zA-Z]$/.test(match[1] ?? '')) return undefined; // a Windows drive letter, not a ref
  // A ref starting with '-' would reach git as an option (`--output=FILE` makes `git show` write FILE).
  if (match[1]!.startsWith('-')) throw new SpecLoadError(argument, "is neither a file nor a git <ref>:<path> (a ref cannot start with '-')");
  return { ref: match[1] ?? '', path: match[2] ?? '' };
}

export function loadSide(argument: string, cwd: string): SpecSource {
  const file = resolve(cwd, argument);
  if (existsSync(file)) return loadFile(argument, cwd);
  const git = gitSpecifier(argument);
  if (git) return loadFromGit(git.ref, git.path, cwd);
  throw new SpecLoadError(argument, 'no such file');
}

export function loadFile(argument: string, cwd: string): SpecSource {
  const file = resolve(cwd, argument);
  const read = readInputText(file);
  if (!read.ok) throw new SpecLoadError(argument, read.error.problem);
  const text = read.value;
  return { label: argument, file: isAbsolute(argument) ? relative(cwd, file) : argument, text, ...parseSpecSide(text, argument) };
}

/**
 * `git show <ref>:<path>`. Git reads a path starting with ./ or ../ relative to `cwd`, any other
 * path relative to the repository root.
 */
export function loadFromGit(ref: string, path: string, cwd: string): SpecSource {
  const label = `${ref}:${path}`;
  let text: string;
  try {
    // child_process loads only for a git side: a diff of two files does not pay its load time.
    text = process
      .getBuiltinModule('node:child_process')
      .execFileSync('git', ['show', '--end-of-options', label], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    const reason = stderr.split('\n')[0] || (error instanceof Error ? error.message.split('\n')[0] : String(error));
    throw new SpecLoadError(label, `cannot read from git: ${reason}`);
  }
  return { label, file: path.replace(/^\.\//, ''), text, ...parseSpecSide(text, label) };
}
