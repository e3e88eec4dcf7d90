/**
 * One document from bytes to output text: normalise it, then serialise the record in the
 * output format. This is the unit of work a worker thread does (or the main thread, with
 * `--concurrency 1`), so that only short strings cross between threads.
 */
import type { Code } from '../diagnostics/index.js';
import type { DocumentKind, JobPosting } from '../schema/record.js';
import { suppressionsIn, type Suppression } from '../validate/suppress.js';
import { normalizeKeepingText } from './normalize.js';
import { serialize, type OutputFormat } from './serialize.js';

export interface ProcessTask {
  path: string;
  bytes: Uint8Array;
  /** The output format, or `record` to get the record object itself (for validate). */
  format: OutputFormat | 'record';
  /** The posting probability from which a document is a posting (default 0.5). */
  minProbability?: number;
  /** Fields given with the text (an NDJSON input line's other keys). */
  given?: Record<string, unknown>;
}

export interface Processed {
  path: string;
  error: { code: Code; message: string } | null;
  isJobPosting: boolean;
  /** Why a document is not a posting (for the notice on stderr). */
  reason: string | null;
  /** What the document was taken to be (`posting`, `article`, `cv`, …), and how likely a posting; null when it failed. */
  kind?: DocumentKind | null;
  postingProbability?: number | null;
  /** The record's fingerprint, for `ingest --dedupe`. */
  fingerprint?: { simhash: string; dedupeKey: string | null } | null;
  /** The record in the output format, or null when the document failed. */
  text: string | null;
  /** The record itself, when the task asked for format `record`. */
  record?: JobPosting;
  /** The suppression comments of the file's text, when the task asked for format `record` (for validate). */
  suppressions?: Suppression[];
}

export function processDocument(task: ProcessTask): Processed {
  const { result: r, text } = normalizeKeepingText(task.bytes, { path: task.path, ...(task.minProbability !== undefined ? { minProbability: task.minProbability } : {}), ...(task.given ? { given: task.given } : {}) });
  if (!r.record) return { path: task.path, error: r.error, isJobPosting: false, reason: null, text: null };
  const reason = r.record.isJobPosting ? null : (r.record.diagnostics.find((d) => d.code === 'not-a-posting')?.message ?? 'not a job posting');
  const verdict = { path: task.path, error: null, isJobPosting: r.record.isJobPosting, reason, kind: r.record.classification.kind ?? null, postingProbability: r.record.classification.postingProbability, fingerprint: r.record.fingerprint ?? null };
  if (task.format === 'record') return { ...verdict, text: '', record: r.record, suppressions: text === null ? [] : suppressionsIn(text) };
  return { ...verdict, text: serialize(r.record, task.format) };
}
