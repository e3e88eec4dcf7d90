import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError, walk, walkStream } from '../../src/pipeline/walk.js';

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jobnorm-walk-'));
  for (const f of ['b.md', 'a.txt', 'c.markdown', 'skip.json', 'sub/d.md', 'node_modules/x.md', '.hidden/y.md', '.dot.md']) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), '# x\n');
  }
  return dir;
}

describe('walk', () => {
  it('finds md, markdown and txt files in folders, sorted, skipping node_modules and dot-folders', async () => {
    const dir = tree();
    const files = await walk([dir]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['a.txt', 'b.md', 'c.markdown', 'sub/d.md']);
  });
  it('takes other extensions and ignore globs', async () => {
    const dir = tree();
    expect((await walk([dir], { extensions: ['json'] })).map((f) => f.slice(dir.length + 1))).toEqual(['skip.json']);
    expect((await walk([dir], { ignore: ['**/sub/**'] })).map((f) => f.slice(dir.length + 1))).toEqual(['a.txt', 'b.md', 'c.markdown']);
  });
  it('takes files and globs, keeping argument order and dropping duplicates', async () => {
    const dir = tree();
    const files = await walk([join(dir, 'sub/d.md'), `${dir}/*.md`, join(dir, 'b.md')]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['sub/d.md', 'b.md']);
  });
  it('names a path that does not exist', async () => {
    await expect(walk(['/no/such/place'])).rejects.toThrow(UsageError);
    await expect(walk(['/no/such/place'])).rejects.toThrow('/no/such/place');
  });
});

describe('ignore files', () => {
  /** A repository with ignore files at its root and below it. */
  function repository(): string {
    const dir = mkdtempSync(join(tmpdir(), 'jobnorm-gitignore-'));
    const files: Record<string, string> = {
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'drafts/\n*.tmp.md\n',
      'jobs/.gitignore': '!keep.tmp.md\n',
      'jobs/.jobnormignore': 'archive-*.md\n',
      'jobs/a.md': '# x\n',
      'jobs/drafts/b.md': '# x\n',
      'jobs/x.tmp.md': '# x\n',
      'jobs/keep.tmp.md': '# x\n',
      'jobs/archive-2019.md': '# x\n',
      'jobs/sub/c.md': '# x\n',
    };
    for (const [f, text] of Object.entries(files)) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), text);
    }
    return dir;
  }
  it('leaves out what .gitignore and .jobnormignore files leave out, from the folder, below it and above it up to the repository', async () => {
    const dir = repository();
    const rel = (files: string[]) => files.map((f) => f.slice(dir.length + 1));
    expect(rel(await walk([join(dir, 'jobs')]))).toEqual(['jobs/a.md', 'jobs/keep.tmp.md', 'jobs/sub/c.md']);
    expect(rel(await walk([`${dir}/jobs/**/*.md`]))).toEqual(['jobs/a.md', 'jobs/keep.tmp.md', 'jobs/sub/c.md']);
    // Turned off, and for a file named on its own, every file is read.
    expect(rel(await walk([join(dir, 'jobs')], { gitignore: false }))).toHaveLength(6);
    expect(rel(await walk([join(dir, 'jobs/drafts/b.md')]))).toEqual(['jobs/drafts/b.md']);
  });
  it('reads no ignore file above a folder that is in no repository', async () => {
    const outer = mkdtempSync(join(tmpdir(), 'jobnorm-norepo-'));
    mkdirSync(join(outer, 'posts'));
    writeFileSync(join(outer, '.gitignore'), '*.md\n');
    writeFileSync(join(outer, 'posts', 'a.md'), '# x\n');
    expect((await walk([join(outer, 'posts')])).map((f) => f.slice(outer.length + 1))).toEqual(['posts/a.md']);
  });
});

describe('walkStream', () => {
  it('yields a folder\'s own files, then each sub-folder in name order, honouring ignore globs from the top', async () => {
    const dir = tree();
    mkdirSync(join(dir, 'a-sub'), { recursive: true });
    writeFileSync(join(dir, 'a-sub', 'z.md'), '# x\n');
    mkdirSync(join(dir, 'sub', 'drafts'), { recursive: true });
    writeFileSync(join(dir, 'sub', 'drafts', 'w.md'), '# x\n');
    const seen: string[] = [];
    for await (const f of walkStream([dir], { ignore: ['**/drafts/**'] })) seen.push(f.slice(dir.length + 1));
    expect(seen).toEqual(['a.txt', 'b.md', 'c.markdown', 'a-sub/z.md', 'sub/d.md']);
  });
  it('checks every argument before yielding anything', async () => {
    const dir = tree();
    const it = walkStream([dir, '/no/such/place']);
    await expect(it.next()).rejects.toThrow(UsageError);
  });
});
