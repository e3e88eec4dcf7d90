/** The config's `ignore` globs: read from the config file's folder, whatever way a path is written. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ignoreMatcher } from '../../src/config/index.js';

describe('ignoreMatcher', () => {
  const base = '/repo';
  const ignored = ignoreMatcher(['jobs/archive/', 'draft-*.md', 'jobs/old.md'], base, base);
  it('reads globs from the config folder, for relative and absolute paths and paths from a sub-folder', () => {
    expect(ignored('jobs/archive/2019/a.md')).toBe(true);
    expect(ignored('./jobs/old.md')).toBe(true);
    expect(ignored('/repo/jobs/old.md')).toBe(true);
    expect(ignoreMatcher(['jobs/old.md'], base, join(base, 'jobs'))('old.md')).toBe(true);
    expect(ignored('jobs/new.md')).toBe(false);
  });
  it('matches a glob without a slash at any depth, and a file glob as a folder too', () => {
    expect(ignored('jobs/sub/draft-x.md')).toBe(true);
    expect(ignored('draft-y.md')).toBe(true);
    expect(ignoreMatcher(['jobs/archive'], base, base)('jobs/archive/a.md')).toBe(true);
  });
  it('never ignores a file outside the config folder, nor anything without globs', () => {
    expect(ignored('/elsewhere/jobs/archive/a.md')).toBe(false);
    expect(ignored('../draft-z.md')).toBe(false);
    expect(ignoreMatcher([], base, base)('jobs/archive/a.md')).toBe(false);
  });
});
