/**
 * CSV and TSV output: read back with a CSV parser, the rows are the records; quoting holds for
 * commas, quotes and line breaks; a formula is never left for a spreadsheet to run.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { COLUMNS, LIST_SEPARATOR, tableHeader, tableRow } from '../../src/writers/table.js';
import { recordOf, run } from '../helpers.js';

const POSTING = '---\ntitle: "Cook, Line"\ncompany: \'Harbor "Table" Bistro\'\nlocation: Portland, OR\nsalary: $22-$25 per hour\n---\n\n## Duties\n\n- Grill, fry and plate\n- =HYPERLINK("http://evil.example")\n\n## Requirements\n\n- One year on a line\n';

describe('CSV and TSV rows', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says, and reads back to the record', () => {
    const r = recordOf(POSTING);
    const csv = `${tableHeader('csv')}\r\n${tableRow(r, 'csv')}\r\n`;
    const rows = parse(csv, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(1);
    const row = rows[0] as Record<string, string>;
    expect(row.title).toBe('Cook, Line');
    expect(row.company).toBe('Harbor "Table" Bistro');
    expect([row.city, row.region, row.country]).toEqual(['Portland', 'OR', 'US']);
    expect([row.salary_min, row.salary_max, row.salary_currency, row.salary_period]).toEqual(['22', '25', 'USD', 'hour']);
    // A formula inside a joined cell is text: only a cell's first character is read as one.
    expect(row.responsibilities?.split(LIST_SEPARATOR)).toEqual(['Grill, fry and plate', '=HYPERLINK("http://evil.example")']);
    expect(Object.keys(row)).toEqual([...COLUMNS.map((c) => c.name), 'problem', 'duplicates']);
  });

  it('never starts a text cell with a formula character', () => {
    const r = { ...recordOf(POSTING), title: '=1+1', company: '@SUM(A1)', url: null };
    const row = parse(tableRow(r, 'csv'), {})[0] as string[];
    expect(row[COLUMNS.findIndex((c) => c.name === 'title')]).toBe("'=1+1");
    expect(row[COLUMNS.findIndex((c) => c.name === 'company')]).toBe("'@SUM(A1)");
  });

  it('writes TSV without tabs or line breaks inside a value', () => {
    const r = { ...recordOf(POSTING), title: 'Cook\tLine\nNights' };
    const cells = tableRow(r, 'tsv').split('\t');
    expect(cells).toHaveLength(COLUMNS.length + 2);
    expect(cells[COLUMNS.findIndex((c) => c.name === 'title')]).toBe('Cook Line Nights');
  });
});

describe('ingest --format csv', () => {
  it('writes a header and a row per posting, and a row naming the problem for a failed file with --errors-as-records', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobnorm-csv-'));
    writeFileSync(join(dir, 'cook.md'), POSTING);
    writeFileSync(join(dir, 'broken.md'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x00, 0x00, 0x00]));
    const out = run(['ingest', '--format', 'csv', '--errors-as-records', '--concurrency', '1', dir]);
    const rows = parse(out.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => [r.path?.endsWith('.md') ? r.path.split(/[\\/]/).pop() : r.path, r.title, r.problem ? r.problem.split(':')[0] : ''])).toEqual([
      ['broken.md', '', 'decode/binary'],
      ['cook.md', 'Cook, Line', ''],
    ]);
    expect(out.stdout.split('\r\n')[0]).toBe(tableHeader('csv'));
  });

  it('writes the header alone when nothing is a posting', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobnorm-csv-'));
    writeFileSync(join(dir, 'note.md'), '# My weekend\n\nI went for a walk and I thought about my garden. My neighbour told me about his roses, and I planted mine.\n');
    expect(run(['ingest', '--format', 'tsv', dir]).stdout).toBe(`${tableHeader('tsv')}\n`);
  });
});
