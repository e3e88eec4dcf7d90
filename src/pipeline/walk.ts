/**
 * The walker: turns the paths a user gives (files, folders, globs) into the list of files to
 * read, in a stable order. Folders are searched for the given extensions, skipping
 * `node_modules` and dot-folders, and what the `.gitignore` files of the folder, of its
 * sub-folders and of the folders above it up to the repository's root leave out (as git, ESLint
 * and markdownlint-cli2 do; `gitignore: false` reads them all). Files named one by one are
 * always read. A path that does not exist is a usage error naming it.
 */
import { existsSync, lstatSync, readdir as fsReaddir, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';

export const DEFAULT_EXTENSIONS = ['md', 'markdown', 'txt', 'html', 'htm'];

export interface WalkOptions {
  extensions?: string[];
  ignore?: string[];
  /** Honour `.gitignore` and `.jobnormignore` files in folders walked and globs (default true). */
  gitignore?: boolean;
  /** The file system the walk lists folders with (default node's; tests put a failing one in). */
  fs?: Partial<fg.FileSystemAdapter>;
}

/**
 * A folder the walk could not list (permission denied, removed while walked) is yielded as its
 * path with a trailing `/`, in its place in the order, so the run reports it instead of
 * silently reading less than it was given.
 */
export const isUnlistedFolder = (path: string): boolean => path.endsWith('/');

type Readdir = fg.FileSystemAdapter['readdir'];

/**
 * The file system to list with, noting each folder whose listing fails; fast-glob goes on past
 * such a folder (errors suppressed), so the note is all that tells of it.
 */
function noting(base: Partial<fg.FileSystemAdapter> | undefined, failed: string[]): Partial<fg.FileSystemAdapter> {
  const readdir = (base?.readdir ?? fsReaddir) as (...args: unknown[]) => void;
  const noted: Readdir = ((dir: string, ...rest: unknown[]) => {
    const callback = rest.pop() as (err: NodeJS.ErrnoException | null, entries?: unknown) => void;
    readdir(dir, ...rest, (err: NodeJS.ErrnoException | null, entries?: unknown) => {
      if (err) failed.push(dir);
      callback(err, entries);
    });
  }) as Readdir;
  return { ...base, readdir: noted };
}

/** The files of ignore patterns honoured in folders: git's, and jobnorm's own for what git keeps but jobnorm should not read. */
export const IGNORE_FILES = ['.gitignore', '.jobnormignore'];

/** The largest `.gitignore` read: past this a file is not one a person wrote. */
const MAX_GITIGNORE_BYTES = 1024 * 1024;

/**
 * What the `.gitignore` (and `.jobnormignore`) files that apply to a folder leave out: those above it up to the
 * repository's root (the folder holding `.git`) and those inside it, each read from its own
 * folder, the deeper one deciding (a `!pattern` below re-includes what a parent left out).
 */
export function gitignoreFilter(folder: string): (path: string) => boolean {
  const root = resolve(folder);
  const rules: Array<{ base: string; ig: Ignore }> = [];
  const add = (file: string) => {
    try {
      if (statSync(file).size > MAX_GITIGNORE_BYTES) return;
      rules.push({ base: dirname(file), ig: ignore().add(readFileSync(file, 'utf8')) });
    } catch {
      // An unreadable .gitignore leaves nothing out.
    }
  };
  // Above the folder, up to the repository's root; a folder in no repository reads only its own.
  const above: string[] = [];
  let inRepository = existsSync(join(root, '.git'));
  for (let dir = dirname(root); !inRepository && dir !== dirname(dir); dir = dirname(dir)) {
    for (const name of [...IGNORE_FILES].reverse()) if (existsSync(join(dir, name))) above.unshift(join(dir, name));
    inRepository = existsSync(join(dir, '.git'));
  }
  if (inRepository) for (const f of above) add(f);
  const inside = fg.sync(`**/{${IGNORE_FILES.join(',')}}`, { cwd: root, absolute: true, dot: true, followSymbolicLinks: false, ignore: ALWAYS_IGNORE, suppressErrors: true }).sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
  for (const f of inside) add(f);
  if (!rules.length) return () => false;
  return (path: string) => {
    const abs = resolve(path);
    let ignored = false;
    for (const { base, ig } of rules) {
      const rel = relative(base, abs).split(sep).join('/');
      if (!rel || rel.startsWith('..')) continue;
      const verdict = ig.test(rel);
      if (verdict.ignored) ignored = true;
      else if (verdict.unignored) ignored = false;
    }
    return ignored;
  };
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
async function globFiles(pattern: string, options: { cwd?: string; ignore: string[]; fs?: Partial<fg.FileSystemAdapter> | undefined }): Promise<string[]> {
  // Plain strings, folders marked with a trailing '/': a fraction of the memory of entry objects
  // at hundreds of thousands of files.
  const failed: string[] = [];
  const entries = await fg(pattern, { ...options, fs: noting(options.fs, failed), dot: false, onlyFiles: false, markDirectories: true, followSymbolicLinks: false, caseSensitiveMatch: false, suppressErrors: true });
  // Named as the entries are: below the folder walked, or as the glob was written (absolute or not).
  const name = (dir: string) => (!options.cwd && isAbsolute(pattern) ? toPosix(dir) : toPosix(relative(resolve(options.cwd ?? '.'), dir)) || '.');
  const unlisted = failed.map((dir) => `${name(dir).replace(/\/+$/, '')}/`);
  return [...entries.filter((e) => !e.endsWith('/')), ...unlisted].sort();
}

/** Folder and glob patterns to skip always: dependencies and VCS folders. */
export const ALWAYS_IGNORE = ['**/node_modules/**', '**/.git/**'];

/**
 * The files below a folder, in a stable order: the folder's own files (sorted), then each
 * sub-folder in turn (sorted by name), so that only one sub-folder's listing is in memory at a
 * time, however large the corpus. Ignore globs stay relative to the folder given.
 */
async function* walkFolder(dir: string, pattern: string, ignore: string[], fs?: Partial<fg.FileSystemAdapter>): AsyncGenerator<string> {
  yield* await globFiles(pattern.replace(/^\*\*\//, ''), { cwd: dir, ignore, fs });
  let subs: string[];
  try {
    subs = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('.') && d.name !== 'node_modules')
      .map((d) => d.name)
      .sort();
  } catch {
    // The folder's own glob has reported it as unlisted.
    return;
  }
  for (const sub of subs) yield* await globFiles(`${fg.escapePath(sub)}/${pattern}`, { cwd: dir, ignore, fs });
}

/**
 * The files to read for the given paths, as a stream: each folder's files in a stable order
 * (see walkFolder), each glob's sorted, arguments in their order, duplicates dropped, so two
 * runs give the same sequence. `-` (standard input) is passed through as is. Every argument is
 * checked before the first file is yielded: a path that does not exist is a UsageError.
 */
export async function* walkStream(paths: string[], options: WalkOptions = {}): AsyncGenerator<string> {
  const exts = (options.extensions?.length ? options.extensions : DEFAULT_EXTENSIONS).map((e) => e.replace(/^\./, ''));
  const ignore = [...ALWAYS_IGNORE, ...(options.ignore ?? [])];
  const pattern = exts.length === 1 ? `**/*.${exts[0]}` : `**/*.{${exts.join(',')}}`;
  const plan: Array<{ arg: string; kind: 'stdin' | 'file' | 'dir' | 'glob'; found?: string[] }> = [];
  for (const arg of paths) {
    if (arg === '-') plan.push({ arg, kind: 'stdin' });
    else {
      const kind = exists(arg);
      if (kind === 'file' || kind === 'other') plan.push({ arg, kind: 'file' });
      else if (kind === 'dir') plan.push({ arg, kind: 'dir' });
      else if (fg.isDynamicPattern(arg)) {
        const all = await globFiles(toPosix(arg), { ignore, fs: options.fs });
        if (!all.length) throw new UsageError(`${arg}: no files match this pattern`);
        const gitignored = options.gitignore === false ? null : gitignoreFilter(fg.generateTasks(toPosix(arg))[0]?.base ?? '.');
        const found = gitignored ? all.filter((f) => !gitignored(f)) : all;
        plan.push({ arg, kind: 'glob', found });
      } else throw new UsageError(`${arg}: no such file or directory`);
    }
  }
  // Duplicates can only come from several arguments naming the same files.
  const seen = plan.length > 1 ? new Set<string>() : null;
  const fresh = (p: string) => {
    if (!seen) return true;
    const key = posix.normalize(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  for (const step of plan) {
    if (step.kind === 'stdin') yield '-';
    else if (step.kind === 'file') {
      if (fresh(toPosix(step.arg))) yield toPosix(step.arg);
    } else if (step.kind === 'glob') {
      for (const f of step.found ?? []) if (fresh(f)) yield f;
    } else {
      const base = toPosix(step.arg).replace(/\/+$/, '') || '/';
      const gitignored = options.gitignore === false ? null : gitignoreFilter(step.arg);
      for await (const f of walkFolder(step.arg, pattern, ignore, options.fs)) {
        const p = base === '.' ? f : f === './' ? `${base}/` : `${base}/${f}`;
        if (fresh(p) && !gitignored?.(p)) yield p;
      }
    }
  }
}

/** The files to read for the given paths, as a list (see walkStream). */
export async function walk(paths: string[], options: WalkOptions = {}): Promise<string[]> {
  const out: string[] = [];
  for await (const f of walkStream(paths, options)) out.push(f);
  return out;
}
