/**
 * Writers: NDJSON (one record per line) or JSON (one pretty array), streamed record by record
 * so memory does not grow with the corpus. With a file target the output goes to a temporary
 * file beside it and is renamed into place only when complete, so a reader never sees half a file.
 */
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import type { JobPosting } from '../schema/record.js';
import { toJsonLd } from './jsonld.js';

/** A full record, as opposed to an error record. */
function isRecord(r: unknown): r is JobPosting {
  return typeof r === 'object' && r !== null && 'schemaVersion' in r;
}

/** `jsonld` is one schema.org JobPosting object per line. */
export type OutputFormat = 'ndjson' | 'json' | 'jsonld';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['ndjson', 'json', 'jsonld'];

export interface RecordWriter {
  write(record: unknown): Promise<void>;
  /** Finishes the output (closes the JSON array, renames the temporary file). */
  end(): Promise<void>;
  /** Drops a partial output file (on failure or interruption). */
  abort(): void;
}

function writeTo(stream: Writable, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(chunk, (err) => (err ? reject(err) : undefined));
    if (ok) resolve();
    else {
      const onDrain = () => {
        stream.off('error', onError);
        resolve();
      };
      const onError = (err: Error) => {
        stream.off('drain', onDrain);
        reject(err);
      };
      stream.once('drain', onDrain);
      stream.once('error', onError);
    }
  });
}

/** A writer of records to a stream in the given format. `close` ends the stream (for files). */
export function streamWriter(stream: Writable, format: OutputFormat, close = false): RecordWriter {
  let count = 0;
  return {
    async write(record) {
      if (format === 'ndjson') await writeTo(stream, `${JSON.stringify(record)}\n`);
      else if (format === 'jsonld') await writeTo(stream, `${JSON.stringify(isRecord(record) ? toJsonLd(record) : record)}\n`);
      else {
        const body = JSON.stringify(record, null, 2).replace(/^/gm, '  ');
        await writeTo(stream, `${count === 0 ? '[\n' : ',\n'}${body}`);
      }
      count++;
    },
    async end() {
      if (format === 'json') await writeTo(stream, count === 0 ? '[]\n' : '\n]\n');
      if (close) await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
    },
    abort() {
      if (close) stream.destroy();
    },
  };
}

/** A writer to a file, written atomically: a temporary file in the same folder, renamed at the end. */
export function fileWriter(path: string, format: OutputFormat): RecordWriter {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const stream = createWriteStream(tmp, { flags: 'wx' });
  const inner = streamWriter(stream, format, true);
  let done = false;
  return {
    write: (r) => inner.write(r),
    async end() {
      await inner.end();
      renameSync(tmp, path);
      done = true;
    },
    abort() {
      if (done) return;
      inner.abort();
      rmSync(tmp, { force: true });
    },
  };
}
