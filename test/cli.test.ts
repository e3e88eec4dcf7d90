/** The CLI as a user runs it: the built bin, spawned, with its stdout, stderr and exit code. */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { JobPostingSchema } from '../src/index.js';
import { BIN, FIXTURES, ROOT, ndjson, run } from './helpers.js';

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'index.js'))) throw new Error('build first: npm run build (npm test does it)');
});

const POSTING = '# Data Engineer\n\n**Company:** Acme\n\n## Responsibilities\n\n- Build pipelines\n\n## Requirements\n\n- 3+ years of SQL\n';

describe('jobnorm ingest', () => {
  it('writes one valid NDJSON record per posting, leaves out non-postings, and sums up on stderr', () => {
    const r = run(['ingest', 'fixtures']);
    expect(r.status).toBe(0);
    const records = ndjson(r.stdout);
    expect(records).toHaveLength(15);
    for (const rec of records) expect(JobPostingSchema.safeParse(rec).success).toBe(true);
    // Left-out documents are counted by kind in the one summary line, not named one by one.
    expect(r.stderr).not.toContain('left out fixtures/article-not-posting/input.md');
    expect(r.stderr.trim().split('\n').pop()).toBe('17 files: 15 postings, 2 not postings (1 article, 1 template), 0 failed (--verbose names them, --report FILE lists every outcome, --all keeps them)');
    expect(run(['ingest', '--verbose', 'fixtures']).stderr).toContain('left out fixtures/article-not-posting/input.md: not a job posting');
  });

  it('keeps the summary with -q, drops it with --silent, and reports every input\'s outcome with --report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobnorm-cli-'));
    writeFileSync(join(dir, 'bad.md'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x00, 0x00, 0x00]));
    const q = run(['ingest', '-q', 'fixtures/article-not-posting', 'fixtures/bold-labels']);
    expect(q.stderr.trim().split('\n')).toEqual(['2 files: 1 posting, 1 not a posting (1 article), 0 failed (--verbose names them, --report FILE lists every outcome, --all keeps them)']);
    const silent = run(['ingest', '--silent', 'fixtures/article-not-posting', join(dir, 'bad.md')]);
    // Only the failure is told: it changes the exit code.
    expect(silent.stderr.trim().split('\n')).toHaveLength(1);
    expect(silent.stderr).toContain('bad.md');
    const reportFile = join(dir, 'report.ndjson');
    run(['ingest', '--report', reportFile, 'fixtures/article-not-posting', 'fixtures/bold-labels', join(dir, 'bad.md')]);
    const lines = ndjson(readFileSync(reportFile, 'utf8')) as Array<Record<string, unknown>>;
    expect(lines.map((l) => [String(l.path).split(/[\\/]/).slice(-2).join('/'), l.outcome, l.kind ?? l.code])).toEqual([
      ['article-not-posting/input.md', 'left-out', 'article'],
      ['bold-labels/input.md', 'posting', 'posting'],
      [`${dir.split(/[\\/]/).pop()}/bad.md`, 'failed', 'decode/binary'],
    ]);
  });

  it('folds reposts into the first with --dedupe: another board\'s chrome, line ends, encoding or HTML; not another role of the employer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobnorm-dedupe-'));
    const posting = 'Café Shift Manager\n\nBramble & Co is hiring a shift manager for its café in York.\n\nResponsibilities\n- Open and close the café\n- Lead a team of six baristas\n- Count the tills\n\nRequirements\n- A year running a café shift\n- Food hygiene level 2\n';
    writeFileSync(join(dir, 'a.txt'), posting);
    writeFileSync(join(dir, 'b.txt'), `Sign in\nJoin now\n\n${posting}\nShow more\nReport this job\n`);
    writeFileSync(join(dir, 'c.txt'), posting.replace(/\n/g, '\r\n'));
    // The same letters in windows-1252: é is one byte.
    writeFileSync(join(dir, 'd.txt'), Buffer.from(posting.replace(/é/g, '\u00e9'), 'latin1'));
    writeFileSync(join(dir, 'e.html'), `<html><body><nav><a>Jobs</a></nav><main>${posting.split('\n').map((l) => `<p>${l}</p>`).join('')}</main></body></html>`);
    // The employer's other role, written from the same template.
    writeFileSync(join(dir, 'f.txt'), posting.replace('Café Shift Manager', 'Café Barista').replace('a shift manager', 'a barista'));
    const report = join(dir, 'report.ndjson');
    const r = run(['ingest', '--dedupe', '--report', report, dir]);
    const recs = ndjson(r.stdout) as Array<{ title: string; source: { path: string }; duplicates?: string[] }>;
    const name = (p: string) => p.split(/[\\/]/).pop();
    expect(recs.map((x) => [x.title, name(x.source.path), (x.duplicates ?? []).map(name)])).toEqual([
      ['Café Shift Manager', 'a.txt', ['b.txt', 'c.txt', 'd.txt', 'e.html']],
      ['Café Barista', 'f.txt', []],
    ]);
    expect(r.stderr).toContain('6 files: 6 postings (4 reposts folded by --dedupe), 0 not postings, 0 failed');
    expect((ndjson(readFileSync(report, 'utf8')) as unknown as Array<{ outcome: string }>).map((l) => l.outcome)).toEqual(['posting', 'duplicate', 'duplicate', 'duplicate', 'duplicate', 'posting']);
    // In a table, the reposts fill the last column of the kept row.
    const csv = run(['ingest', '--dedupe', '--format', 'csv', dir]).stdout.split('\r\n');
    expect(csv[1]?.endsWith('.txt | ' + join(dir, 'c.txt').replace(/\\/g, '/') + ' | ' + join(dir, 'd.txt').replace(/\\/g, '/') + ' | ' + join(dir, 'e.html').replace(/\\/g, '/'))).toBe(true);
  });

  it('takes the fields an NDJSON input line gives as given (provenance input), and echoes every key for joins', () => {
    const text = '# Cook\n\nWe cook in Leeds.\n\n## Duties\n\n- Cook\n- Clean\n';
    const lines = [
      { path: 'a', text, title: 'Line Cook', company: 'Harbor Bistro', location: 'Portland, OR', url: 'https://jobs.example/1', datePosted: '2026-11-02T10:00:00Z', scrapedAt: '2026-11-03', rowId: 42 },
      // Values of the wrong shape are not taken; the text is read instead.
      { path: 'b', text, url: 'not a url', datePosted: '2026-02-30', title: '  ' },
    ];
    const r = run(['ingest', '--input-format', 'ndjson'], { input: lines.map((l) => JSON.stringify(l)).join('\n') });
    const [a, b] = ndjson(r.stdout) as Array<Record<string, any>>;
    expect(a).toMatchObject({ title: 'Line Cook', company: 'Harbor Bistro', url: 'https://jobs.example/1', datePosted: '2026-11-02', datePostedPrecision: 'time', datePostedAt: '2026-11-02T10:00:00Z' });
    expect(a?.locations.map((l: { city: string; country: string }) => [l.city, l.country])).toEqual([['Portland', 'US']]);
    expect(a?.provenance.title).toEqual({ line: null, from: 'input' });
    expect(a?.input).toEqual({ title: 'Line Cook', company: 'Harbor Bistro', location: 'Portland, OR', url: 'https://jobs.example/1', datePosted: '2026-11-02T10:00:00Z', scrapedAt: '2026-11-03', rowId: 42 });
    expect(a?.fingerprint.dedupeKey).toBe('line cook|harbor bistro|portland');
    expect(b).toMatchObject({ title: 'Cook', url: null, datePosted: null, input: { url: 'not a url', datePosted: '2026-02-30', title: '  ' } });
    expect(b?.locations.map((l: { city: string }) => l.city)).toEqual(['Leeds']);
  });

  it('sets the cut on the posting probability with --min-probability, in the records as in the counts', () => {
    const all = ndjson(run(['ingest', '--all', 'fixtures']).stdout) as Array<{ classification: { postingProbability: number } }>;
    const p = all.map((x) => x.classification.postingProbability).sort((a, b) => a - b);
    // A cut between the two least likely postings: one more document is left out than at 0.5.
    const least = p.filter((x) => x >= 0.5);
    const cut = ((least[0] as number) + (least[1] as number)) / 2;
    const r = run(['ingest', '--all', '--min-probability', String(cut), 'fixtures']);
    const recs = ndjson(r.stdout) as Array<{ isJobPosting: boolean; classification: { postingProbability: number; kind: string } }>;
    for (const rec of recs) expect(rec.isJobPosting).toBe(rec.classification.postingProbability >= cut);
    expect(recs.filter((x) => x.isJobPosting)).toHaveLength(14);
    expect(r.stderr).toContain('17 files: 14 postings, 3 not postings');
    expect(run(['ingest', '--min-probability', '1.5', 'fixtures']).status).toBe(2);
  });

  it('keeps non-postings with --all, and gives byte-identical output on two runs', () => {
    const a = run(['ingest', '--all', 'fixtures']);
    const b = run(['ingest', '--all', 'fixtures']);
    expect(ndjson(a.stdout)).toHaveLength(17);
    expect(a.stdout).toBe(b.stdout);
  });

  it('writes one pretty JSON array with --format json', () => {
    const r = run(['ingest', '--format', 'json', 'fixtures/bold-labels']);
    const parsed = JSON.parse(r.stdout) as unknown[];
    expect(parsed).toHaveLength(1);
    expect(r.stdout.startsWith('[\n  {')).toBe(true);
  });

  it('reads standard input with - (and when no path is given)', () => {
    for (const args of [['ingest', '-'], ['ingest']]) {
      const r = run(args, { input: POSTING });
      expect(r.status).toBe(0);
      expect(ndjson(r.stdout)[0]).toMatchObject({ title: 'Data Engineer', company: 'Acme', source: { path: '<stdin>' } });
    }
  });

  it('writes atomically to -o FILE', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobnorm-cli-'));
    const out = join(dir, 'postings.json');
    const r = run(['ingest', '--format', 'json', '-o', out, 'fixtures/utf16']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(1);
    expect(readdirSync(dir)).toEqual(['postings.json']);
  });

  it('refuses -o naming one of its inputs, and does not read back its own output from an earlier run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobnorm-cli-'));
    writeFileSync(join(dir, 'cook.md'), POSTING);
    const over = run(['ingest', join(dir, 'cook.md'), '-o', join(dir, 'cook.md')]);
    expect(over.status).toBe(2);
    expect(over.stderr).toContain('that is one of the inputs');
    expect(readFileSync(join(dir, 'cook.md'), 'utf8')).toBe(POSTING);
    // An output written as .md inside the folder it reads: the second run still reads one posting.
    for (let i = 0; i < 2; i++) expect(run(['ingest', '--format', 'json', '-o', join(dir, 'all.md'), dir]).stderr).toContain('1 file: 1 posting');
  });

  it('reports an unreadable file, goes on, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobnorm-cli-'));
    writeFileSync(join(dir, 'good.md'), POSTING);
    writeFileSync(join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49]));
    const r = run(['ingest', dir]);
    expect(r.status).toBe(1);
    expect(ndjson(r.stdout)).toHaveLength(1);
    expect(r.stderr).toContain(`${dir}/binary.md: binary file (contains NUL bytes), not text [decode/binary]`);
    expect(r.stderr).toContain('2 files: 1 posting, 0 not postings, 1 failed');
  });

  it('writes error records with --errors-as-records', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobnorm-cli-'));
    writeFileSync(join(dir, 'big.md'), `# Engineer\n${'x'.repeat(2000)}\n`);
    const r = run(['ingest', '--errors-as-records', '--max-bytes', '1000', dir]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout.trim())).toEqual({ source: { path: `${dir}/big.md` }, error: { code: 'read/too-large', message: expect.stringContaining('over the limit of 1000') } });
  });

  it('reports a missing path and a bad option as usage errors (exit 2)', () => {
    const missing = run(['ingest', 'no/such/folder']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no/such/folder: no such file or directory');
    const bad = run(['ingest', '--format', 'xml', 'fixtures']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("argument 'xml' is invalid");
    expect(run(['frobnicate']).status).toBe(2);
  });

  it('is silent with --silent when nothing fails', () => {
    const r = run(['ingest', '--silent', 'fixtures']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('prints its version', () => {
    const r = run(['--version']);
    expect(r.stdout.trim()).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    expect(r.status).toBe(0);
  });

  it('ends quietly when the reader of its output goes away', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobnorm-pipe-'));
    for (let i = 0; i < 300; i++) writeFileSync(join(dir, `p${String(i).padStart(3, '0')}.md`), POSTING.replace('Acme', `Acme ${i}`));
    const r = spawnSync('sh', ['-c', `node "${BIN}" ingest "${dir}" | head -1`], { encoding: 'utf8' });
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/Error|EPIPE|at /);
  });
});

describe('jq recipes', () => {
  const hasJq = spawnSync('jq', ['--version']).status === 0;
  it('pipes NDJSON through jq: titles, and postings missing a salary', () => {
    // .ci/run installs jq, so CI always runs the real pipe; without jq the same is checked with JSON.parse.
    if (process.env.CI) expect(hasJq, 'jq must be installed in CI').toBe(true);
    const titles = spawnSync('sh', ['-c', `node "${BIN}" ingest fixtures 2>/dev/null | ${hasJq ? 'jq -r .title' : 'cat'}`], { cwd: ROOT, encoding: 'utf8' });
    const lines = titles.stdout.trim().split('\n');
    const got = hasJq ? lines : lines.map((l) => (JSON.parse(l) as { title: string }).title);
    expect(got).toContain('Senior Backend Engineer');
    expect(got).toHaveLength(15);
    if (hasJq) {
      const missing = spawnSync('sh', ['-c', `node "${BIN}" ingest fixtures 2>/dev/null | jq -r 'select(.salary == null) | .source.path'`], { cwd: ROOT, encoding: 'utf8' });
      expect(missing.stdout.trim().split('\n')).toEqual(['fixtures/plain-text-headings/input.txt']);
    }
  });
});

describe('file system', () => {
  it('reports an unreadable file and a broken symlink, and the walk ends', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobnorm-fs-'));
    mkdirSync(join(dir, 'ok'));
    writeFileSync(join(dir, 'ok', 'a.md'), POSTING);
    writeFileSync(join(dir, 'locked.md'), POSTING);
    chmodSync(join(dir, 'locked.md'), 0o000);
    symlinkSync(join(dir, 'gone.md'), join(dir, 'broken.md'));
    symlinkSync(join(dir, 'loop'), join(dir, 'loop'));
    const r = run(['ingest', dir, join(FIXTURES, 'utf16', 'input.md'), join(dir, 'broken.md')]);
    expect(r.stderr).toContain('broken.md: no such file or directory');
    const root = process.getuid?.() === 0;
    // root reads any file; everyone else gets a clear "permission denied" and exit 1.
    expect(r.status).toBe(1);
    if (!root) expect(r.stderr).toContain('locked.md: permission denied');
    expect(ndjson(r.stdout).length).toBeGreaterThanOrEqual(2);
  });
});

describe('jobnorm explain', () => {
  const file = join(FIXTURES, 'bold-labels', 'input.md');
  it('prints each candidate of a field with its features, the winner marked, and the line of the source', () => {
    const r = run(['explain', file, '--field', 'title']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^.*input\.md: markdown, language en$/m);
    expect(r.stdout).toMatch(/^title: "Data Analyst, Supply Chain" {2}\(line 4, label\)$/m);
    expect(r.stdout).toMatch(/✓ +17 +"Data Analyst, Supply Chain" +line 4 +via:label \+9/);
    // The heading's shorter form of the title is a candidate that lost.
    expect(r.stdout).toMatch(/^ +14 +"Data Analyst" +line 1 +via:heading/m);
  });
  it('gives the same decisions as data with --json, and agrees with ingest', () => {
    const e = JSON.parse(run(['explain', file, '--json']).stdout) as { format: string; language: string; decisions: Array<{ field: string; winner: { value: unknown; line: number } | null }> };
    const record = ndjson(run(['ingest', file]).stdout)[0];
    expect(e.format).toBe('markdown');
    const title = e.decisions.find((d) => d.field === 'title');
    expect(title?.winner?.value).toBe(record?.title);
    expect(title?.winner?.line).toBe(record?.provenance.title?.line);
  });
  it('names the file and the reason when it cannot read it', () => {
    const r = run(['explain', join(FIXTURES, 'no-such-file.md')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no-such-file.md');
  });
});

describe('bad input lines and output paths', () => {
  it('writes an error line for an NDJSON line that is not an object, and every other line', () => {
    const input = ['{"path":"a.md","text":"# Baker\\n\\nWe bake bread every night."}', 'null', '[1]', '"text"', '{"path":"b.md","text":"# Cook\\n\\nWe cook for the whole town."}'].join('\n');
    const r = run(['ingest', '--input-format', 'ndjson', '--all', '-'], { input });
    const out = ndjson(r.stdout) as Array<{ source: { path: string }; error?: { code: string } }>;
    expect(out.map((x) => x.source.path)).toEqual(['a.md', '<stdin>:2', '<stdin>:3', '<stdin>:4', 'b.md']);
    expect(out.filter((x) => x.error).map((x) => x.error?.code)).toEqual(['read/failed', 'read/failed', 'read/failed']);
    expect(r.stderr).toContain('line 2 is not a JSON object');
  });
  it('says in one line that the folder of -o does not exist, and leaves nothing behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobnorm-out-'));
    const r = run(['ingest', join(FIXTURES, 'crlf'), '-o', join(dir, 'missing', 'x.ndjson')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/-o .*x\.ndjson: the folder .*missing does not exist/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
