/**
 * What every field extractor reads: the document, its sections with their kinds, and
 * helpers to look a value up in the front matter or in `Label: value` lines. A value found
 * carries where it came from, for the record's provenance.
 */
import { documentLines, type DocSection, type Document, type Field, type TextLine } from '../parsers/document.js';
import type { SectionKind } from '../schema/record.js';
import { classifySections, lineKinds, type ClassifiedSection } from './sections.js';

export interface Found<T> {
  value: T;
  /** 1-based line, or null when the value has no single line. */
  line: number | null;
  from: 'front-matter' | 'body';
}

export interface Context {
  doc: Document;
  sections: ClassifiedSection[];
  /** The section kind of each 1-based line (a list item's is its list's kind). */
  kinds: Map<number, SectionKind>;
  /** Front-matter keys folded to lower case with `-`, `_` and spaces removed. */
  fm: Map<string, { value: unknown; line: number | null }>;
  /** Every unit of text of the body in order (see `documentLines`), computed once. */
  lines: Array<TextLine & { section: DocSection }>;
}

/** Folds a key or label for comparison: `Employment_Type` → `employmenttype`. */
export function foldKey(key: string): string {
  return key.toLowerCase().replace(/[\s_\-.]+/g, '');
}

export function makeContext(doc: Document): Context {
  const fm = new Map<string, { value: unknown; line: number | null }>();
  for (const [k, v] of Object.entries(doc.frontMatter ?? {})) fm.set(foldKey(k), { value: v, line: doc.frontMatterLines[k] ?? null });
  const sections = classifySections(doc);
  return { doc, sections, kinds: lineKinds(sections), fm, lines: [...documentLines(doc)] };
}

/** A front-matter value as text: strings as they are, numbers as digits, lists of strings joined. */
export function asText(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) {
    const parts = v.map(asText).filter((x): x is string => !!x);
    return parts.length ? parts.join('; ') : null;
  }
  return null;
}

/** The first front-matter key among `keys` (folded) with a value. */
export function fmValue(ctx: Context, keys: readonly string[]): Found<unknown> | null {
  for (const key of keys) {
    const hit = ctx.fm.get(foldKey(key));
    if (hit && hit.value !== null && hit.value !== undefined && hit.value !== '') return { value: hit.value, line: hit.line, from: 'front-matter' };
  }
  return null;
}

/** The first front-matter key among `keys` whose value reads as text. */
export function fmText(ctx: Context, keys: readonly string[]): Found<string> | null {
  for (const key of keys) {
    const hit = fmValue(ctx, [key]);
    const text = hit ? asText(hit.value) : null;
    if (hit && text) return { value: text, line: hit.line, from: 'front-matter' };
  }
  return null;
}

/** The first `Label: value` line, in document order, whose folded label matches. */
export function labelValue(ctx: Context, label: RegExp, accept: (f: Field) => boolean = () => true): Found<string> | null {
  for (const f of ctx.doc.fields) {
    if (f.value && label.test(f.label.toLowerCase().trim()) && accept(f)) return { value: f.value, line: f.line, from: 'body' };
  }
  return null;
}

/** Sections of the given kinds. */
export function sectionsOf(ctx: Context, ...kinds: SectionKind[]): ClassifiedSection[] {
  return ctx.sections.filter((s) => kinds.includes(s.kind));
}
