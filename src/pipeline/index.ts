/**
 * The pipeline, in order: walk → read → normalise (decode, parse, extract, validate). This file
 * alone knows the order; each stage lives in its own module. Results come out in walker order,
 * one per input, failures included, so a caller can account for every file.
 */
import type { Code, Diagnostic } from '../diagnostics/index.js';
import type { JobPosting } from '../schema/record.js';
import { run } from './run.js';
import type { WalkOptions } from './walk.js';

export { UsageError, DEFAULT_EXTENSIONS } from './walk.js';
export { normalize, normalizeBytes, type NormalizeResult, type NormalizeOptions } from './normalize.js';
export { DEFAULT_MAX_BYTES } from './read.js';
export { STDIN_PATH } from './constants.js';

export interface IngestOptions extends WalkOptions {
  /** Files larger than this many bytes are refused. */
  maxBytes?: number;
  /** Reads standard input, for the path `-`. */
  stdin?: () => Promise<Uint8Array>;
  /** Worker threads (default 1: this thread). */
  concurrency?: number;
  /** Milliseconds one document may take on a worker. */
  timeoutMs?: number;
}

export interface IngestResult {
  /** The path as given (folders joined with `/`), or `<stdin>`. */
  path: string;
  record: JobPosting | null;
  diagnostics: Diagnostic[];
  error: { code: Code; message: string } | null;
}

/** Normalises every posting under the given paths, yielding one result per file in walker order. */
export async function* ingest(paths: string[], options: IngestOptions = {}): AsyncGenerator<IngestResult> {
  for await (const r of run(paths, { ...options, format: 'record', concurrency: options.concurrency ?? 1 })) {
    yield { path: r.path, record: r.record ?? null, diagnostics: r.record?.diagnostics ?? [], error: r.error };
  }
}
