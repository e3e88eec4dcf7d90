/** Worker threads, shards and the NDJSON stream mode give the same records as one thread. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { shardKey, shardOf } from '../src/pipeline/run.js';
import { fixtureCases, fixtureInput, ndjson, run } from './helpers.js';

/** 96 postings (enough for the worker pool to be used), varied so that ids differ. */
let corpus = '';
beforeAll(() => {
  corpus = mkdtempSync(join(tmpdir(), 'jobnorm-scale-'));
  const inputs = fixtureCases().map((c) => fixtureInput(c)).filter((f) => !f.includes('utf16'));
  for (let i = 0; i < 96; i++) {
    const src = inputs[i % inputs.length] as string;
    const ext = src.slice(src.lastIndexOf('.'));
    writeFileSync(join(corpus, `p${String(i).padStart(3, '0')}${ext}`), `${readFileSync(src, 'utf8')}\nReference ${i}.\n`);
  }
});

describe('concurrency', () => {
  it('gives byte-identical output with 1 and 4 workers', () => {
    const one = run(['ingest', '--all', '--concurrency', '1', corpus]);
    const four = run(['ingest', '--all', '--concurrency', '4', corpus]);
    expect(one.status).toBe(0);
    expect(ndjson(one.stdout)).toHaveLength(96);
    expect(four.stdout).toBe(one.stdout);
  });
  it('a worker that fails on one file costs only that file', () => {
    const r = run(['ingest', '--all', '--concurrency', '2', corpus], { env: { JOBNORM_TEST_WORKER_FAIL_ON: 'p017' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`${corpus}/p017\\.\\w+: worker failed: worker failure injected`));
    const paths = ndjson(r.stdout).map((x) => x.source.path);
    expect(paths).toHaveLength(95);
    expect(paths.some((p) => p.includes('/p017.'))).toBe(false);
    expect(paths.some((p) => p.includes('/p016.')) && paths.some((p) => p.includes('/p018.'))).toBe(true);
  });
  it('stops a document that overruns --timeout and goes on, reporting only that one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobnorm-timeout-'));
    for (let i = 0; i < 70; i++) writeFileSync(join(dir, `d${String(i).padStart(2, '0')}.md`), `# Engineer ${i}\n\n- one\n`);
    // d13 is made to hang (as a hostile posting would); the budget is far above what any other needs.
    const r = run(['ingest', '--all', '--concurrency', '2', '--timeout', '1500', dir], { env: { JOBNORM_TEST_WORKER_HANG_ON: 'd13' } });
    const timeouts = r.stderr.split('\n').filter((l) => l.includes('[document/timeout]'));
    expect(timeouts).toHaveLength(1);
    expect(timeouts[0]).toMatch(/d13\.md: .*took longer than 1500 ms and was stopped \(--timeout\)/);
    expect(ndjson(r.stdout)).toHaveLength(69);
    expect(r.stderr.trim().split('\n').pop()).toMatch(/^70 files: /);
  });
});

describe('time budgets', () => {
  it('start when a document\'s own work starts: good postings queued behind hanging ones are never timed out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobnorm-budget-'));
    for (let i = 0; i < 70; i++) writeFileSync(join(dir, `d${String(i).padStart(2, '0')}.md`), `# Engineer ${i}\n\n- one\n`);
    for (let i = 0; i < 4; i++) writeFileSync(join(dir, `a-hang${i}.md`), `# Hostile ${i}\n`);
    const r = run(['validate', '--reporter', 'json', '--concurrency', '2', '--timeout', '800', dir], { env: { JOBNORM_TEST_WORKER_HANG_ON: 'hang' } });
    const files = (JSON.parse(r.stdout) as { files: Array<{ path: string; messages: Array<{ ruleId: string }> }> }).files;
    const timedOut = files.filter((f) => f.messages.some((m) => m.ruleId === 'document/timeout')).map((f) => f.path.slice(dir.length + 1));
    expect(timedOut.sort()).toEqual(['a-hang0.md', 'a-hang1.md', 'a-hang2.md', 'a-hang3.md']);
    expect(files).toHaveLength(74);
  });
});

describe('time budgets on small runs', () => {
  it('hold for ingest too when --timeout is given, however small the run, with --concurrency 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobnorm-small-budget-'));
    for (let i = 0; i < 3; i++) writeFileSync(join(dir, `d${i}.md`), `# Engineer ${i}\n\nWe are hiring.\n\n- one\n`);
    writeFileSync(join(dir, 'a-hang.md'), '# Hostile\n');
    const r = run(['ingest', '--all', '--concurrency', '1', '--timeout', '800', dir], { env: { JOBNORM_TEST_WORKER_HANG_ON: 'hang' } });
    expect(r.stderr).toMatch(/a-hang\.md: .*took longer than 800 ms and was stopped \(--timeout\)/);
    expect(ndjson(r.stdout)).toHaveLength(3);
    expect(r.stderr.trim().split('\n').pop()).toMatch(/^4 files: 3 postings, 0 not postings, 1 failed/);
  });
});

describe('shards', () => {
  it('split the inputs so that their union is the unsharded output', () => {
    // Sharding only chooses the paths: one thread reads them as workers would (the concurrency tests above say so).
    const all = run(['ingest', '--all', '--concurrency', '1', corpus]).stdout;
    const parts = [1, 2, 3].map((k) => ndjson(run(['ingest', '--all', '--concurrency', '1', '--shard', `${k}/3`, corpus]).stdout));
    expect(parts.every((p) => p.length > 10)).toBe(true);
    const union = parts.flat().sort((a, b) => a.source.path.localeCompare(b.source.path));
    expect(union.map((r) => JSON.stringify(r)).join('\n')).toBe(ndjson(all).map((r) => JSON.stringify(r)).join('\n'));
  });
  it('split one corpus the same way however its folder is named, by a hash whose low bits are mixed', () => {
    const relative = [1, 2].map((k) => ndjson(run(['ingest', '--all', '--concurrency', '1', '--shard', `${k}/2`, corpus]).stdout).map((r) => basename(r.source.path)));
    const viaDots = [1, 2].map((k) => ndjson(run(['ingest', '--all', '--concurrency', '1', '--shard', `${k}/2`, `${corpus}/../${basename(corpus)}/`]).stdout).map((r) => basename(r.source.path)));
    expect(viaDots).toEqual(relative);
    expect(shardKey('big/sub/a.md', ['big'])).toBe(shardKey('/abs/path/big/sub/a.md', ['/abs/path/big']));
    // FNV-1a modulo 2 was the parity of the characters' codes: names differing by two in one letter always fell together.
    const pairs = Array.from({ length: 200 }, (_, i) => [`p${i}a.md`, `p${i}c.md`] as const);
    const together = pairs.filter(([a, b]) => shardOf(a, 2) === shardOf(b, 2)).length;
    expect(together).toBeGreaterThan(60);
    expect(together).toBeLessThan(140);
  });
  it('are chosen by a stable hash of the path', () => {
    expect(shardOf('jobs/a.md', 3)).toBe(shardOf('jobs/a.md', 3));
    expect(new Set(Array.from({ length: 60 }, (_, i) => shardOf(`p${i}.md`, 3)))).toEqual(new Set([1, 2, 3]));
    expect(run(['ingest', '--shard', '4/3', corpus]).status).toBe(2);
  });
});

describe('--input-format ndjson', () => {
  it('reads {path, text} lines and writes one line per input line, in order', () => {
    const inputs = fixtureCases().filter((c) => c !== 'utf16').map((c) => ({ path: `x/${c}.md`, text: readFileSync(fixtureInput(c), 'utf8') }));
    const lines = [...inputs.map((i) => JSON.stringify(i)), 'not json', JSON.stringify({ path: 'no-text' }), '   '];
    const r = run(['ingest', '--all', '--input-format', 'ndjson', '-'], { input: `${lines.join('\n')}\n` });
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { source: { path: string }; error?: { code: string } });
    expect(out).toHaveLength(lines.length);
    expect(out.slice(0, inputs.length).map((o) => o.source.path)).toEqual(inputs.map((i) => i.path));
    expect(out[inputs.length]?.error?.code).toBe('read/failed');
    expect(out[inputs.length + 1]).toMatchObject({ source: { path: 'no-text' }, error: { code: 'read/failed' } });
    // A blank line keeps its place too.
    expect(out[inputs.length + 2]).toMatchObject({ source: { path: `<stdin>:${lines.length}` }, error: { code: 'read/failed', message: `line ${lines.length} is blank` } });
    const direct = ndjson(run(['ingest', '--all', fixtureInput('bold-labels')]).stdout)[0];
    const streamed = out[inputs.findIndex((i) => i.path === 'x/bold-labels.md')] as { title?: string };
    expect(streamed.title).toBe(direct?.title);
  });
  it('refuses a line past what --max-bytes allows without reading it whole, and goes on with the next', () => {
    const ok = JSON.stringify({ path: 'ok.md', text: '# Baker\n\nBake bread every morning for our shop.\n' });
    const huge = `{"path": "huge.md", "text": "${'a'.repeat(200_000)}"}`;
    const r = run(['ingest', '--all', '--input-format', 'ndjson', '--max-bytes', '1000', '-'], { input: `${huge}\n${ok}\n` });
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { source: { path: string }; error?: { code: string } });
    expect(out.map((o) => [o.source.path, o.error?.code ?? null])).toEqual([['<stdin>:1', 'read/too-large'], ['ok.md', null]]);
  });
});
