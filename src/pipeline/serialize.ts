/** A record as the text one output format writes for it; shared by the main thread and the workers. */
import type { JobPosting } from '../schema/record.js';
import { toJsonLd } from '../writers/jsonld.js';
import { rowWithDuplicates, tableRow, type TableRow } from '../writers/table.js';

export type OutputFormat = 'ndjson' | 'json' | 'jsonld' | 'csv' | 'tsv';

/** The formats written as rows of a table. */
export function isTable(format: OutputFormat): format is 'csv' | 'tsv' {
  return format === 'csv' || format === 'tsv';
}

/**
 * JSON that can be pasted into `<script type="application/ld+json">` as it is: `<`, `>`, `&` and
 * the two line separators JavaScript does not allow in strings written as `\u` escapes (still
 * the same JSON).
 */
function scriptSafe(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One record as written: a line of NDJSON or JSON-LD, a row of CSV or TSV, or an indented element of the JSON array. */
export function serialize(record: unknown, format: OutputFormat): string {
  if (isTable(format)) return tableRow(record as TableRow, format);
  if (format === 'json') return JSON.stringify(record, null, 2).replace(/^/gm, '  ');
  if (format === 'jsonld' && typeof record === 'object' && record !== null && 'schemaVersion' in record) return scriptSafe(JSON.stringify(toJsonLd(record as JobPosting)));
  return JSON.stringify(record);
}

/**
 * A record's text as written, with the paths of the reposts `ingest --dedupe` folded into it:
 * `duplicates` in NDJSON and JSON, the last cell of a CSV or TSV row. JSON-LD has no place for
 * them and is returned as it is.
 */
export function withDuplicates(text: string, format: OutputFormat, paths: readonly string[]): string {
  if (!paths.length || format === 'jsonld') return text;
  if (isTable(format)) return rowWithDuplicates(text, paths, format);
  const record = JSON.parse(text) as Record<string, unknown>;
  return serialize({ ...record, duplicates: [...paths] }, format);
}
