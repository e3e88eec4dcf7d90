/**
 * `--changed` (`--base REF`, `--changed=REF`): the files changed since REF — by default since the
 * merge base with the default branch — as git sees them: committed, staged, unstaged and new
 * (untracked) files. git's lists are read NUL-separated (`-z`), so that names with spaces or
 * letters outside ASCII come as written, never quoted.
 */
import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 }).replace(/\n$/, '');
}

/** The branch a pull request would merge into: origin's HEAD, else main, else master. */
function defaultBranch(cwd: string): string {
  try {
    return git(['symbolic-ref', '--short', 'refs/remotes/origin/HEAD'], cwd);
  } catch {
    for (const name of ['main', 'master', 'origin/main', 'origin/master']) {
      try {
        git(['rev-parse', '--verify', '--quiet', name], cwd);
        return name;
      } catch {
        // try the next name
      }
    }
  }
  throw new Error('cannot tell the default branch: give --changed a REF');
}

/** The commit a ref names; an error that says what to do when it names none. */
function commitOf(ref: string, cwd: string): string {
  // A ref is never an option: '--output=/tmp/x' would make git write a file.
  if (ref.startsWith('-') || !ref) throw new Error(`"${ref}" is not a ref: a ref never starts with "-"`);
  try {
    return git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd);
  } catch {
    throw new Error(`${ref} is not a commit in this repository (a shallow clone lacks the base: check out with fetch-depth: 0)`);
  }
}

/** Absolute paths (with `/`) of the files changed since `ref` or the merge base, and as relative to `cwd`. */
export function changedFiles(cwd: string, ref?: string): Set<string> {
  const top = git(['rev-parse', '--show-toplevel'], cwd);
  const base = ref !== undefined ? commitOf(ref, cwd) : git(['merge-base', 'HEAD', defaultBranch(cwd)], cwd);
  // `diff` names paths from the top of the repository; `ls-files` is run there too. A file
  // replaced by a symbolic link (type change, T) has changed as much as one edited.
  const changed = git(['diff', '--name-only', '-z', '--diff-filter=ACMRT', base, '--'], top).split('\0');
  const untracked = git(['ls-files', '-z', '--others', '--exclude-standard', '--full-name'], top).split('\0');
  const out = new Set<string>();
  for (const f of [...changed, ...untracked]) {
    if (!f) continue;
    const rel = relative(cwd, resolve(top, f)).replace(/\\/g, '/');
    out.add(rel);
    out.add(`./${rel}`);
    out.add(resolve(top, f).replace(/\\/g, '/'));
  }
  return out;
}
