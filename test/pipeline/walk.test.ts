import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError, walk } from '../../src/pipeline/walk.js';

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
