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
import { rulePages, withRules } from '../../src/rules/docs.js';
import { GOOD_POSTING, RULE_EXAMPLES } from '../../src/rules/examples.js';
import { CROSS_FILE_RULES, RULES } from '../../src/rules/index.js';
import { lawsFor } from '../../src/rules/pay-transparency.js';
import { validate } from '../../src/validate/index.js';
import { recordOf, ROOT } from '../helpers.js';

const TODAY = '2026-11-23';

/** The rule pages' good posting: no rule fires on it. */
const GOOD = GOOD_POSTING;

async function ruleIds(files: Record<string, string>, config = {}): Promise<Map<string, string[]>> {
  const dir = mkdtempSync(join(tmpdir(), 'jobnorm-rules-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text, name.startsWith('latin1') ? 'latin1' : 'utf8');
  const reports = await validate([dir], { config: ConfigSchema.parse(config), today: TODAY, isolate: false });
  return new Map(reports.map((r) => [r.path.slice(dir.length + 1), r.messages.map((m) => m.ruleId)]));
}

describe('rules', () => {
  it('every rule has a case here, and every code a document\'s reading can emit is a rule', () => {
    const fileErrors = ['read/failed', 'read/too-large', 'read/symlink-outside', 'decode/binary', 'document/timeout', 'internal/invalid-record', 'internal/error'];
    expect(Object.keys(CODES).filter((c) => !fileErrors.includes(c)).every((c) => RULES.some((r) => r.id === c))).toBe(true);
    expect(RULES.filter((r) => r.id in CODES).every((r) => r.severity === CODES[r.id as keyof typeof CODES].severity)).toBe(true);
    expect(Object.keys(RULE_EXAMPLES).sort()).toEqual([...RULES, ...CROSS_FILE_RULES].map((r) => r.id).sort());
  });
  it('the good posting triggers nothing', async () => {
    expect((await ruleIds({ 'good.md': GOOD })).get('good.md')).toEqual([]);
  });
  // Each rule page's example does what the page says: the rule fires on it, not on the good posting.
  for (const [rule, ex] of Object.entries(RULE_EXAMPLES)) {
    it(`${rule}: fires on its page's example, not on the good posting`, async () => {
      const bad = ex.encoding === 'latin1' ? 'latin1-bad.md' : 'bad.md';
      const files = ex.beside ? { 'a-first.md': ex.beside, [bad]: ex.fires } : { [bad]: ex.fires };
      expect((await ruleIds(files, ex.config)).get(bad)).toContain(rule);
      expect((await ruleIds({ 'good.md': GOOD }, ex.config ?? {})).get('good.md')).not.toContain(rule);
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

describe('columns', () => {
  it('point at where the value starts on its line, in the body and in front matter, and fall back to the line\'s first character', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobnorm-col-'));
    writeFileSync(join(dir, 'reversed.md'), GOOD.replace('Salary: $120,000 - $140,000 per year', 'Salary: $140,000 - $120,000 per year'));
    writeFileSync(join(dir, 'closed.md'), GOOD.replace('date_posted: 2026-11-01\n', 'date_posted: 2026-11-01\nvalid_through:   2026-11-10\n'));
    const reports = await validate([dir], { config: ConfigSchema.parse({}), today: TODAY, isolate: false });
    const at = (name: string, rule: string) => reports.find((r) => r.path.endsWith(name))?.messages.find((m) => m.ruleId === rule);
    // "Salary: " is eight characters: the pay starts at column 9 of line 17.
    expect(at('reversed.md', 'salary/min-over-max')).toMatchObject({ line: 17, column: 9 });
    // The date is read to the same text it is written as; the three spaces after the colon are passed over.
    expect(at('closed.md', 'date/expired')).toMatchObject({ line: 7, column: 18 });
    // A value the line does not write as such ("full-time" read from hours): the line's first character.
    expect(recordOf('Baker\n\n    Hours: 40 per week\n\nYou will bake bread.\n', 'a.txt').provenance.employmentType).toEqual({ line: 3, column: 5, from: 'body' });
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
    for (const r of [...RULES, ...CROSS_FILE_RULES]) expect(readme).toContain(`#### [\`${r.id}\`](docs/rules/${r.id}.md) — ${r.severity}`);
  });
  it('has a page per rule, as the rule modules and their examples write it (npm run docs:rules)', () => {
    const pages = rulePages();
    expect(pages.size).toBe(RULES.length + CROSS_FILE_RULES.length);
    for (const [file, text] of pages) expect(readFileSync(join(ROOT, file), 'utf8')).toBe(text);
  });
});
