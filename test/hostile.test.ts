/**
 * Hostile and broken postings: every case in test/hostile/ plus generated large and binary ones,
 * run through the CLI in one call. Each gets a record or one clear stderr line naming the file
 * and the reason; the good files still come out; nothing in a posting runs.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdir as fsReaddir, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { appendAll } from '../src/arrays.js';
import { normalize } from '../src/index.js';
import { detectFormat } from '../src/parsers/detect.js';
import { run as runPipeline } from '../src/pipeline/run.js';
import { walk } from '../src/pipeline/walk.js';
import { visibleText } from '../src/parsers/html.js';
import { suppressionsIn } from '../src/validate/suppress.js';
import { BIN, ROOT, ndjson, run } from './helpers.js';

const PWNED = '/tmp/jobnorm-pwned';

function hostileFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jobnorm-hostile-'));
  cpSync(join(ROOT, 'test', 'hostile'), dir, { recursive: true });
  // An image renamed .md: a PNG header and NUL bytes.
  writeFileSync(join(dir, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
  writeFileSync(join(dir, 'too-large.md'), `# Engineer\n\n${'word '.repeat(500_000)}\n`);
  writeFileSync(join(dir, 'long-line.md'), `# Data Engineer\n\nWe are hiring. ${'1,'.repeat(300_000)} ${'$'.repeat(100_000)} ${'- '.repeat(100_000)}\n`);
  const nested = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(2 * i)}- level ${i}`).join('\n');
  writeFileSync(join(dir, 'deep-nesting.md'), `# Engineer\n\n${nested}\n${'> '.repeat(5000)}quote\n`);
  const bomb = ['---', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 12; i++) bomb.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
  writeFileSync(join(dir, 'alias-bomb.md'), `${bomb.join('\n')}\n---\n# Engineer\n`);
  writeFileSync(join(dir, 'good.md'), '# Backend Engineer\n\n**Company:** Acme\n\n## Responsibilities\n\n- Build services\n\n## Requirements\n\n- 3+ years of Go\n');
  symlinkSync(join(dir, 'gone.md'), join(dir, 'broken-link.md'));
  symlinkSync(join(dir, 'loop-a.md'), join(dir, 'loop-b.md'));
  symlinkSync(join(dir, 'loop-b.md'), join(dir, 'loop-a.md'));
  return dir;
}

describe('hostile folder through the CLI', () => {
  it('reports each bad file once, writes the rest, runs nothing', () => {
    rmSync(PWNED, { force: true });
    const dir = hostileFolder();
    const r = run(['ingest', '--all', '--max-bytes', '2000000', '--concurrency', '1', dir]);
    expect(r.status).toBe(1);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith(dir));
    const failed = (name: string) => errors.filter((l) => l.startsWith(`${dir}/${name}:`));
    expect(failed('image.md')).toEqual([`${dir}/image.md: binary file (contains NUL bytes), not text [decode/binary]`]);
    expect(failed('too-large.md')[0]).toMatch(/over the limit of 2000000 \(--max-bytes\) \[read\/too-large\]$/);
    expect(failed('broken-link.md')[0]).toMatch(/no such file or directory/);
    expect(failed('loop-a.md')[0]).toMatch(/too many levels of symbolic links/);
    expect(failed('loop-b.md')).toHaveLength(1);
    expect(errors).toHaveLength(5);
    const records = ndjson(r.stdout);
    const byName = new Map(records.map((x) => [x.source.path.slice(dir.length + 1), x]));
    expect(byName.get('good.md')?.title).toBe('Backend Engineer');
    expect(byName.get('js-front-matter.md')?.diagnostics.map((d) => d.code)).toContain('front-matter/refused');
    expect(byName.get('yaml-js-tag.md')?.diagnostics.map((d) => d.code)).toContain('front-matter/invalid');
    expect(byName.get('alias-bomb.md')?.diagnostics.map((d) => d.code)).toContain('front-matter/truncated');
    expect(byName.get('proto-keys.md')?.source.frontMatter).toEqual({ title: 'Data Engineer' });
    expect(byName.get('unterminated-front-matter.md')?.diagnostics.map((d) => d.code)).toContain('front-matter/invalid');
    expect(byName.get('empty-front-matter.md')?.title).toBe('Support Engineer');
    expect(byName.get('only-front-matter.md')?.title).toBe('Only Front Matter Engineer');
    expect(byName.get('empty.md')?.diagnostics.map((d) => d.code)).toContain('document/empty');
    expect(byName.get('whitespace-only.txt')?.isJobPosting).toBe(false);
    expect(byName.get('crlf-cr-tabs.md')?.responsibilities).toEqual(['Repair turbines', 'Climb towers']);
    expect(byName.get('zero-width-bidi.md')).toMatchObject({ title: 'Senior Engineer', company: 'Acme' });
    expect(byName.get('invalid-utf8.txt')).toMatchObject({ title: 'Café Manager', source: { encoding: 'windows-1252' } });
    expect(byName.get('long-line.md')?.diagnostics.map((d) => d.code)).toContain('document/truncated');
    expect(byName.get('deep-nesting.md')?.diagnostics.map((d) => d.code)).toContain('document/truncated');
    // postings + not postings + failed = found
    const summary = /(\d+) files: (\d+) postings?, (\d+) not (?:a posting|postings)(?: \([^)]*\))?, (\d+) failed/.exec(r.stderr);
    const [found, postings, others, bad] = (summary?.slice(1) ?? []).map(Number);
    expect((postings ?? 0) + (others ?? 0) + (bad ?? 0)).toBe(found);
    expect(found).toBe(records.length + 5);
    expect(existsSync(PWNED)).toBe(false);
  });

  it('keeps __proto__ out of every prototype', () => {
    const r = normalize('---\n__proto__:\n  polluted: true\n---\n# Engineer\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.record?.source.frontMatter).toEqual({});
  });

  it('points at the file\'s own lines after wrapping an over-long line', () => {
    const long = `${'We build tools for ports and harbours. '.repeat(400)}\n`;
    const text = `# Harbour Engineer\n${long}\nLocation: Rotterdam, Netherlands\n\n## Requirements\n\n- Five years of marine work\n`;
    const r = normalize(text).record;
    expect(r?.diagnostics.map((d) => d.code)).toContain('document/truncated');
    expect(r?.provenance.locations?.line).toBe(4);
    expect(r?.sections.find((s) => s.kind === 'qualifications')?.line).toBe(6);
    expect(r?.sections.find((s) => s.kind === 'qualifications')?.entries[0]?.line).toBe(8);
  });

  it('stops on Ctrl-C, SIGTERM or SIGHUP with 128 + the signal, and leaves no partial output file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobnorm-signal-'));
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    for (let i = 0; i < 3000; i++) writeFileSync(join(inputs, `p${i}.md`), `# Engineer ${i}\n\n${'We are hiring. '.repeat(200)}\n`);
    const { readdirSync } = await import('node:fs');
    for (const [name, expected] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
      const out = join(dir, `${name}.ndjson`);
      const child = spawn(process.execPath, [BIN, 'ingest', '--concurrency', '1', '-o', out, inputs], { stdio: 'ignore' });
      // Interrupt mid-run: once the temporary output file exists. (The test's own timeout bounds how long the stop may take.)
      for (let i = 0; i < 400 && !readdirSync(dir).some((f) => f.endsWith('.tmp')); i++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(readdirSync(dir).some((f) => f.endsWith('.tmp'))).toBe(true);
      child.kill(name);
      const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      expect([name, code]).toEqual([name, expected]);
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    }
  });
});

describe('what a record carries is safe to write and to read back', () => {
  it('replaces lone surrogates (from character references) with U+FFFD, so jq can read every later record', () => {
    const r = normalize('<h1>Baker &#xD800; wanted</h1><p>We bake bread for forty shops in town.</p>', { path: 'p.html' });
    const json = JSON.stringify(r.record);
    expect(json).not.toMatch(/\\ud800/i);
    expect(r.record?.title).toContain('\uFFFD');
  });

  it('drops control characters that YAML escapes put into front-matter strings', () => {
    const r = normalize('---\ntitle: "Baker\\0\\a\\e\\u0085\\u009b[2J"\ncompany: "Crumb\\x07 & Co"\n---\nWe bake.\n', { path: 'p.md' }).record;
    expect(r?.title).toBe('Baker[2J');
    expect(r?.company).toBe('Crumb & Co');
    expect(JSON.stringify(r)).not.toMatch(/\\u00(0|1|7f|8|9)/i);
  });

  it('writes JSON-LD that can be pasted into a script element as it is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobnorm-jsonld-'));
    writeFileSync(join(dir, 'p.md'), '---\ntitle: "Engineer</script><script>alert(1)</script>"\ncompany: "A & B \u2028Co"\n---\n## Duties\n\n- Build\n');
    const out = run(['ingest', '--format', 'jsonld', join(dir, 'p.md')]).stdout.trim();
    expect(out).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(out).title).toBe('Engineer</script><script>alert(1)</script>');
  });

  it('keeps the record, without the salary, when a pay figure is beyond any pay', () => {
    const huge = normalize(`# Engineer\n\nPay: $${'9'.repeat(306)} per hour\n`).record;
    expect(huge?.salary).toBeNull();
    expect(huge?.diagnostics.map((d) => d.code)).toContain('salary/out-of-range');
    const fm = normalize('---\ntitle: Engineer\nsalary:\n  min: 1e308\n  max: 2e308\n  currency: USD\n---\nText.\n').record;
    expect(fm?.salary).toBeNull();
    expect(fm?.diagnostics.map((d) => d.code)).toContain('salary/out-of-range');
  });
});

describe('names and messages written for people', () => {
  const evil = 'a\u001b]0;PWNED\u0007\u001b[2Jb\n::error file=README.md,line=1::Injected\n::add-mask::x\u202ez.md';
  it('escapes control characters and newlines of a file name in notices, stylish and GitHub output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobnorm-names-'));
    writeFileSync(join(dir, evil), '---\ntitle: "Engineer\\n::error file=x::Injected"\n---\nI love my cat. I write about my cat. This is my blog.\n');
    const ingest = run(['ingest', dir]);
    const validate = run(['validate', dir]);
    const github = run(['validate', '--reporter', 'github', dir]);
    for (const out of [ingest.stderr, validate.stdout, github.stdout]) {
      expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
      // No line of the output starts a workflow command of its own.
      expect(out.split('\n').filter((l) => /^::(error|add-mask)/.test(l) && !/^::(error|warning|notice) file=/.test(l))).toEqual([]);
      expect(out).not.toMatch(/^::error file=README\.md/m);
    }
    expect(validate.stdout).toContain('\\x1b]0;PWNED\\x07');
  });
});

describe('files that are not regular files', () => {
  it('refuses a FIFO in a walked folder at once, names it, and reads the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobnorm-fifo-'));
    writeFileSync(join(dir, 'good.md'), '# Baker\n\nWe are hiring a night baker for our forty shops.\n');
    const made = spawnSync('mkfifo', [join(dir, 'pipe.md')]);
    expect(made.status).toBe(0);
    // Opening a FIFO for reading blocks until a writer comes: the run must not wait for one.
    const r = run(['ingest', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/pipe\.md: not a regular file \[read\/failed\]/);
    expect(ndjson(r.stdout).map((x) => x.title)).toEqual(['Baker']);
  });
});

describe('sizes that overflow a stack', () => {
  it('reads a list of 130,000 flat items (no spread of every item as an argument)', () => {
    const text = `# Stock list\n\n${Array.from({ length: 130_000 }, (_, i) => `- item ${i}`).join('\n')}\n`;
    const r = normalize(text, { path: 'list.md' });
    expect(r.error ?? null).toBeNull();
    expect(r.record?.sections.reduce((n, s) => n + s.items.length, 0)).toBe(130_000);
  });
  it('appends any number of items', () => {
    expect(appendAll([0], Array.from({ length: 300_000 }, (_, i) => i + 1))).toHaveLength(300_001);
  });
});

describe('a run of HTML comments at the start of a document', () => {
  it('is told from a page without a pattern that backtracks over every way to part the run (it was exponential)', () => {
    // With one pattern over the run, 22 comments took 36 ms and each one more doubled it: 80 would never end.
    const run = '<!---->'.repeat(80);
    expect(detectFormat('', `${run}\nplain text`, false)).not.toBe('html');
    expect(detectFormat('', `${run}\n<html><body><p>A page</p></body></html>`, false)).toBe('html');
    expect(detectFormat('', '<?xml version="1.0"?>\n<!-- saved -->\n<!DOCTYPE html><html></html>', false)).toBe('html');
    const r = normalize(`${run}\nBaker wanted for our shop.\n`, { path: 'comments.txt' });
    expect(r.record ?? r.error).toBeDefined();
  });
});

describe('a page of nothing but "<"', () => {
  it('is read through the HTML tokenizer, not a pattern that rescans each "<", and gives a record', () => {
    const html = `${'<'.repeat(3999)}>\n`.repeat(50);
    expect(visibleText(html).length).toBeGreaterThan(190_000);
    const r = normalize(html, { path: 'storm.html' });
    expect(r.record ?? r.error).toBeDefined();
  });
});

describe('standard input without end', () => {
  it('stops reading at --max-bytes and reports the input as too large (ingest < /dev/zero)', () => {
    const r = spawnSync('sh', ['-c', `node "${BIN}" ingest --max-bytes 100000 - < /dev/zero`], { encoding: 'utf8', timeout: 60_000 });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/<stdin>: input is over the limit of 100000 bytes \(--max-bytes\) \[read\/too-large\]/);
  });
});

describe('symbolic links out of the input tree', () => {
  it('are refused (read/symlink-outside) whether walked, named or validated, unless --follow-symlinks; links inside are read', () => {
    const root = mkdtempSync(join(tmpdir(), 'jobnorm-links-'));
    const jobs = join(root, 'jobs');
    const outside = join(root, 'private');
    for (const d of [jobs, join(jobs, 'sub'), outside]) mkdirSync(d, { recursive: true });
    writeFileSync(join(jobs, 'cook.md'), '# Line Cook\n\n## Duties\n\n- Cook\n- Clean\n');
    writeFileSync(join(outside, 'secret.txt'), 'token: s3cr3t-value\n');
    symlinkSync(join(outside, 'secret.txt'), join(jobs, 'notes.txt'));
    symlinkSync(join('..', 'cook.md'), join(jobs, 'sub', 'same.md'));
    const walked = run(['ingest', '--all', jobs]);
    expect(walked.stdout).not.toContain('s3cr3t');
    expect(walked.stderr).toContain(`${jobs}/notes.txt: a symbolic link to`);
    expect(walked.stderr).toContain('[read/symlink-outside]');
    expect(ndjson(walked.stdout).map((r) => r.source.path.slice(jobs.length + 1))).toEqual(['cook.md', 'sub/same.md']);
    // Named on the command line (as lint-staged passes files), the link is still out of the tree.
    const named = run(['ingest', '--all', join(jobs, 'notes.txt')]);
    expect(named.stdout).toBe('');
    expect(named.status).toBe(1);
    const checked = run(['validate', '--reporter', 'json', jobs]);
    expect(checked.stdout).not.toContain('s3cr3t');
    expect(checked.stdout).toContain('read/symlink-outside');
    expect(run(['ingest', '--all', '--follow-symlinks', jobs]).stdout).toContain('s3cr3t');
  });
});

describe('a folder the walk cannot list', () => {
  // Tests may run as root, who can list any folder: a file system that refuses one folder stands in for `chmod 000`.
  const refusing = (name: string) => {
    const denied = () => Object.assign(new Error(`EACCES: permission denied, scandir`), { code: 'EACCES' });
    const refused = (dir: string) => dir.replace(/\/+$/, '').endsWith(`/${name}`);
    return {
      readdir: ((dir: string, ...rest: unknown[]) => {
        const callback = rest.pop() as (err: Error | null, entries?: unknown) => void;
        if (refused(dir)) callback(denied());
        else (fsReaddir as (...args: unknown[]) => void)(dir, ...rest, callback);
      }) as never,
      readdirSync: ((dir: string) => {
        if (refused(dir)) throw denied();
        return readdirSync(dir);
      }) as never,
    };
  };

  it('is named as failed in its place, with the reason, and every file around it is still read', async () => {
    const root = mkdtempSync(join(tmpdir(), 'jobnorm-unlisted-'));
    for (const d of ['jobs/locked/deeper', 'jobs/open']) mkdirSync(join(root, d), { recursive: true });
    for (const f of ['jobs/a.md', 'jobs/locked/b.md', 'jobs/locked/deeper/c.md', 'jobs/open/d.md']) writeFileSync(join(root, f), '# Line Cook\n\n## Duties\n\n- Cook\n');
    const seen: Array<{ path: string; error?: string }> = [];
    for await (const r of runPipeline([join(root, 'jobs')], { format: 'record', fs: refusing('locked') })) seen.push({ path: r.path.slice(root.length + 1), ...(r.error ? { error: r.error.message } : {}) });
    expect(seen).toEqual([
      { path: 'jobs/a.md' },
      { path: 'jobs/locked/', error: 'could not list this folder (permission denied): the files in it were not read' },
      { path: 'jobs/open/d.md' },
    ]);
  });

  it('is reported below a glob too, and when it is the folder given', async () => {
    const root = mkdtempSync(join(tmpdir(), 'jobnorm-unlisted-'));
    mkdirSync(join(root, 'jobs', 'locked'), { recursive: true });
    writeFileSync(join(root, 'jobs', 'a.md'), '# Line Cook\n');
    writeFileSync(join(root, 'jobs', 'locked', 'b.md'), '# Line Cook\n');
    expect(await walk([`${root}/jobs/**/*.md`], { fs: refusing('locked') })).toEqual([`${root}/jobs/a.md`, `${root}/jobs/locked/`]);
    expect(await walk([join(root, 'jobs', 'locked')], { fs: refusing('locked') })).toEqual([`${root}/jobs/locked/`]);
  });
});

describe('a line of unclosed suppression comments', () => {
  it('is read in one pass, not rescanned from every comment to the end of the line', () => {
    // 200,000 comments that never close: a lazy match to "-->" from each one rescanned the whole line (minutes).
    const storm = `${'<!-- jobnorm-disable salary/missing '.repeat(200_000)}\n`;
    expect(suppressionsIn(storm)).toEqual([]);
    // Closed ones on such a line are still read.
    expect(suppressionsIn(`${'x '.repeat(100_000)}<!-- jobnorm-disable salary/missing -->\n`)).toEqual([{ scope: 'file', rules: ['salary/missing'], line: 1 }]);
  });
});
