/**
 * `jobnorm explain FILE`: prints, for each field, the candidates the extractors saw — where each
 * came from, its features and the weight each carries, its score — and why the winner won; then
 * the section kinds, the recovered labels and headers, and the classifier's reasons.
 */
import { readFileSync } from 'node:fs';
import type { Decision } from '../extractors/candidates.js';
import { explainBytes, type Explanation } from '../pipeline/explain.js';
import { say, type CliIO } from './io.js';

export interface ExplainCliOptions {
  json: boolean;
  field?: string;
  all: boolean;
}

const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v, (_k, x: unknown) => (x === null ? undefined : x)));
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function decisionText(d: Decision<unknown>, all: boolean): string[] {
  const out = [`${d.field}: ${d.winner ? show(d.winner.value) : 'null'}${d.winner ? `  (line ${d.winner.line ?? '-'}, ${d.winner.via})` : `  (no candidate reached ${d.threshold})`}`];
  const shown = all ? d.ranked : d.ranked.slice(0, 6);
  for (const c of shown) {
    const mark = c === d.winner ? '✓' : ' ';
    const parts = Object.entries(c.parts).map(([k, v]) => `${k} ${v > 0 ? '+' : ''}${v}`).join(', ');
    out.push(`  ${mark} ${String(c.score).padStart(6)}  ${clip(show(c.value), 60).padEnd(60)}  line ${String(c.line ?? '-').padEnd(4)} ${parts}`);
  }
  if (shown.length < d.ranked.length) out.push(`    … ${d.ranked.length - shown.length} more (--all)`);
  return out;
}

function text(e: Explanation, opts: ExplainCliOptions): string[] {
  const out = [`${e.path}: ${e.format}, language ${e.language ?? 'unknown'}`];
  out.push(`isJobPosting: ${e.isJobPosting} (postingProbability ${e.postingProbability})`);
  for (const r of e.reasons) out.push(`  ${r}`);
  for (const d of e.decisions) {
    if (opts.field && d.field !== opts.field) continue;
    out.push('', ...decisionText(d, opts.all));
  }
  if (opts.field) return out;
  out.push('', 'sections:');
  for (const s of e.sections) out.push(`  line ${String(s.line).padEnd(5)} ${s.kind.padEnd(17)} ${clip(s.heading ?? '(before the first heading)', 60)}${s.items ? `  [${s.items} items]` : ''}`);
  if (e.fields.length) {
    out.push('', 'labels:');
    for (const f of e.fields) out.push(`  line ${String(f.line).padEnd(5)} ${clip(f.label, 30).padEnd(30)} ${clip(f.value, 60)}${f.shape === 'line' ? '' : `  (${f.shape})`}`);
  }
  if (e.headers.length) {
    out.push('', 'header lines:');
    for (const h of e.headers) out.push(`  line ${String(h.line).padEnd(5)} ${h.parts.map((p) => clip(p, 30)).join(' | ')}`);
  }
  return out;
}

export function runExplain(file: string, opts: ExplainCliOptions, io: CliIO): number {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    say(io.stderr, `jobnorm: ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
    return 2;
  }
  const e = explainBytes(bytes, file);
  if (opts.json) io.stdout.write(`${JSON.stringify({ ...e, record: undefined }, null, 2)}\n`);
  else for (const line of text(e, opts)) say(io.stdout, line);
  return 0;
}
