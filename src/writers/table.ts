/**
 * CSV and TSV: one flat row per record, for spreadsheets, DuckDB, SQLite and pandas.
 *
 * The columns are fixed and documented (the fields JobSpy users know, plus the record's
 * provenance): a record's lists (its places, its duties) are joined by `LIST_SEPARATOR`. CSV is
 * quoted as RFC 4180 says (a field with a comma, a quote or a line break is quoted, quotes
 * doubled, rows end in CRLF). TSV has no quoting: tabs and line breaks inside a value become
 * spaces. A text cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a tab or a
 * carriage return first) is written with a `'` before it: postings are untrusted input.
 */
import type { JobPosting } from '../schema/record.js';

export type TableFormat = 'csv' | 'tsv';

/** Joins the items of a list field in one cell. */
export const LIST_SEPARATOR = ' | ';

type Cell = string | number | boolean | null;

/** A record or a line for an input that gave none: a failed file, or a left-out one in ndjson mode. */
export type TableRow = JobPosting | { source: { path: string }; error?: { code?: string; message?: string } | null; leftOut?: string | null };

const list = (values: ReadonlyArray<string | null>) => {
  const kept = values.filter((v): v is string => !!v);
  return kept.length ? kept.join(LIST_SEPARATOR) : null;
};

/** The columns in order: a name and how a record fills it. */
export const COLUMNS: ReadonlyArray<{ name: string; cell: (r: JobPosting) => Cell }> = [
  { name: 'id', cell: (r) => r.id },
  { name: 'path', cell: (r) => r.source.path },
  { name: 'is_job_posting', cell: (r) => r.isJobPosting },
  { name: 'posting_probability', cell: (r) => r.classification.postingProbability },
  { name: 'language', cell: (r) => r.language },
  { name: 'title', cell: (r) => r.title },
  { name: 'company', cell: (r) => r.company },
  { name: 'city', cell: (r) => list(r.locations.map((l) => l.city)) },
  { name: 'region', cell: (r) => list(r.locations.map((l) => l.region)) },
  { name: 'country', cell: (r) => list(r.locations.map((l) => l.country)) },
  { name: 'workplace_type', cell: (r) => r.workplaceType },
  { name: 'employment_type', cell: (r) => r.employmentType },
  { name: 'date_posted', cell: (r) => r.datePosted },
  { name: 'valid_through', cell: (r) => r.validThrough },
  { name: 'salary_min', cell: (r) => r.salary?.min ?? null },
  { name: 'salary_max', cell: (r) => r.salary?.max ?? null },
  { name: 'salary_currency', cell: (r) => r.salary?.currency ?? null },
  { name: 'salary_period', cell: (r) => r.salary?.period ?? null },
  { name: 'annual_min', cell: (r) => r.salary?.annualized?.min ?? null },
  { name: 'annual_max', cell: (r) => r.salary?.annualized?.max ?? null },
  { name: 'experience_min_years', cell: (r) => r.experience?.minYears ?? null },
  { name: 'education', cell: (r) => r.education?.level ?? null },
  { name: 'url', cell: (r) => r.url },
  { name: 'responsibilities', cell: (r) => list(r.responsibilities) },
  { name: 'required_qualifications', cell: (r) => list(r.qualifications.required) },
  { name: 'preferred_qualifications', cell: (r) => list(r.qualifications.preferred) },
  { name: 'benefits', cell: (r) => list(r.benefits) },
];

/** Why an input gave no record (`decode/binary: …`, `left out: a CV`), empty for a record. */
const PROBLEM_COLUMN = 'problem';
/** The last column: with `ingest --dedupe`, the paths of the reposts folded into the row's record. */
const DUPLICATES_COLUMN = 'duplicates';

/** A text a spreadsheet would read as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

function text(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell !== 'string') return String(cell);
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function quote(value: string, format: TableFormat): string {
  if (format === 'tsv') return value.replace(/[\t\r\n]+/g, ' ');
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const separator = (format: TableFormat) => (format === 'csv' ? ',' : '\t');

/** The header row, without its line end. */
export function tableHeader(format: TableFormat): string {
  return [...COLUMNS.map((c) => c.name), PROBLEM_COLUMN, DUPLICATES_COLUMN].join(separator(format));
}

/** One row, without its line end. */
export function tableRow(row: TableRow, format: TableFormat): string {
  const cells: string[] = [];
  if ('schemaVersion' in row) {
    for (const c of COLUMNS) cells.push(text(c.cell(row)));
    cells.push('', text(list(row.duplicates ?? [])));
  } else {
    for (const c of COLUMNS) cells.push(c.name === 'path' ? text(row.source.path) : '');
    const problem = row.error ? `${row.error.code ?? 'error'}: ${row.error.message ?? ''}` : row.leftOut ? `left out: ${row.leftOut}` : '';
    cells.push(text(problem), '');
  }
  return cells.map((c) => quote(c, format)).join(separator(format));
}

/** A row written without duplicates (its last cell empty), with the paths of its reposts in that cell. */
export function rowWithDuplicates(row: string, paths: readonly string[], format: TableFormat): string {
  return `${row}${quote(text(list(paths)), format)}`;
}

/** How rows end: CRLF in CSV (RFC 4180), LF in TSV. */
export function rowEnd(format: TableFormat): string {
  return format === 'csv' ? '\r\n' : '\n';
}
