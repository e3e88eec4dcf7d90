/**
 * The walker: turns the paths a user gives (files, folders, globs) into the list of files to
 * read, in a stable order. Folders are searched for the given extensions, skipping
 * `node_modules` and dot-folders; a path that does not exist is a usage error naming it.
 */
import { lstatSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import fg from 'fast-glob';

export const DEFAULT_EXTENSIONS = ['md', 'markdown', 'txt'];

export interface WalkOptions {
  extensions?: string[];
  ignore?: string[];
}

import { UsageError } from './errors.js';

export { UsageError } from './errors.js';

const toPosix = (p: string) => p.replace(/\\/g, '/');

function exists(p: string): 'file' | 'dir' | 'other' | null {
  try {
    const s = statSync(p);
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : 'other';
  } catch {
    // A link whose target is gone still names a file: reading it reports the reason.
    try {
      return lstatSync(p).isSymbolicLink() ? 'other' : null;
    } catch {
      return null;
    }
  }
}

/**
 * Files matching a pattern below a folder. Links are not followed into folders (a link loop
 * cannot trap the walk), but a link that names a file is listed, so a broken one is reported.
 */
async function globFiles(pattern: string, options: { cwd?: string; ignore: string[] }): Promise<string[]> {
  // Plain strings, folders marked with a trailing '/': a fraction of the memory of entry objects
  // at hundreds of thousands of files.
  const entries = await fg(pattern, { ...options, dot: false, onlyFiles: false, markDirectories: true, followSymbolicLinks: false, caseSensitiveMatch: false, suppressErrors: true });
  return entries.filter((e) => !e.endsWith('/')).sort();
}

/** Folder and glob patterns to skip always: dependencies and VCS folders. */
const ALWAYS_IGNORE = ['**/node_modules/**', '**/.git/**'];

/**
 * The files to read for the given paths, deduplicated. Each folder's or glob's files are sorted
 * (by code unit), and arguments keep their order, so two runs give the same list.
 * `-` (standard input) is passed through as is.
 */
export async function walk(paths: string[], options: WalkOptions = {}): Promise<string[]> {
  const exts = (options.extensions?.length ? options.extensions : DEFAULT_EXTENSIONS).map((e) => e.replace(/^\./, ''));
  const ignore = [...ALWAYS_IGNORE, ...(options.ignore ?? [])];
  const pattern = exts.length === 1 ? `**/*.${exts[0]}` : `**/*.{${exts.join(',')}}`;
  const out: string[] = [];
  const seen = new Set<string>();
  const push = (p: string) => {
    const key = posix.normalize(p);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  };
  for (const arg of paths) {
    if (arg === '-') {
      push('-');
      continue;
    }
    const kind = exists(arg);
    if (kind === 'file') push(toPosix(arg));
    else if (kind === 'dir') {
      const base = toPosix(arg).replace(/\/+$/, '') || '/';
      for (const f of await globFiles(pattern, { cwd: arg, ignore })) push(base === '.' ? f : `${base}/${f}`);
    } else if (kind === 'other') {
      push(toPosix(arg));
    } else if (fg.isDynamicPattern(arg)) {
      const found = await globFiles(toPosix(arg), { ignore });
      if (!found.length) throw new UsageError(`${arg}: no files match this pattern`);
      for (const f of found) push(f);
    } else {
      throw new UsageError(`${arg}: no such file or directory`);
    }
  }
  return out;
}
