/**
 * The pipeline, in order: walk → read → normalise (decode, parse, extract, validate). This file
 * alone knows the order; each stage lives in its own module. Results come out in walker order,
 * one per input, failures included, so a caller can account for every file.
 */
import type { Diagnostic } from '../diagnostics/index.js';
import { FileError, type Code } from '../diagnostics/index.js';
import type { JobPosting } from '../schema/record.js';
import { normalizeBytes } from './normalize.js';
import { DEFAULT_MAX_BYTES, readBytes } from './read.js';
import { walk, type WalkOptions } from './walk.js';

export { UsageError, DEFAULT_EXTENSIONS } from './walk.js';
export { normalize, normalizeBytes, type NormalizeResult, type NormalizeOptions } from './normalize.js';
export { DEFAULT_MAX_BYTES } from './read.js';

export interface IngestOptions extends WalkOptions {
  /** Files larger than this many bytes are refused. */
  maxBytes?: number;
  /** Reads standard input, for the path `-`. */
  stdin?: () => Promise<Uint8Array>;
}

export interface IngestResult {
  /** The path as given (folders joined with `/`), or `<stdin>`. */
  path: string;
  record: JobPosting | null;
  diagnostics: Diagnostic[];
  error: { code: Code; message: string } | null;
}

import { STDIN_PATH } from './constants.js';

export { STDIN_PATH } from './constants.js';

async function readOne(path: string, options: IngestOptions): Promise<Uint8Array> {
  if (path !== '-') return readBytes(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (!options.stdin) throw new FileError('read/failed', 'standard input is not available');
  const bytes = await options.stdin();
  if (bytes.length > (options.maxBytes ?? DEFAULT_MAX_BYTES)) throw new FileError('read/too-large', `input is over the limit of ${options.maxBytes ?? DEFAULT_MAX_BYTES} bytes (--max-bytes)`);
  return bytes;
}

/** Normalises every posting under the given paths, yielding one result per file in walker order. */
export async function* ingest(paths: string[], options: IngestOptions = {}): AsyncGenerator<IngestResult> {
  const files = await walk(paths, options);
  for (const file of files) {
    const path = file === '-' ? STDIN_PATH : file;
    let bytes: Uint8Array;
    try {
      bytes = await readOne(file, options);
    } catch (err) {
      const e = err instanceof FileError ? err : new FileError('read/failed', String(err));
      yield { path, record: null, diagnostics: [], error: { code: e.code, message: e.message } };
      continue;
    }
    const r = normalizeBytes(bytes, { path });
    yield { path, ...r };
  }
}
