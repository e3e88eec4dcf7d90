/**
 * `jobnorm ingest`: normalise postings and write their records. Failed files are told on
 * stderr; a summary line accounts for every input, with the documents left out counted by
 * kind (`15 not postings: 4 guides, 3 templates, …`). `--verbose` names each left-out file,
 * `--report FILE` writes every input's outcome as NDJSON, `-q` keeps only the summary and
 * `--silent` only the failures.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../pipeline/index.js';
import { run } from '../pipeline/run.js';
import type { Processed } from '../pipeline/process.js';
import { withDuplicates } from '../pipeline/serialize.js';
import { fileWriter, serialize, streamWriter, type OutputFormat, type RecordWriter } from '../writers/index.js';
import { Deduper } from './dedupe.js';
import { readAll, say, type CliIO } from './io.js';
import { progress } from './progress.js';

export interface IngestCliOptions {
  format: OutputFormat;
  output?: string;
  all: boolean;
  ext?: string[];
  ignore?: string[];
  /** False with `--no-gitignore`. */
  gitignore?: boolean;
  maxBytes: number;
  followSymlinks?: boolean;
  quiet: boolean;
  silent?: boolean;
  verbose?: boolean;
  report?: string;
  minProbability?: number;
  dedupe?: boolean;
  errorsAsRecords: boolean;
  concurrency: number;
  timeout: number;
  /** `--timeout` was given: every document runs on a worker within it, however small the run. */
  timeoutGiven?: boolean;
  shard?: { index: number; count: number };
  inputFormat: 'files' | 'ndjson';
  progress: boolean;
}

export interface Tally {
  files: number;
  postings: number;
  notPostings: number;
  failed: number;
  /** Documents that are not postings, by what they were taken to be. */
  kinds: Map<string, number>;
  /** Reposts folded into the first of their group by --dedupe (counted among the postings). */
  duplicates?: number;
}

/** How the summary names each kind of document that is not a posting: one, many. */
const KIND_NAMES: Record<string, [string, string]> = {
  article: ['article', 'articles'],
  template: ['template', 'templates'],
  guide: ['guide', 'guides'],
  cv: ['CV', 'CVs'],
  'cover-letter': ['cover letter', 'cover letters'],
  letter: ['letter', 'letters'],
  'error-page': ['error page', 'error pages'],
  'careers-page': ['careers page', 'careers pages'],
  data: ['data file', 'data files'],
  unclear: ['unclear', 'unclear'],
};

const plural = (n: number, [one, many]: [string, string]) => `${n} ${n === 1 ? one : many}`;

export function summary(t: Tally): string {
  const kinds = [...t.kinds].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => plural(n, KIND_NAMES[k] ?? [k, k]));
  const left = plural(t.notPostings, ['not a posting', 'not postings']) + (kinds.length ? ` (${kinds.join(', ')})` : '');
  const folded = t.duplicates ? ` (${plural(t.duplicates, ['repost', 'reposts'])} folded by --dedupe)` : '';
  return `${plural(t.files, ['file', 'files'])}: ${plural(t.postings, ['posting', 'postings'])}${folded}, ${left}, ${t.failed} failed`;
}

/** The format of a line for an input that gave no record: JSON-LD has no shape for it, so it is plain NDJSON there. */
function lineFormat(format: OutputFormat): OutputFormat {
  return format === 'jsonld' ? 'ndjson' : format;
}

export async function runIngest(paths: string[], opts: IngestCliOptions, io: CliIO, signal: { aborted: boolean; code?: number }): Promise<number> {
  const tally: Tally = { files: 0, postings: 0, notPostings: 0, failed: 0, kinds: new Map() };
  const output = opts.output ? resolve(opts.output) : null;
  if (opts.output && output) {
    // The temporary file is created beside the output: its folder must be there (no stack trace, no half-made path).
    const folder = dirname(output);
    if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`-o ${opts.output}: the folder ${folder} does not exist`);
    // Writing over a posting being read would lose it.
    if (paths.some((p) => p !== '-' && resolve(p) === output)) throw new UsageError(`-o ${opts.output}: that is one of the inputs; write the output elsewhere`);
  }
  const writer: RecordWriter = opts.output ? fileWriter(opts.output, opts.format) : streamWriter(io.stdout, opts.format);
  // Every input's outcome, one NDJSON line each, for whoever must account for the corpus.
  const report: RecordWriter | null = opts.report ? fileWriter(opts.report, 'ndjson') : null;
  const quiet = opts.quiet || !!opts.silent;
  const deduper = opts.dedupe ? new Deduper() : null;
  const bar = progress(io.stderr, opts.progress && !quiet && !io.env.CI);
  // A line for a person starts at the margin: the progress line is cleared first (the next file redraws it).
  const tell = (line: string) => {
    bar.clear();
    say(io.stderr, line);
  };
  const notice = (line: string) => {
    if (!quiet) tell(`jobnorm: ${line}`);
  };
  const ndjson = opts.inputFormat === 'ndjson';
  const results = run(ndjson ? [] : paths.length ? paths : ['-'], {
    format: opts.format,
    maxBytes: opts.maxBytes,
    ...(opts.followSymlinks ? { followSymlinks: true } : {}),
    // A folder holding the output file (from an earlier run) does not read it back as a posting.
    ...(output ? { filter: (p: string) => resolve(p) !== output } : {}),
    concurrency: opts.concurrency,
    timeoutMs: opts.timeout,
    ...(opts.timeoutGiven ? { isolate: true } : {}),
    ...(opts.ext ? { extensions: opts.ext } : {}),
    ...(opts.ignore ? { ignore: opts.ignore } : {}),
    ...(opts.gitignore === false ? { gitignore: false } : {}),
    ...(opts.shard ? { shard: opts.shard } : {}),
    ...(opts.minProbability !== undefined ? { minProbability: opts.minProbability } : {}),
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
        if (report) await report.write(serialize(outcome(r, opts.all), 'ndjson'));
        // Failures are always reported, even with --quiet: they change the exit code.
        tell(`${r.path}: ${r.error?.message ?? 'failed'} [${r.error?.code ?? 'internal/error'}]`);
        if (opts.errorsAsRecords || ndjson) await writer.write(serialize({ source: { path: r.path }, error: r.error }, lineFormat(opts.format)));
        continue;
      }
      if (r.isJobPosting) tally.postings++;
      else {
        tally.notPostings++;
        const kind = r.kind ?? 'unclear';
        tally.kinds.set(kind, (tally.kinds.get(kind) ?? 0) + 1);
      }
      // With --dedupe a record to write waits in the spool until its reposts are all known; a repost is folded into it.
      const written = r.isJobPosting || opts.all;
      const repost = written && deduper ? !(await deduper.offer(r.fingerprint, r.path, r.text)) : false;
      if (report) await report.write(serialize(repost ? { path: r.path, outcome: 'duplicate', kind: r.kind ?? null } : outcome(r, opts.all), 'ndjson'));
      if (!written) {
        if (opts.verbose) notice(`left out ${r.path}: ${r.reason ?? 'not a job posting'} (--all keeps it)`);
        // A pipeline reading line for line gets a line for every input line.
        if (ndjson) await writer.write(serialize({ source: { path: r.path }, leftOut: r.reason }, lineFormat(opts.format)));
        continue;
      }
      if (!deduper) await writer.write(r.text);
    }
    if (deduper && !signal.aborted) {
      for await (const k of deduper.kept()) await writer.write(withDuplicates(k.text, opts.format, k.duplicates));
      tally.duplicates = deduper.folded;
    }
    bar.done();
    if (signal.aborted) {
      writer.abort();
      report?.abort();
      deduper?.close();
      await results.return(undefined);
      return signal.code ?? 130;
    }
    await writer.end();
    await report?.end();
  } catch (err) {
    bar.done();
    writer.abort();
    report?.abort();
    deduper?.close();
    throw err;
  }
  if (!opts.silent) {
    const hint = tally.notPostings && !opts.all && !opts.verbose && !opts.report ? ' (--verbose names them, --report FILE lists every outcome, --all keeps them)' : '';
    say(io.stderr, summary(tally) + hint);
  }
  return tally.failed > 0 ? 1 : 0;
}

/** One input's line in the --report file: what became of it and why. */
function outcome(r: Processed, all: boolean): Record<string, unknown> {
  if (r.text === null) return { path: r.path, outcome: 'failed', code: r.error?.code ?? 'internal/error', message: r.error?.message ?? 'failed' };
  const kept = r.isJobPosting || all;
  return {
    path: r.path,
    outcome: r.isJobPosting ? 'posting' : kept ? 'kept' : 'left-out',
    kind: r.kind ?? null,
    postingProbability: r.postingProbability ?? null,
    ...(r.reason ? { reason: r.reason } : {}),
  };
}
