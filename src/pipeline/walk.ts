/**
 * The walker: turns the paths a user gives (files, folders, globs) into the list of files to
 * read, in a stable order. Folders are searched for the given extensions, skipping
 * `node_modules` and dot-folders; a path that does not exist is a usage error naming it.
 */
import { statSync } from 'node:fs';
import { posix } from 'node:path';
import fg from 'fast-glob';

export const DEFAULT_EXTENSIONS = ['md', 'markdown', 'txt'];

export interface WalkOptions {
  extensions?: string[];
  ignore?: string[];
}

/** A path the user gave that matches nothing. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const toPosix = (p: string) => p.replace(/\\/g, '/');

function exists(p: string): 'file' | 'dir' | 'other' | null {
  try {
    const s = statSync(p);
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : 'other';
  } catch {
    return null;
  }
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
      const found = await fg(pattern, { cwd: arg, ignore, dot: false, onlyFiles: true, followSymbolicLinks: false, caseSensitiveMatch: false, suppressErrors: true });
      for (const f of found.sort()) push(base === '.' ? f : `${base}/${f}`);
    } else if (kind === 'other') {
      push(toPosix(arg));
    } else if (fg.isDynamicPattern(arg)) {
      const found = await fg(toPosix(arg), { ignore, dot: false, onlyFiles: true, followSymbolicLinks: false, suppressErrors: true });
      if (!found.length) throw new UsageError(`${arg}: no files match this pattern`);
      for (const f of found.sort()) push(f);
    } else {
      throw new UsageError(`${arg}: no such file or directory`);
    }
  }
  return out;
}
