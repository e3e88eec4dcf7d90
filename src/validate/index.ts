/**
 * `validate`: the ingest pipeline, then the rules over each record, then the rules over all
 * records together. Returns each file's diagnostics with severities from the configuration.
 */
import { resolve } from 'node:path';
import type { Config } from '../config/index.js';
import { decode } from '../pipeline/decode.js';
import { postingId } from '../pipeline/normalize.js';
import { readBytesSync } from '../pipeline/read.js';
import { run, symlinkGuard } from '../pipeline/run.js';
import { walkStream, type WalkOptions } from '../pipeline/walk.js';
import { CROSS_FILE_RULES, RULE_IDS, RULES } from '../rules/index.js';
import { whereMissing } from '../rules/rule.js';
import { applySuppressions, UNUSED } from './suppress.js';
import type { Severity } from '../schema/record.js';

export interface LintMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
}

export interface FileReport {
  path: string;
  messages: LintMessage[];
  /** True when jobnorm itself failed on this file (a bug), not the posting. */
  internalError: boolean;
}

/** A path as `changedFiles` names it: absolute, with `/`. */
const absolute = (p: string) => resolve(p).replace(/\\/g, '/');

export interface ValidateOptions {
  /** The configuration; `configFor` gives each file's own when files have different ones. */
  config: Config;
  configFor?: (path: string) => Config;
  /** What folders and globs are searched for: extensions, globs to skip, and whether .gitignore files count. */
  walk?: WalkOptions;
  /** Today's date (ISO), for date rules; tests fix it. */
  today?: string;
  maxBytes?: number;
  /** Read a symbolic link whose target lies outside the folders given (refused by default). */
  followSymlinks?: boolean;
  /** Only these paths (as walked) are checked, when given (`--changed`). */
  only?: Set<string>;
  /** Paths left out (the config's `ignore`, see `ignoreMatcher`), named ones too; none when not given. */
  ignored?: (path: string) => boolean;
  /** Worker threads; each document runs on one, within `timeoutMs`. */
  concurrency?: number;
  timeoutMs?: number;
  /** Standard input's bytes, for the path `-` (`validate -`, as editors and pre-commit hooks pipe a buffer). */
  stdin?: (limit: number) => Promise<Uint8Array>;
  /**
   * Run each document on a worker thread within its time budget (the default: postings under
   * review are untrusted). `false` reads them in this thread, for text the caller trusts (the
   * library's own tests of the rules, which need no pool of workers per case).
   */
  isolate?: boolean;
}

const SEVERITY: Record<'warn' | 'warning' | 'error' | 'info', Severity> = { warn: 'warning', warning: 'warning', error: 'error', info: 'info' };

function configured(id: string, config: Config): Severity | null | undefined {
  const set = config.rules[id];
  if (set === 'off') return null;
  return set ? SEVERITY[set] : undefined;
}

function severityOf(id: string, fallback: Severity, config: Config): Severity | null {
  const set = configured(id, config);
  return set === undefined ? fallback : set;
}

const byLine = (a: LintMessage, b: LintMessage) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);

export async function validate(paths: string[], options: ValidateOptions): Promise<FileReport[]> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const reports: FileReport[] = [];
  /** The first path of each posting id, for posting/duplicate. */
  const ignored = options.ignored ?? (() => false);
  const ids = options.only ? await unchangedIds(paths, options.only, ignored, options.maxBytes, options.followSymlinks, options.walk) : new Map<string, string>();
  const only = options.only;
  const results = run(paths, {
    ...options.walk,
    format: 'record',
    // Postings under review are untrusted: each runs on a worker thread with a time budget.
    isolate: options.isolate ?? true,
    // Compared as absolute paths: './jobs/../jobs/a.md' and '../jobs/a.md' from a sub-folder are the changed file too.
    filter: (p: string) => p === '-' || (!ignored(p) && (!only || only.has(absolute(p)))),
    ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
    ...(options.followSymlinks ? { followSymlinks: true } : {}),
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.stdin ? { stdin: options.stdin } : {}),
  });
  for await (const r of results) {
    const config = options.configFor?.(r.path) ?? options.config;
    // Let the event loop turn now and then (signals, I/O callbacks): every step here resolves at once.
    if (reports.length % 16 === 15) await new Promise((resolve) => setImmediate(resolve));
    const messages: LintMessage[] = [];
    const report: FileReport = { path: r.path, messages, internalError: false };
    reports.push(report);
    if (!r.record) {
      report.internalError = r.error?.code.startsWith('internal/') ?? false;
      messages.push({ ruleId: r.error?.code ?? 'internal/error', severity: 'error', message: r.error?.message ?? 'failed', line: 1, column: 1 });
      continue;
    }
    const record = r.record;
    for (const rule of RULES) {
      const severity = severityOf(rule.id, rule.severity, config);
      if (!severity) continue;
      // A document that is not a posting gets only that one message.
      // (A rule about the file itself reports whatever the verdict: broken front matter is broken anywhere.)
      if (!record.isJobPosting && rule.id !== 'not-a-posting' && !rule.document) continue;
      const set = configured(rule.id, config);
      for (const f of rule.check({ record, today })) {
        messages.push({ ruleId: rule.id, severity: set ?? f.severity ?? severity, message: f.message, line: f.line, column: f.column ?? 1 });
      }
    }
    if (record.isJobPosting) {
      const required = severityOf('field/required', 'error', config);
      for (const field of required ? config.required : []) {
        const v = record[field as keyof typeof record];
        if (v === null || (Array.isArray(v) && v.length === 0)) {
          messages.push({ ruleId: 'field/required', severity: required as Severity, message: `The configuration requires "${field}", which the posting lacks`, line: whereMissing(record), column: 1 });
        }
      }
      const duplicate = severityOf('posting/duplicate', CROSS_FILE_RULES[0]?.severity ?? 'error', config);
      const first = ids.get(record.id);
      if (duplicate && first) messages.push({ ruleId: 'posting/duplicate', severity: duplicate, message: `The same posting as ${first} (id ${record.id})`, line: 1, column: 1 });
      else ids.set(record.id, r.path);
    }
    // The file's own suppression comments, then a word on those that turned nothing off.
    const { kept, unused } = applySuppressions(messages, r.suppressions ?? [], RULE_IDS);
    const unusedSeverity = severityOf(UNUSED, 'warning', config);
    report.messages = [...kept, ...(unusedSeverity ? unused.map((u) => ({ ruleId: UNUSED, severity: unusedSeverity, message: u.message, line: u.line, column: 1 })) : [])];
    report.messages.sort(byLine);
  }
  return reports;
}

/**
 * The ids of the postings `--changed` does not check, by their first path: a changed file that
 * copies one of them is a duplicate all the same. Reading a file's text is enough for its id.
 */
async function unchangedIds(paths: string[], only: Set<string>, ignored: (path: string) => boolean, maxBytes?: number, followSymlinks = false, walk: WalkOptions = {}): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const guard = followSymlinks ? null : symlinkGuard(paths);
  for await (const path of walkStream(paths, walk)) {
    if (only.has(absolute(path)) || ignored(path)) continue;
    try {
      guard?.(path);
      const id = postingId(decode(readBytesSync(path, maxBytes)).text);
      if (!ids.has(id)) ids.set(id, path);
    } catch {
      // A file that cannot be read is reported when it changes; unchanged, it names no posting.
    }
  }
  return ids;
}

export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
  internal: boolean;
}

export function totals(reports: FileReport[]): Totals {
  const all = reports.flatMap((r) => r.messages);
  return {
    errors: all.filter((m) => m.severity === 'error').length,
    warnings: all.filter((m) => m.severity === 'warning').length,
    infos: all.filter((m) => m.severity === 'info').length,
    internal: reports.some((r) => r.internalError),
  };
}
