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
