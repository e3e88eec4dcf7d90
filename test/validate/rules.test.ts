/**
 * Every rule both ways: a posting that triggers it and one that does not. The rules are pure
 * functions of a record, so these postings (written here, trusted) are read in this thread; the
 * CLI's tests run `validate` the way users do, on workers.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config/index.js';
import { CODES } from '../../src/diagnostics/codes.js';
import { withRules } from '../../src/rules/docs.js';
import { CROSS_FILE_RULES, RULES } from '../../src/rules/index.js';
import { lawsFor } from '../../src/rules/pay-transparency.js';
import { validate } from '../../src/validate/index.js';
import { ROOT } from '../helpers.js';

const TODAY = '2026-11-23';

/** A complete posting; cases change one thing in it. */
const GOOD = `---
title: Backend Engineer
company: Acme
location: Austin, TX
employment_type: full-time
date_posted: 2026-11-01
---

## About the role

You will build the services that route parcels for small shops across Texas.

## Requirements

- 3+ years of Go

Salary: $120,000 - $140,000 per year
`;

async function ruleIds(files: Record<string, string>, config = {}): Promise<Map<string, string[]>> {
  const dir = mkdtempSync(join(tmpdir(), 'jobnorm-rules-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text, name.startsWith('latin1') ? 'latin1' : 'utf8');
  const reports = await validate([dir], { config: ConfigSchema.parse(config), today: TODAY, isolate: false });
  return new Map(reports.map((r) => [r.path.slice(dir.length + 1), r.messages.map((m) => m.ruleId)]));
}

const CASES: Array<{ rule: string; bad: string; good?: string }> = [
  { rule: 'not-a-posting', bad: '# How to write a job description\n\nI wrote my first job ad in 2019. My advice: keep it short. I think you will thank me.\n' },
  { rule: 'title/missing', bad: GOOD.replace('title: Backend Engineer\n', '').replace('You will build', 'Build') },
  { rule: 'company/missing', bad: GOOD.replace('company: Acme\n', '') },
  { rule: 'location/missing', bad: GOOD.replace('location: Austin, TX\n', '').replace(' across Texas', '') },
  { rule: 'employment-type/missing', bad: GOOD.replace('employment_type: full-time\n', '') },
  { rule: 'date-posted/missing', bad: GOOD.replace('date_posted: 2026-11-01\n', '') },
  { rule: 'salary/missing', bad: GOOD.replace('Salary: $120,000 - $140,000 per year\n', '') },
  { rule: 'salary/min-over-max', bad: GOOD.replace('$120,000 - $140,000', '$140,000 to $120,000').replace('Salary:', 'Salary: from') },
  { rule: 'salary/implausible', bad: GOOD.replace('$120,000 - $140,000 per year', '$5,000 per hour') },
  { rule: 'salary/currency-ambiguous', bad: GOOD.replace('location: Austin, TX\n', 'remote: true\n').replace(' across Texas', '') },
  { rule: 'front-matter/invalid', bad: GOOD.replace('company: Acme', 'company: [Acme') },
  { rule: 'front-matter/refused', bad: `---js\n{ title: "x" }\n---\n${GOOD.split('---\n')[2]}` },
  { rule: 'front-matter/conflict', bad: GOOD.replace('## About the role', '**Position:** Frontend Designer\n\n## About the role') },
  { rule: 'front-matter/unknown-key', bad: GOOD.replace('date_posted: 2026-11-01\n', 'date_posted: 2026-11-01\nemployement_typ: full-time\n') },
  { rule: 'encoding/repaired', bad: GOOD.replace('small shops', 'small shopsâ€™ owners') },
  { rule: 'date/expired', bad: GOOD.replace('date_posted: 2026-11-01\n', 'date_posted: 2026-11-01\nvalid_through: 2026-01-31\n') },
  { rule: 'date/invalid', bad: GOOD.replace('date_posted: 2026-11-01', 'date_posted: 2026-13-45') },
  { rule: 'salary/out-of-range', bad: GOOD.replace('$120,000 - $140,000 per year', `$${'9'.repeat(40)} per year`) },
  { rule: 'field/placeholder', bad: GOOD.replace('location: Austin, TX', 'location: <City, ST>') },
  { rule: 'front-matter/truncated', bad: GOOD.replace('date_posted: 2026-11-01\n', `date_posted: 2026-11-01\ndeep: ${'['.repeat(40)}1${']'.repeat(40)}\n`) },
  { rule: 'document/truncated', bad: GOOD.replace('You will build', `You will build ${'parcel routes and '.repeat(300)}`) },
  { rule: 'document/empty', bad: '\n\n' },
  // Bytes that are not UTF-8 (Windows-1252 "é" is 0xE9): written as latin1 by ruleIds.
  { rule: 'decode/legacy-encoding', bad: GOOD.replace('small shops', 'small shops in Montréal') },
  { rule: 'description/missing', bad: '---\ntitle: Backend Engineer\ncompany: Acme\nlocation: Austin, TX\nemployment_type: full-time\ndate_posted: 2026-11-01\nsalary: "$100,000"\n---\n\n## Requirements\n\n- Go\n' },
];

describe('rules', () => {
  it('every rule has a case here, and every code a document\'s reading can emit is a rule', () => {
    const fileErrors = ['read/failed', 'read/too-large', 'read/symlink-outside', 'decode/binary', 'document/timeout', 'internal/invalid-record', 'internal/error'];
    expect(Object.keys(CODES).filter((c) => !fileErrors.includes(c)).every((c) => RULES.some((r) => r.id === c))).toBe(true);
    expect(RULES.filter((r) => r.id in CODES).every((r) => r.severity === CODES[r.id as keyof typeof CODES].severity)).toBe(true);
    expect(CASES.map((c) => c.rule).sort()).toEqual(RULES.map((r) => r.id).sort());
  });
  it('the good posting triggers nothing', async () => {
    expect((await ruleIds({ 'good.md': GOOD })).get('good.md')).toEqual([]);
  });
  for (const c of CASES) {
    it(`${c.rule}: fires on the bad posting, not on the good one`, async () => {
      const bad = c.rule === 'decode/legacy-encoding' ? 'latin1-bad.md' : 'bad.md';
      const ids = await ruleIds({ [bad]: c.bad, 'good.md': c.good ?? GOOD });
      expect(ids.get(bad)).toContain(c.rule);
      expect(ids.get('good.md')).not.toContain(c.rule);
    });
  }
  it('posting/duplicate: fires on the second of two identical files only', async () => {
    const ids = await ruleIds({ 'a.md': GOOD, 'b.md': GOOD, 'c.md': GOOD.replace('Go', 'Rust') });
    expect(ids.get('a.md')).toEqual([]);
    expect(ids.get('b.md')).toEqual(['posting/duplicate']);
    expect(ids.get('c.md')).toEqual([]);
  });
  it('field/required: fires for a field the configuration requires', async () => {
    const ids = await ruleIds({ 'a.md': GOOD }, { required: ['url', 'salary'] });
    expect(ids.get('a.md')).toEqual(['field/required']);
    expect((await ruleIds({ 'a.md': GOOD }, { required: ['salary'] })).get('a.md')).toEqual([]);
  });
  it('cross-file rules are documented', () => {
    expect(CROSS_FILE_RULES.map((r) => r.id)).toEqual(['posting/duplicate', 'field/required', 'suppression/unused']);
  });
});

describe('salary/missing and pay-transparency laws', () => {
  it('is an error naming the law where a law requires a range', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobnorm-laws-'));
    writeFileSync(join(dir, 'co.md'), GOOD.replace('Austin, TX', 'Denver, CO').replace('Salary: $120,000 - $140,000 per year\n', ''));
    writeFileSync(join(dir, 'tx.md'), GOOD.replace('Salary: $120,000 - $140,000 per year\n', ''));
    const [co, tx] = await validate([dir], { config: ConfigSchema.parse({}), today: TODAY, isolate: false });
    expect(co?.messages.find((m) => m.ruleId === 'salary/missing')).toMatchObject({ severity: 'error', message: expect.stringContaining('Colorado Equal Pay for Equal Work Act') });
    expect(tx?.messages.find((m) => m.ruleId === 'salary/missing')).toMatchObject({ severity: 'warning' });
  });
  it('knows when each law takes effect, and New York City', () => {
    expect(lawsFor({ country: 'DE', region: null, city: 'Berlin' }, '2026-01-01')).toEqual([]);
    expect(lawsFor({ country: 'DE', region: null, city: 'Berlin' }, '2026-06-07').map((l) => l.law)).toEqual(['Directive (EU) 2023/970 (pay transparency), Article 5']);
    expect(lawsFor({ country: 'US', region: 'NY', city: 'New York' }, TODAY)).toHaveLength(2);
    expect(lawsFor({ country: 'US', region: null, city: 'New York' }, TODAY).map((l) => l.law)).toEqual(['New York City Local Law 32 of 2022']);
    expect(lawsFor({ country: 'US', region: 'TX', city: 'Austin' }, TODAY)).toEqual([]);
  });
});

describe('severities', () => {
  it('can be turned off or changed by the configuration', async () => {
    const bad = GOOD.replace('company: Acme\n', '');
    const dir = mkdtempSync(join(tmpdir(), 'jobnorm-sev-'));
    writeFileSync(join(dir, 'a.md'), bad);
    const off = await validate([dir], { config: ConfigSchema.parse({ rules: { 'company/missing': 'off' } }), today: TODAY, isolate: false });
    expect(off[0]?.messages).toEqual([]);
    const error = await validate([dir], { config: ConfigSchema.parse({ rules: { 'company/missing': 'error' } }), today: TODAY, isolate: false });
    expect(error[0]?.messages).toMatchObject([{ ruleId: 'company/missing', severity: 'error', line: 1, column: 1 }]);
  });
});

describe('rules about the file', () => {
  it('report on a document that is not a posting too, on the line of the problem', async () => {
    const article = '---\ntitle: How we write\nauthor: Kim\n  tags: [a\n---\n\n# How we write job ads\n\nIn this post I share what I learned. I think short ads work.\n';
    const dir = mkdtempSync(join(tmpdir(), 'jobnorm-rules-'));
    writeFileSync(join(dir, 'a.md'), article);
    const [report] = await validate([dir], { config: ConfigSchema.parse({}), today: TODAY, isolate: false });
    expect(report?.messages.map((m) => [m.ruleId, m.line])).toEqual([['not-a-posting', 1], ['front-matter/invalid', 4]]);
  });
});

describe('the README rule list', () => {
  it('is the one the rule modules write (npm run docs:rules)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(withRules(readme)).toBe(readme);
    for (const r of [...RULES, ...CROSS_FILE_RULES]) expect(readme).toContain(`#### \`${r.id}\` — ${r.severity}`);
  });
});
