/**
 * `--changed [REF]`: the files changed since REF — by default since the merge base with the
 * default branch — as git sees them: committed, staged, unstaged and new (untracked) files.
 */
import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
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

/** Paths (relative to `cwd`, with `/`) of the files changed since `ref` or the merge base. */
export function changedFiles(cwd: string, ref?: string): Set<string> {
  const top = git(['rev-parse', '--show-toplevel'], cwd);
  const base = ref ?? git(['merge-base', 'HEAD', defaultBranch(cwd)], cwd);
  const changed = git(['diff', '--name-only', '--diff-filter=ACMR', base], cwd).split('\n');
  const untracked = git(['ls-files', '--others', '--exclude-standard', '--full-name'], top).split('\n');
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
