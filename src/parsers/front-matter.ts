/**
 * Splits front matter from the body, safely. YAML (`---`) is read with gray-matter: only YAML
 * and JSON (js / javascript / coffee front matter is refused and never evaluated), with
 * js-yaml's safe schema (no `!!js/function`). TOML (`+++`, as Hugo writes it) is read with
 * smol-toml, which runs nothing either. The data is copied within a budget so that alias
 * bombs, deep nesting and `__proto__` keys cannot blow up or leak into the record, and the
 * same keys are read whichever the language.
 */
import matter from 'gray-matter';
import { parse as parseToml, TomlDate, TomlError } from 'smol-toml';
import { diagnostic, type Diagnostic } from '../diagnostics/index.js';

export interface FrontMatter {
  data: Record<string, unknown> | null;
  /** Each top-level key's 1-based line. */
  keyLines: Record<string, number>;
  /** The body without the front matter. */
  body: string;
  /** How many lines precede the body (0 when there is no front matter). */
  bodyOffset: number;
  diagnostics: Diagnostic[];
}

/** The opening delimiter, with an optional language name: `---`, `---yaml`, `---js`. */
const OPEN = /^---([A-Za-z]*)[ \t]*\n/;
/** A closing delimiter line. */
const CLOSE = /^(---|\.\.\.)[ \t]*$/;

const SAFE_LANGUAGES = new Set(['', 'yaml', 'yml', 'json']);
const MAX_NODES = 10_000;
const MAX_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class Budget extends Error {}

/** A plain, bounded, prototype-free copy of parsed YAML. Dates keep the precision written in `raw`. */
function sanitize(value: unknown, depth: number, budget: { nodes: number }): unknown {
  if (--budget.nodes < 0 || depth > MAX_DEPTH) throw new Budget();
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // A TOML date keeps its offset and precision as written ("2018-05-17", "2018-05-17T11:10:00+01:00").
  if (value instanceof TomlDate) return value.toISOString();
  if (value instanceof Date) return isoDate(value);
  if (Array.isArray(value)) return value.map((v) => sanitize(v, depth + 1, budget));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (FORBIDDEN_KEYS.has(k)) continue;
      out[k] = sanitize(v, depth + 1, budget);
    }
    return out;
  }
  return null;
}

/** A YAML timestamp as an ISO date, or a date-time when it has a time of day. */
function isoDate(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** Top-level `key:` lines of the raw front matter, 1-based in the file (the `---` is line 1). */
function keyLines(raw: string): Record<string, number> {
  const out: Record<string, number> = {};
  raw.split('\n').forEach((l, i) => {
    const m = /^([^\s#:'"-][^:]*?|'[^']*'|"[^"]*"):(\s|$)/.exec(l);
    if (m?.[1]) out[m[1].replace(/^['"]|['"]$/g, '').trim()] ??= i + 2;
  });
  return out;
}

/** For a top-level scalar date, the value as written (`2019-01-09`), without tags and quotes. */
function writtenScalar(raw: string, line: number): string | null {
  const l = raw.split('\n')[line - 2] ?? '';
  const v = l.slice(l.indexOf(':') + 1).replace(/!!\w+/g, '').trim().replace(/^['"]|['"]$/g, '');
  return v || null;
}

const refuse = (name: string) => () => {
  throw new RefusedLanguage(name);
};
class RefusedLanguage extends Error {}

/** The `+++` fences of TOML front matter. */
const TOML_OPEN = /^\+\+\+[ \t]*\n/;
const TOML_CLOSE = /^\+\+\+[ \t]*$/;

/** Top-level `key = value` lines of TOML front matter (before any `[table]`), 1-based in the file. */
function tomlKeyLines(raw: string): Record<string, number> {
  const out: Record<string, number> = {};
  const lines = raw.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as string;
    if (/^\s*\[/.test(l)) break;
    const m = /^\s*([A-Za-z0-9_-]+|"[^"]*"|'[^']*')\s*=/.exec(l);
    if (m?.[1]) out[m[1].replace(/^['"]|['"]$/g, '')] ??= i + 2;
  }
  return out;
}

/** Splits TOML front matter (`+++` … `+++`) from the body. */
function splitToml(text: string, none: (d?: Diagnostic[]) => FrontMatter): FrontMatter {
  const lines = text.split('\n');
  const closeAt = lines.findIndex((l, i) => i > 0 && TOML_CLOSE.test(l));
  if (closeAt < 0) return none([diagnostic('front-matter/invalid', 'front matter has no closing "+++" line: read as body text', 1)]);
  const body = lines.slice(closeAt + 1).join('\n');
  const bodyOffset = closeAt + 1;
  const raw = lines.slice(1, closeAt).join('\n');
  let parsed: unknown;
  try {
    parsed = parseToml(raw, { maxDepth: MAX_DEPTH });
  } catch (err) {
    const line = err instanceof TomlError ? Math.min(Math.max(err.line + 1, 2), Math.max(closeAt, 2)) : 1;
    const reason = ((err as Error).message || 'invalid TOML').split('\n')[0]?.replace(/^Invalid TOML document:\s*/, '') ?? 'invalid TOML';
    return { data: null, keyLines: {}, body, bodyOffset, diagnostics: [diagnostic('front-matter/invalid', `front matter is not valid TOML: ${reason}`, line)] };
  }
  try {
    return { data: sanitize(parsed, 0, { nodes: MAX_NODES }) as Record<string, unknown>, keyLines: tomlKeyLines(raw), body, bodyOffset, diagnostics: [] };
  } catch (err) {
    if (!(err instanceof Budget)) throw err;
    return { data: null, keyLines: {}, body, bodyOffset, diagnostics: [diagnostic('front-matter/truncated', `front matter is deeper than ${MAX_DEPTH} levels or has more than ${MAX_NODES} values: ignored`, 1)] };
  }
}

/** Splits front matter from a document's text. */
export function splitFrontMatter(text: string): FrontMatter {
  const none = (diagnostics: Diagnostic[] = []): FrontMatter => ({ data: null, keyLines: {}, body: text, bodyOffset: 0, diagnostics });
  if (TOML_OPEN.test(text)) return splitToml(text, none);
  const open = OPEN.exec(text);
  if (!open) return none();
  const language = (open[1] ?? '').toLowerCase();
  const lines = text.split('\n');
  const closeAt = lines.findIndex((l, i) => i > 0 && CLOSE.test(l));
  if (closeAt < 0) {
    return none([diagnostic('front-matter/invalid', 'front matter has no closing "---" line: read as body text', 1)]);
  }
  const body = lines.slice(closeAt + 1).join('\n');
  const bodyOffset = closeAt + 1;
  const raw = lines.slice(1, closeAt).join('\n');
  if (!SAFE_LANGUAGES.has(language)) {
    return {
      data: null,
      keyLines: {},
      body,
      bodyOffset,
      diagnostics: [diagnostic('front-matter/refused', `front matter in "${language}" is executable and was not evaluated`, 1)],
    };
  }
  let parsed: unknown;
  try {
    // Passing options also keeps gray-matter from caching every document it has seen.
    parsed = matter(`---${language}\n${raw}\n---\n`, {
      engines: { javascript: refuse('javascript'), js: refuse('js'), coffee: refuse('coffee'), coffeescript: refuse('coffee') },
    }).data;
  } catch (err) {
    // The YAML reader counts from the end of the opening "---" line (its line 0), so its 0-based
    // line is the file's 1-based line; its own "at line N, column M" would be one off and is dropped.
    const mark = (err as { mark?: { line?: number } }).mark;
    const line = typeof mark?.line === 'number' ? Math.min(Math.max(mark.line + 1, 2), Math.max(closeAt, 2)) : 1;
    const reason = (((err as Error).message || 'invalid YAML').split('\n')[0] ?? 'invalid YAML').replace(/\s*\(?at line \d+, column \d+\)?:?\s*$/, '');
    return { data: null, keyLines: {}, body, bodyOffset, diagnostics: [diagnostic('front-matter/invalid', `front matter is not valid YAML: ${reason}`, line)] };
  }
  const diagnostics: Diagnostic[] = [];
  let data: Record<string, unknown> | null = null;
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
    try {
      data = sanitize(parsed, 0, { nodes: MAX_NODES }) as Record<string, unknown>;
    } catch (err) {
      if (!(err instanceof Budget)) throw err;
      diagnostics.push(diagnostic('front-matter/truncated', `front matter is deeper than ${MAX_DEPTH} levels or has more than ${MAX_NODES} values (an alias bomb?): ignored`, 1));
    }
  } else if (parsed !== undefined && parsed !== null && Object.keys(parsed as object).length > 0) {
    diagnostics.push(diagnostic('front-matter/invalid', 'front matter is not a mapping of keys to values: ignored', 2));
  }
  const lines1 = keyLines(raw);
  if (data) {
    for (const [k, v] of Object.entries(data)) {
      const at = lines1[k];
      if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && at) {
        const written = writtenScalar(raw, at);
        if (written && /^\d{4}(-\d{2}(-\d{2})?)?/.test(written)) data[k] = written;
      }
    }
  }
  return { data, keyLines: lines1, body, bodyOffset, diagnostics };
}
