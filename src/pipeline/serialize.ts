/** A record as the text one output format writes for it; shared by the main thread and the workers. */
import type { JobPosting } from '../schema/record.js';
import { toJsonLd } from '../writers/jsonld.js';

export type OutputFormat = 'ndjson' | 'json' | 'jsonld';

/** One record as written: a line of NDJSON or JSON-LD, or an indented element of the JSON array. */
export function serialize(record: unknown, format: OutputFormat): string {
  if (format === 'json') return JSON.stringify(record, null, 2).replace(/^/gm, '  ');
  if (format === 'jsonld' && typeof record === 'object' && record !== null && 'schemaVersion' in record) return JSON.stringify(toJsonLd(record as JobPosting));
  return JSON.stringify(record);
}
