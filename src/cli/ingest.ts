/**
 * `jobnorm ingest`: normalise postings and write their records. Left-out non-postings and
 * failed files are told on stderr; a summary line accounts for every input.
 */
import { ingest, STDIN_PATH, type IngestResult } from '../pipeline/index.js';
import { fileWriter, streamWriter, type OutputFormat, type RecordWriter } from '../writers/index.js';
import { readAll, say, type CliIO } from './io.js';

export interface IngestCliOptions {
  format: OutputFormat;
  output?: string;
  all: boolean;
  ext?: string[];
  ignore?: string[];
  maxBytes: number;
  quiet: boolean;
  errorsAsRecords: boolean;
}

export interface Tally {
  files: number;
  postings: number;
  notPostings: number;
  failed: number;
}

function summary(t: Tally): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return `${plural(t.files, 'file', 'files')}: ${plural(t.postings, 'posting', 'postings')}, ${plural(t.notPostings, 'not a posting', 'not postings')}, ${t.failed} failed`;
}

/** A failed file as a record line, for pipelines that want to see failures in the data. */
function errorRecord(r: IngestResult): unknown {
  return { source: { path: r.path }, error: r.error };
}

export async function runIngest(paths: string[], opts: IngestCliOptions, io: CliIO, signal: { aborted: boolean }): Promise<number> {
  const tally: Tally = { files: 0, postings: 0, notPostings: 0, failed: 0 };
  const writer: RecordWriter = opts.output ? fileWriter(opts.output, opts.format) : streamWriter(io.stdout, opts.format);
  const notice = (line: string) => {
    if (!opts.quiet) say(io.stderr, `jobnorm: ${line}`);
  };
  try {
    for await (const r of ingest(paths.length ? paths : ['-'], {
      ...(opts.ext ? { extensions: opts.ext } : {}),
      ...(opts.ignore ? { ignore: opts.ignore } : {}),
      maxBytes: opts.maxBytes,
      stdin: () => readAll(io.stdin),
    })) {
      if (signal.aborted) break;
      tally.files++;
      if (!r.record) {
        tally.failed++;
        // Failures are always reported, even with --quiet: they change the exit code.
        say(io.stderr, `${r.path}: ${r.error?.message ?? 'failed'} [${r.error?.code ?? 'internal/error'}]`);
        if (opts.errorsAsRecords) await writer.write(errorRecord(r));
        continue;
      }
      if (r.record.isJobPosting) tally.postings++;
      else {
        tally.notPostings++;
        if (!opts.all) {
          const why = r.record.diagnostics.find((d) => d.code === 'not-a-posting')?.message ?? 'not a job posting';
          notice(`left out ${r.path === STDIN_PATH ? 'standard input' : r.path}: ${why} (--all keeps it)`);
          continue;
        }
      }
      await writer.write(r.record);
    }
    if (signal.aborted) {
      writer.abort();
      return 130;
    }
    await writer.end();
  } catch (err) {
    writer.abort();
    throw err;
  }
  if (!opts.quiet) say(io.stderr, summary(tally));
  return tally.failed > 0 ? 1 : 0;
}
