/**
 * `jobnorm ingest`: normalise postings and write their records. Left-out non-postings and
 * failed files are told on stderr; a summary line accounts for every input.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../pipeline/index.js';
import { run } from '../pipeline/run.js';
import type { Processed } from '../pipeline/process.js';
import { fileWriter, serialize, streamWriter, type OutputFormat, type RecordWriter } from '../writers/index.js';
import { readAll, say, type CliIO } from './io.js';
import { progress } from './progress.js';

export interface IngestCliOptions {
  format: OutputFormat;
  output?: string;
  all: boolean;
  ext?: string[];
  ignore?: string[];
  maxBytes: number;
  quiet: boolean;
  errorsAsRecords: boolean;
  concurrency: number;
  timeout: number;
  shard?: { index: number; count: number };
  inputFormat: 'files' | 'ndjson';
  progress: boolean;
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

/** The format of a line for an input that gave no record: JSON-LD has no shape for it, so it is plain NDJSON there. */
function lineFormat(format: OutputFormat): OutputFormat {
  return format === 'jsonld' ? 'ndjson' : format;
}

export async function runIngest(paths: string[], opts: IngestCliOptions, io: CliIO, signal: { aborted: boolean }): Promise<number> {
  const tally: Tally = { files: 0, postings: 0, notPostings: 0, failed: 0 };
  if (opts.output) {
    // The temporary file is created beside the output: its folder must be there (no stack trace, no half-made path).
    const folder = dirname(resolve(opts.output));
    if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`-o ${opts.output}: the folder ${folder} does not exist`);
  }
  const writer: RecordWriter = opts.output ? fileWriter(opts.output, opts.format) : streamWriter(io.stdout, opts.format);
  const notice = (line: string) => {
    if (!opts.quiet) say(io.stderr, `jobnorm: ${line}`);
  };
  const bar = progress(io.stderr, opts.progress && !opts.quiet && !io.env.CI);
  const ndjson = opts.inputFormat === 'ndjson';
  const results = run(ndjson ? [] : paths.length ? paths : ['-'], {
    format: opts.format,
    maxBytes: opts.maxBytes,
    concurrency: opts.concurrency,
    timeoutMs: opts.timeout,
    ...(opts.ext ? { extensions: opts.ext } : {}),
    ...(opts.ignore ? { ignore: opts.ignore } : {}),
    ...(opts.shard ? { shard: opts.shard } : {}),
    ...(ndjson ? { ndjsonInput: io.stdin } : { stdin: (limit: number) => readAll(io.stdin, limit) }),
    onTotal: (n) => bar.total(n),
  });
  try {
    for await (const r of results as AsyncIterable<Processed>) {
      if (signal.aborted) break;
      tally.files++;
      // In one thread every step resolves at once; without a turn of the event loop now and then,
      // write callbacks pile up (memory grows with the corpus) and Ctrl-C is never heard.
      if (tally.files % 16 === 0) await new Promise((resolve) => setImmediate(resolve));
      bar.tick();
      if (r.text === null) {
        tally.failed++;
        // Failures are always reported, even with --quiet: they change the exit code.
        say(io.stderr, `${r.path}: ${r.error?.message ?? 'failed'} [${r.error?.code ?? 'internal/error'}]`);
        if (opts.errorsAsRecords || ndjson) await writer.write(serialize({ source: { path: r.path }, error: r.error }, lineFormat(opts.format)));
        continue;
      }
      if (r.isJobPosting) tally.postings++;
      else {
        tally.notPostings++;
        if (!opts.all) {
          notice(`left out ${r.path}: ${r.reason ?? 'not a job posting'} (--all keeps it)`);
          // A pipeline reading line for line gets a line for every input line.
          if (ndjson) await writer.write(serialize({ source: { path: r.path }, leftOut: r.reason }, lineFormat(opts.format)));
          continue;
        }
      }
      await writer.write(r.text);
    }
    bar.done();
    if (signal.aborted) {
      writer.abort();
      await results.return(undefined);
      return 130;
    }
    await writer.end();
  } catch (err) {
    bar.done();
    writer.abort();
    throw err;
  }
  if (!opts.quiet) say(io.stderr, summary(tally));
  return tally.failed > 0 ? 1 : 0;
}
