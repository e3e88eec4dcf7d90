/**
 * Writers: NDJSON or JSON-LD (one serialised record per line), CSV or TSV (a header row, then a
 * row per record) or JSON (one pretty array),
 * streamed record by record so memory does not grow with the corpus. With a file target the
 * output goes to a temporary file beside it and is renamed into place only when complete, so a
 * reader never sees half a file and an interrupted run leaves none.
 */
import { createWriteStream, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { isTable, type OutputFormat } from '../pipeline/serialize.js';
import { rowEnd, tableHeader } from './table.js';

export type { OutputFormat } from '../pipeline/serialize.js';
export { serialize } from '../pipeline/serialize.js';

export interface RecordWriter {
  /** Writes one record already serialised for the format (see `serialize`). */
  write(serialized: string): Promise<void>;
  /** Finishes the output (closes the JSON array, renames the temporary file). */
  end(): Promise<void>;
  /** Drops a partial output file (on failure or interruption). */
  abort(): void;
}

function writeTo(stream: Writable, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (stream.destroyed) return reject(Object.assign(new Error('output closed'), { code: 'EPIPE' }));
    const onError = (err: Error) => reject(err);
    stream.once('error', onError);
    const ok = stream.write(chunk, () => undefined);
    const done = () => {
      stream.off('error', onError);
      resolve();
    };
    if (ok) done();
    else stream.once('drain', done);
  });
}

/** A writer of serialised records to a stream. `close` ends the stream (for files). */
export function streamWriter(stream: Writable, format: OutputFormat, close = false): RecordWriter {
  let count = 0;
  let pending = '';
  // Small records are batched into writes of about 64 KiB.
  const flush = async () => {
    if (pending) {
      const chunk = pending;
      pending = '';
      await writeTo(stream, chunk);
    }
  };
  const end = isTable(format) ? rowEnd(format) : '\n';
  // A table starts with its header, even when no record follows.
  const header = isTable(format) ? `${tableHeader(format)}${end}` : '';
  return {
    async write(serialized) {
      if (count === 0) pending += header;
      pending += format === 'json' ? `${count === 0 ? '[\n' : ',\n'}${serialized}` : `${serialized}${end}`;
      count++;
      if (pending.length >= 65_536) await flush();
    },
    async end() {
      if (format === 'json') pending += count === 0 ? '[]\n' : '\n]\n';
      else if (count === 0) pending += header;
      await flush();
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
  // However the process ends (a second Ctrl-C exits at once), no partial file is left behind.
  const cleanup = () => {
    if (!done) rmSync(tmp, { force: true });
  };
  process.once('exit', cleanup);
  return {
    write: (r) => inner.write(r),
    async end() {
      await inner.end();
      renameSync(tmp, path);
      done = true;
      process.off('exit', cleanup);
    },
    abort() {
      if (done) return;
      inner.abort();
      rmSync(tmp, { force: true });
    },
  };
}

/** Writes a whole text to a file atomically: a reader sees the old file or the new one, never half. */
export function writeFileAtomic(path: string, text: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, text, { flag: 'wx' });
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}
