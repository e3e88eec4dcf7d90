/** `jobnorm validate`: the CI gate. Exit 0 no errors; 1 errors or too many warnings; 2 usage, config or internal error. */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';
import { CONFIG_NAMES, ConfigError, ConfigResolver } from '../config/index.js';
import { printable } from '../diagnostics/printable.js';
import { report, type ReporterName } from '../reporters/index.js';
import { writeFileAtomic } from '../writers/index.js';
import { changedFiles } from '../validate/changed.js';
import { ALWAYS_IGNORE, DEFAULT_EXTENSIONS } from '../pipeline/walk.js';
import { totals, validate } from '../validate/index.js';
import { readAll, say, type CliIO } from './io.js';

export interface ValidateCliOptions {
  config?: string;
  /** `-o FILE`: the report goes to this file, written whole or not at all. */
  outputFile?: string;
  reporter: ReporterName;
  maxWarnings?: number;
  changed?: boolean;
  base?: string;
  maxBytes: number;
  followSymlinks?: boolean;
  concurrency?: number;
  timeout?: number;
  today?: string;
  /** False with `--no-ignore`: the config's `ignore` leaves nothing out. */
  ignore?: boolean;
  /** `--print-config FILE`: print the config that applies to FILE and check nothing. */
  printConfig?: string;
  ext?: string[];
  ignorePattern?: string[];
  /** False with `--no-gitignore`. */
  gitignore?: boolean;
}

/** The config files inside a folder given to validate (a repository's folders may each hold one). */
function configsInside(folder: string): string[] {
  return fg.sync(`**/{${CONFIG_NAMES.join(',')}}`, { cwd: folder, absolute: true, dot: true, followSymbolicLinks: false, ignore: ALWAYS_IGNORE });
}

/**
 * Colour as no-color.org and FORCE_COLOR say: FORCE_COLOR (not "0" or "false") turns it on, a
 * NO_COLOR that is set and not empty turns it off, else a terminal that is not CI's gets it.
 */
export function colorWanted(env: Record<string, string | undefined>, tty: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '0' && force !== 'false') return true;
  if (env.NO_COLOR) return false;
  return tty && !env.CI;
}

/**
 * The files `--changed` names under the paths given that were not checked, each with the reason
 * (a change is never dropped unseen): another kind of file, a dot-folder or node_modules, or the
 * config's "ignore".
 */
function unchecked(changed: Set<string>, paths: string[], checked: string[], ignored: ((p: string) => boolean) | undefined, cwd: string, extensions: readonly string[]): string[] {
  const roots = paths.filter((p) => p !== '-').map((p) => resolve(cwd, p).replace(/\\/g, '/'));
  const seen = new Set(checked.map((p) => resolve(cwd, p).replace(/\\/g, '/')));
  const out: string[] = [];
  for (const file of changed) {
    if (!file.startsWith('/') || seen.has(file) || !isFile(file)) continue;
    if (!roots.some((r) => file === r || file.startsWith(`${r.replace(/\/$/, '')}/`))) continue;
    const rel = relative(cwd, file).split(sep).join('/');
    const ext = /\.([^./]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
    const reason = ignored?.(file)
      ? 'the config\'s "ignore" leaves it out'
      : /(^|\/)(\.[^/]+|node_modules)\//.test(rel)
        ? 'it is under a dot-folder or node_modules'
        : !extensions.includes(ext)
          ? `.${ext || '(none)'} files are not postings (${extensions.map((e) => `.${e}`).join(', ')} are)`
          : 'the walk did not reach it (a .gitignore, .jobnormignore or --ignore-pattern may leave it out)';
    out.push(`${printable(rel)}: changed, not checked: ${reason}`);
  }
  return out.sort();
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The root code hosts resolve paths in: the git repository's top level, else the working directory. */
function repositoryRoot(cwd: string): string {
  try {
    return execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).replace(/\n$/, '');
  } catch {
    return cwd;
  }
}

export async function runValidate(paths: string[], opts: ValidateCliOptions, io: CliIO, version: string, cwd: string): Promise<number> {
  // Each file's config: --config, else the nearest one above the file. All are read first, so a broken one stops the run.
  const configs = new ConfigResolver(cwd, opts.config ? resolve(cwd, opts.config) : null);
  try {
    configs.load(opts.printConfig ? [opts.printConfig] : paths, configsInside);
    if (opts.printConfig) {
      const file = configs.fileFor(opts.printConfig);
      io.stdout.write(`${JSON.stringify({ $path: file, ...configs.configFor(opts.printConfig) }, null, 2)}\n`);
      return 0;
    }
  } catch (err) {
    if (err instanceof ConfigError) {
      for (const problem of err.problems) say(io.stderr, `jobnorm: invalid configuration: ${problem}`);
      return 2;
    }
    throw err;
  }
  // The date expiry is judged by: --today, else JOBNORM_TODAY, else the clock — fixed, a rerun of an old commit gives its old verdict.
  const today = opts.today ?? (io.env.JOBNORM_TODAY || undefined);
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    say(io.stderr, `jobnorm: --today / JOBNORM_TODAY must be a date written YYYY-MM-DD, not "${today}"`);
    return 2;
  }
  let only: Set<string> | undefined;
  if (opts.base !== undefined && !opts.changed) {
    say(io.stderr, 'jobnorm: --base is the commit --changed compares with: give --changed too');
    return 2;
  }
  if (opts.changed) {
    try {
      only = changedFiles(cwd, opts.base);
    } catch (err) {
      say(io.stderr, `jobnorm: --changed: ${((err as Error).message || String(err)).split('\n')[0]}`);
      return 2;
    }
  }
  // Each config's globs are read from its own folder, for files found and files named alike (as
  // ESLint does: lint-staged and pre-commit name the files); --no-ignore checks them all.
  const ignored = opts.ignore === false ? undefined : (p: string) => configs.ignored(p);
  for (const p of paths) {
    if (ignored?.(p) && isFile(resolve(cwd, p))) say(io.stderr, `jobnorm: ${printable(p)}: ignored by the config's "ignore" (--no-ignore checks it)`);
  }
  const reports = await validate(paths.length ? paths : ['.'], {
    config: configs.configFor('-'),
    configFor: (p: string) => configs.configFor(p),
    walk: { ...(opts.ext ? { extensions: opts.ext } : {}), ...(opts.ignorePattern ? { ignore: opts.ignorePattern } : {}), ...(opts.gitignore === false ? { gitignore: false } : {}) },
    ...(ignored ? { ignored } : {}),
    maxBytes: opts.maxBytes,
    ...(opts.followSymlinks ? { followSymlinks: true } : {}),
    ...(opts.concurrency ? { concurrency: opts.concurrency } : {}),
    ...(opts.timeout ? { timeoutMs: opts.timeout } : {}),
    ...(only ? { only } : {}),
    ...(today ? { today } : {}),
    stdin: (limit: number) => readAll(io.stdin, limit),
  });
  if (only) for (const line of unchecked(only, paths.length ? paths : ['.'], reports.map((r) => r.path), ignored, cwd, opts.ext ?? DEFAULT_EXTENSIONS)) say(io.stderr, `jobnorm: ${line}`);
  const t = totals(reports);
  const color = colorWanted(io.env, (io.stdout as { isTTY?: boolean }).isTTY === true);
  const root = repositoryRoot(cwd);
  const fromRoot = (path: string) => relative(root, resolve(cwd, path)).split(sep).join('/');
  const text = report(opts.reporter, reports, t, { color: color && !opts.outputFile, version, fromRoot, cwd });
  if (opts.outputFile) {
    try {
      writeFileAtomic(resolve(cwd, opts.outputFile), text);
    } catch (err) {
      say(io.stderr, `jobnorm: -o ${printable(opts.outputFile)}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : (err as Error).message}`);
      return 2;
    }
  } else io.stdout.write(text);
  if (t.internal) return 2;
  if (t.errors > 0) return 1;
  if (opts.maxWarnings !== undefined && t.warnings > opts.maxWarnings) {
    say(io.stderr, `jobnorm: ${t.warnings} warnings, more than --max-warnings ${opts.maxWarnings}`);
    return 1;
  }
  return 0;
}
