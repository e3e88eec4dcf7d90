/**
 * What holds for every document we have: every fixture, and the seeds and dev corpus when
 * ../shared is beside the repository. The record passes the schema, every line it points to
 * exists, normalising twice gives the same bytes, and no word of the body is lost from `sections`.
 * With ../shared present, the seeds also score 100% against their labels.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JobPostingSchema, normalizeBytes, parseDocument } from '../src/index.js';
import type { Item } from '../src/parsers/document.js';
import { decode } from '../src/pipeline/decode.js';
import { BIN, HAS_SHARED, ROOT, SHARED, fixtureCases, fixtureInput } from './helpers.js';

const documents: string[] = fixtureCases().map(fixtureInput);
for (const dir of [join(SHARED, 'seeds'), join(SHARED, 'corpus', 'dev', 'docs')]) {
  if (existsSync(dir)) documents.push(...readdirSync(dir).sort().map((f) => join(dir, f)));
}

/** Words of three letters or more, lower-cased. */
const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);

describe.each(documents.map((d) => [relative(ROOT, d), d]))('%s', (name, file) => {
  const bytes = readFileSync(file);
  const first = normalizeBytes(bytes, { path: name });

  it('gives a record that passes the schema', () => {
    expect(first.error).toBeNull();
    expect(JobPostingSchema.safeParse(first.record).success).toBe(true);
  });

  it('points only at lines that exist', () => {
    const count = decode(bytes).text.split('\n').length;
    const record = first.record;
    if (!record) throw new Error('no record');
    const all = [
      ...Object.values(record.provenance).map((p) => p.line),
      ...record.diagnostics.map((d) => d.line),
      ...record.sections.map((s) => s.line),
    ].filter((l): l is number => l !== null);
    expect(all.length).toBeGreaterThan(0);
    for (const l of all) {
      expect(l).toBeGreaterThanOrEqual(1);
      expect(l).toBeLessThanOrEqual(count);
    }
  });

  it('gives the same bytes when normalised twice', () => {
    expect(JSON.stringify(normalizeBytes(bytes, { path: name }).record)).toBe(JSON.stringify(first.record));
  });

  it('keeps every word of the body in its sections', () => {
    const record = first.record;
    if (!record) throw new Error('no record');
    const { document } = parseDocument(decode(bytes).text, name);
    const itemTexts = (items: Item[]): string[] => items.flatMap((i) => [i.text, ...itemTexts(i.items)]);
    const body = document.sections
      .flatMap((s) => [s.heading?.text ?? '', ...s.blocks.flatMap((b) => (b.type === 'paragraph' ? b.lines.map((l) => l.text) : itemTexts(b.items)))])
      .join(' ');
    // A posting written wholly in front matter has no body to keep.
    expect(words(body).size > 5 || document.frontMatter !== null).toBe(true);
    const kept = words(record.sections.map((s) => `${s.heading ?? ''} ${s.text}`).join(' '));
    const lost = [...words(body)].filter((w) => !kept.has(w));
    expect(lost).toEqual([]);
  });
});

describe('generated postings', () => {
  it('keep every word of the body in sections, in every shape the benchmark writes', async () => {
    // @ts-expect-error: a plain ES module without types, shared with the benchmark
    const { posting } = (await import('./bench/corpus.mjs')) as { posting: (i: number, rand: () => number) => string };
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 30; i++) {
      const text = posting(i, rand);
      const r = normalizeBytes(new TextEncoder().encode(text), { path: i % 10 >= 7 ? 'p.txt' : 'p.md' });
      const record = r.record;
      if (!record) throw new Error(r.error?.message);
      expect(JobPostingSchema.safeParse(record).success).toBe(true);
      const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
      const kept = words(record.sections.map((s) => `${s.heading ?? ''} ${s.text}`).join(' '));
      expect([...words(body.replace(/\*\*/g, ''))].filter((w) => !kept.has(w))).toEqual([]);
      expect(record.isJobPosting).toBe(true);
    }
  });
});

describe('seeds', () => {
  it(HAS_SHARED ? 'score 100% against their labels, byte-identical across runs' : 'are not here (../shared is absent): the fixtures above stand in', () => {
    if (!HAS_SHARED) return expect(documents.length).toBe(fixtureCases().length);
    const out = execFileSync(process.execPath, [BIN, 'ingest', '--all', join(SHARED, 'seeds')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const again = execFileSync(process.execPath, [BIN, 'ingest', '--all', join(SHARED, 'seeds')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    expect(again).toBe(out);
    const score = execFileSync(process.execPath, [join(SHARED, 'tools', 'score.mjs'), join(SHARED, 'corpus', 'seeds.gold.json'), '--json'], { input: out, encoding: 'utf8' });
    expect((JSON.parse(score) as { overall: number }).overall).toBe(1);
  });
});
