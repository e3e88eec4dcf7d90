/**
 * The CLI's streaming run: inputs (files from the walker, or `{path, text}` lines from standard
 * input) → read → process (on worker threads, or in this thread with concurrency 1) → results in
 * input order. Only one input's bytes per task in flight, so memory stays flat at any corpus size.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { lstatSync, realpathSync, statSync } from 'node:fs';
import { dirname, posix, sep } from 'node:path';
import type { Readable } from 'node:stream';
import fg from 'fast-glob';
import { FileError, type Code } from '../diagnostics/index.js';
import { STDIN_PATH } from './constants.js';
import { UsageError } from './errors.js';
import { boundedLines } from './lines.js';
import type { Processed, ProcessTask } from './process.js';
import { DEFAULT_MAX_BYTES, readBytesSync, unlistedFolder } from './read.js';
import type { OutputFormat } from './serialize.js';
import { isUnlistedFolder, walkStream, type WalkOptions } from './walk.js';

export interface RunOptions extends WalkOptions {
  format: OutputFormat | 'record';
  /** The posting probability from which a document is a posting (default 0.5). */
  minProbability?: number;
  /** Read a symbolic link whose target lies outside the folders given (refused by default). */
  followSymlinks?: boolean;
  /** Only walked paths that pass this are read (e.g. the files a branch changed). */
  filter?: (path: string) => boolean;
  /** Always process on worker threads (at least one), so every document has a time budget. */
  isolate?: boolean;
  maxBytes?: number;
  /** Worker threads; 1 processes in this thread. */
  concurrency?: number;
  /** Milliseconds one document may take on a worker before it is stopped. */
  timeoutMs?: number;
  /** Take only shard K of N (1-based), chosen by a hash of the path. */
  shard?: { index: number; count: number };
  /** Read `{"path", "text"}` lines from this stream instead of files. */
  ndjsonInput?: Readable;
  /** Reads standard input, for the path `-`. */
  /** Standard input's bytes, read no further than `limit` + 1 of them. */
  stdin?: (limit: number) => Promise<Uint8Array>;
  /** Called once with the number of inputs, when the walk ends before the run starts (small runs). */
  onTotal?: (n: number) => void;
}

/** A task, or the failure that stopped it before processing. */
type Input = ProcessTask | { path: string; failed: { code: Code; message: string } };

export const DEFAULT_TIMEOUT_MS = 30_000;

/** Fewer files than this are processed in this thread whatever the concurrency. */
const SMALL_RUN = 64;

/**
 * The shard (1 to `count`) of a path: from SHA-256, whose every bit is well mixed (FNV-1a modulo
 * N used only its weak low bits: for N = 2 the shard was the parity of the characters' codes).
 */
export function shardOf(path: string, count: number): number {
  return (createHash('sha256').update(path).digest().readUInt32BE(0) % count) + 1;
}

/**
 * What a walked path is hashed by: its part below the folder or glob base it was found under
 * (or, for a file named alone, its name), so that N machines split one corpus the same way
 * whatever their working directory and however they name its folder.
 */
export function shardKey(path: string, roots: readonly string[]): string {
  for (const root of roots) if (root !== '.' && path.startsWith(`${root}/`)) return path.slice(root.length + 1);
  if (!roots.includes('.') || path.startsWith('/') || path.startsWith('../')) return posix.basename(path);
  return path;
}

/** The folders (and the static part of globs) under which the walk finds files, longest first. */
function walkRoots(paths: readonly string[]): string[] {
  const roots = paths.map((p) => {
    const posixPath = p.replace(/\\/g, '/').replace(/\/+$/, '') || '/';
    const parts = posixPath.split('/');
    const firstMagic = parts.findIndex((seg) => seg !== '' && fg.isDynamicPattern(seg));
    return firstMagic < 0 ? posixPath : parts.slice(0, firstMagic).join('/') || '.';
  });
  return [...new Set(roots)].sort((a, b) => b.length - a.length);
}

function failedInput(path: string, err: unknown): Input {
  const e = err instanceof FileError ? err : new FileError('read/failed', err instanceof Error ? err.message : String(err));
  return { path, failed: { code: e.code, message: e.message } };
}

/** The walked files this run takes (after --changed and --shard), as a stream. */
async function* selectedFiles(paths: string[], options: RunOptions): AsyncGenerator<string> {
  const roots = walkRoots(paths);
  for await (const f of walkStream(paths, options)) {
    if (options.filter && !options.filter(f)) continue;
    if (options.shard && shardOf(shardKey(f, roots), options.shard.count) !== options.shard.index) continue;
    yield f;
  }
}

/**
 * Looks ahead up to `n` files: the first ones as a list, whether the walk ended within them,
 * and a stream of all files (the looked-at ones first).
 */
async function lookAhead(files: AsyncGenerator<string>, n: number): Promise<{ head: string[]; ended: boolean; all: AsyncGenerator<string> }> {
  const head: string[] = [];
  let ended = false;
  while (head.length < n) {
    const next = await files.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
  }
  async function* all(): AsyncGenerator<string> {
    yield* head;
    if (!ended) yield* files;
  }
  return { head, ended, all: all() };
}

/** The task's threshold, when the run sets one. */
function threshold(options: RunOptions): Pick<ProcessTask, 'minProbability'> {
  return options.minProbability !== undefined ? { minProbability: options.minProbability } : {};
}

/**
 * A check that a file is not a symbolic link out of the input tree (a pull request can add
 * `jobs/x.md -> /etc/passwd`): its target must lie below a folder given, a glob's base, or the
 * folder of a file named. A broken link passes, to be reported by the read.
 */
export function symlinkGuard(paths: readonly string[]): (file: string) => void {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return null;
    }
  };
  // A folder or a glob's base is its own root; a file named (a link itself, maybe) is its folder's.
  const isFolder = (p: string) => {
    try {
      return statSync(p).isDirectory();
    } catch {
      return false;
    }
  };
  const roots = walkRoots(paths.filter((p) => p !== '-'))
    .map((r) => real(isFolder(r) ? r : dirname(r)))
    .filter((r): r is string => r !== null);
  return (file) => {
    try {
      if (!lstatSync(file).isSymbolicLink()) return;
    } catch {
      return;
    }
    const target = real(file);
    if (target !== null && !roots.some((r) => target === r || target.startsWith(r.endsWith(sep) ? r : r + sep))) {
      throw new FileError('read/symlink-outside', `a symbolic link to ${target}, outside the folders given (--follow-symlinks reads it)`);
    }
  };
}

async function* fileInputs(files: AsyncIterable<string>, options: RunOptions, paths: readonly string[]): AsyncGenerator<Input> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const guard = options.followSymlinks ? null : symlinkGuard(paths);
  for await (const file of files) {
    const path = file === '-' ? STDIN_PATH : file;
    try {
      let bytes: Uint8Array;
      if (file === '-') {
        if (!options.stdin) throw new FileError('read/failed', 'standard input is not available');
        bytes = await options.stdin(maxBytes);
        if (bytes.length > maxBytes) throw new FileError('read/too-large', `input is over the limit of ${maxBytes} bytes (--max-bytes)`);
      } else if (isUnlistedFolder(file)) {
        throw unlistedFolder(file, options.fs?.readdirSync);
      } else {
        guard?.(file);
        bytes = readBytesSync(file, maxBytes);
      }
      yield { path, bytes, format: options.format, ...threshold(options) };
    } catch (err) {
      yield failedInput(path, err);
    }
  }
}

/** Bytes a line of NDJSON input may hold beyond its text: its path and given fields. */
const LINE_ROOM = 64 * 1024;

/** `{"path": …, "text": …}` lines; a line that is not such an object is a failed input, not the end. */
async function* ndjsonInputs(stream: Readable, options: RunOptions): AsyncGenerator<Input> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const encoder = new TextEncoder();
  let n = 0;
  // A line is held up to what a text of --max-bytes can take written as JSON (each byte escaped at
  // worst as \u00XX), with room for its path and fields; past that it is refused unread.
  const cap = maxBytes * 6 + LINE_ROOM;
  for await (const { text: line, tooLong } of boundedLines(stream, cap)) {
    n++;
    if (tooLong) {
      yield { path: `<stdin>:${n}`, failed: { code: 'read/too-large', message: `line ${n} is over the limit of ${cap} bytes (--max-bytes ${maxBytes}, written as JSON)` } };
      continue;
    }
    // One output line per input line, as promised: a blank line is an error line, not skipped.
    if (!line.trim()) {
      yield { path: `<stdin>:${n}`, failed: { code: 'read/failed', message: `line ${n} is blank` } };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      yield { path: `<stdin>:${n}`, failed: { code: 'read/failed', message: `line ${n} is not JSON` } };
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      yield { path: `<stdin>:${n}`, failed: { code: 'read/failed', message: `line ${n} is not a JSON object` } };
      continue;
    }
    const o = value as { path?: unknown; text?: unknown } & Record<string, unknown>;
    const path = typeof o.path === 'string' ? o.path : `<stdin>:${n}`;
    if (typeof o.text !== 'string') {
      yield { path, failed: { code: 'read/failed', message: `line ${n} has no "text" string` } };
      continue;
    }
    if (options.shard && shardOf(path, options.shard.count) !== options.shard.index) continue;
    const bytes = encoder.encode(o.text);
    if (bytes.length > maxBytes) yield { path, failed: { code: 'read/too-large', message: `text is over the limit of ${maxBytes} bytes (--max-bytes)` } };
    else {
      // Keys besides path and text are fields the pipeline already has: taken as given, echoed for joins.
      const { path: _path, text: _text, ...given } = o;
      yield { path, bytes, format: options.format, ...threshold(options), ...(Object.keys(given).length ? { given } : {}) };
    }
  }
}

function failure(path: string, error: { code: Code; message: string }): Processed {
  return { path, error, isJobPosting: false, reason: null, text: null };
}

/** Processes every input and yields results in input order. */
export async function* run(paths: string[], options: RunOptions): AsyncGenerator<Processed> {
  if (options.shard && (options.shard.index < 1 || options.shard.index > options.shard.count)) throw new UsageError(`--shard ${options.shard.index}/${options.shard.count}: K must be 1 to N`);
  // The walk streams; a look at its first files tells a small run (whose size is then known).
  const ahead = options.ndjsonInput ? null : await lookAhead(selectedFiles(paths, options), SMALL_RUN);
  if (ahead?.ended) options.onTotal?.(ahead.head.length);
  const inputs = ahead ? fileInputs(ahead.all, options, paths) : ndjsonInputs(options.ndjsonInput as Readable, options);
  // Starting workers costs more than a few documents take: small runs stay in this thread.
  const wanted = options.concurrency ?? availableParallelism();
  const known = ahead?.ended ? ahead.head.length : null;
  const concurrency = options.isolate ? Math.max(1, Math.min(wanted, known ?? wanted)) : known !== null && known < SMALL_RUN ? 1 : wanted;
  const direct = (input: Input): Processed | null => ('failed' in input ? failure(input.path, input.failed) : null);
  // Each mode loads only what it runs: this thread needs the extractors only when it processes.
  if (concurrency <= 1 && !options.isolate) {
    const { processDocument } = await import('./process.js');
    for await (const input of inputs) yield direct(input) ?? processDocument(input as ProcessTask);
    return;
  }
  const { mapInWorkers } = await import('./pool.js');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  yield* mapInWorkers<Input, Processed>(inputs, direct, {
    concurrency,
    timeoutMs,
    onFailure: (input, reason, err) =>
      reason === 'timeout'
        ? failure(input.path, { code: 'document/timeout', message: `processing took longer than ${timeoutMs} ms and was stopped (--timeout)` })
        : failure(input.path, { code: 'internal/error', message: `worker failed: ${err instanceof Error ? err.message : String(err)}` }),
  });
}
