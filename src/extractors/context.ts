/**
 * What every field extractor reads: the document, its vocabulary (the lexicons of its
 * language and English), its sections with their kinds, its units of text folded once for
 * matching, its front matter and labels indexed by the field they name, and embedded structured
 * data. Built once per document, so no extractor re-scans the raw text.
 */
import { fold, type LabelField, type Vocabulary } from '../lexicons/index.js';
import { isPlaceholder } from '../patterns/placeholder.js';
import { documentLines, type DocSection, type Document, type Field, type TextLine } from '../parsers/document.js';
import type { SectionKind } from '../schema/record.js';
import type { Decisions } from './candidates.js';
import { classifySections, lineKinds, type ClassifiedSection, type LineKinds } from './sections.js';

export interface Found<T> {
  value: T;
  /** 1-based line, or null when the value has no single line. */
  line: number | null;
  from: 'front-matter' | 'body' | 'jsonld' | 'meta';
}

/** A unit of body text (see `documentLines`) with its folded form and section. */
export interface Unit extends TextLine {
  section: DocSection;
  folded: string;
}

export interface Context {
  doc: Document;
  vocab: Vocabulary;
  sections: ClassifiedSection[];
  /** The section kind of each 1-based line (a list item's is its list's kind). */
  kinds: LineKinds;
  /** Front-matter keys folded to lower case with `-`, `_` and spaces removed. */
  fm: Map<string, { value: unknown; line: number | null }>;
  /** Every unit of text of the body in order, computed and folded once. */
  lines: Unit[];
  /** `Label: value` fields by the field their label names (any language). */
  labels: Map<LabelField, Field[]>;
  /** Every candidate decision, when the caller asked to explain them. */
  decisions: Decisions | null;
  /** Front-matter keys and labels that hold only a template's placeholder: left out of `fm` and `labels`. */
  placeholders: Array<{ name: string; value: string; line: number | null }>;
}

/** Folds a key or label for comparison: `Employment_Type` → `employmenttype`. */
export function foldKey(key: string): string {
  return key.toLowerCase().replace(/[\s_\-.]+/g, '');
}

/**
 * The field a label names, or null: the label ends with a label phrase of some language
 * (`Base Salary Range`, `POSITION LOCATION`, `Job Types`, `勤務地`); the longest phrase wins.
 */
export function labelField(label: string, vocab: Vocabulary): LabelField | null {
  // Alternatives written with a slash ("Organisation/Company", "City / Town"): the field both name.
  if (label.includes('/') && label.length <= 48) {
    const fields = label.split('/').map((part) => (part.trim() ? labelField(part, vocab) : null));
    const first = fields[0];
    if (first && fields.every((k) => k === first || k === null) && fields.filter(Boolean).length * 2 >= fields.length) return first;
  }
  const f = fold(label.replace(/[*`]/g, '').replace(/_/g, ' ').replace(/[:：]\s*$/, '').replace(/^[^\p{L}\p{N}]+/u, '')).trim();
  if (!f || f.length > 48) return null;
  let best: { key: LabelField; length: number } | null = null;
  for (const m of vocab.labels.all(f)) {
    const set = vocab.labels.set(m.key);
    for (const hit of set?.findAll(f) ?? []) {
      const end = hit.index + hit.text.length;
      if (end < f.length - 1) continue;
      if (!best || hit.text.length > best.length) best = { key: m.key, length: hit.text.length };
    }
  }
  // The label must be mostly the phrase: "Company Overview" is not a company label.
  return best && best.length >= f.length * 0.5 ? best.key : null;
}

/**
 * The first sentence of a labelled value that runs on past it, as the label opening a flattened
 * paragraph does ("Stellenangebot: Koch (m/w/d) – Gasthaus Zur Linde, Bamberg. Wir suchen …");
 * null when the value is one sentence ("Sr. Software Engineer" is one).
 */
export function leadSentence(value: string): string | null {
  const end = /[.!?]\s+(?=\p{Lu})/u.exec(value);
  const first = end ? value.slice(0, end.index) : '';
  return first.split(/\s+/).length >= 3 ? first : null;
}

/** The longest front-matter value read as a labelled field. */
const MAX_KEY_VALUE = 200;

export function makeContext(doc: Document, vocab: Vocabulary, explain = false): Context {
  const fm = new Map<string, { value: unknown; line: number | null }>();
  const placeholders: Context['placeholders'] = [];
  // A front-matter key is a label too ("where: Porto", "Arbeitsort: Graz"): keys no extractor
  // names are read by the labels of every language, as the same words would be in the body.
  const keyed: Field[] = [];
  for (const [k, v] of Object.entries(doc.frontMatter ?? {})) {
    const line = doc.frontMatterLines[k] ?? null;
    if (isPlaceholder(v)) {
      placeholders.push({ name: k, value: String(v), line });
      continue;
    }
    fm.set(foldKey(k), { value: v, line });
    if (line !== null && (typeof v === 'string' || typeof v === 'number') && String(v).length <= MAX_KEY_VALUE) keyed.push({ label: k, value: String(v), line, shape: 'front-matter' });
  }
  const sections = classifySections(doc, vocab);
  const labels = new Map<LabelField, Field[]>();
  for (const f of [...keyed, ...doc.fields]) {
    const field = labelField(f.label, vocab);
    if (!field) continue;
    if (isPlaceholder(f.value)) {
      placeholders.push({ name: f.label, value: f.value, line: f.line });
      continue;
    }
    const list = labels.get(field) ?? [];
    list.push(f);
    labels.set(field, list);
  }
  const lines = [...documentLines(doc)].map((l) => ({ ...l, folded: fold(l.text) }));
  return { doc, vocab, sections, kinds: lineKinds(sections), fm, lines, labels, decisions: explain ? new Map() : null, placeholders };
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

/** Every labelled field naming `field`, in document order. */
export function labelled(ctx: Context, field: LabelField): Field[] {
  return (ctx.labels.get(field) ?? []).slice().sort((a, b) => a.line - b.line);
}

/** The first labelled field naming `field` that passes `accept`, as a found value. */
export function labelValue(ctx: Context, field: LabelField, accept: (f: Field) => boolean = () => true): Found<string> | null {
  const f = labelled(ctx, field).find((x) => x.value && accept(x));
  return f ? { value: f.value, line: f.line, from: 'body' } : null;
}

/** A value of the embedded schema.org data at a path (`hiringOrganization.name`), or undefined. */
export function structured(ctx: Context, path: string): unknown {
  let v: unknown = ctx.doc.structured ?? undefined;
  for (const k of path.split('.')) {
    if (Array.isArray(v)) v = v[0];
    if (!v || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

/** Sections of the given kinds. */
export function sectionsOf(ctx: Context, ...kinds: SectionKind[]): ClassifiedSection[] {
  return ctx.sections.filter((s) => kinds.includes(s.kind));
}

const shown = new WeakMap<Context, { lines: Array<{ text: string; line: number }>; text: string }>();

/**
 * What a reader sees, worked out once per document: the source's own lines for text and
 * markdown, the units of text read from the page for HTML (its markup, attributes and scripts
 * are no words of the posting), and the text they make.
 */
function seen(ctx: Context): { lines: Array<{ text: string; line: number }>; text: string } {
  let out = shown.get(ctx);
  if (!out) {
    const lines = ctx.doc.format === 'html' ? ctx.lines.map((l) => ({ text: l.text, line: l.line })) : ctx.doc.text.split('\n').map((text, i) => ({ text, line: i + 1 }));
    out = { lines, text: ctx.doc.format === 'html' ? lines.map((l) => l.text).join('\n') : ctx.doc.text };
    shown.set(ctx, out);
  }
  return out;
}

/** The lines a reader sees, each with its source line (see `seen`). */
export function shownLines(ctx: Context): Array<{ text: string; line: number }> {
  return seen(ctx).lines;
}

/** The text a reader sees (see `seen`): the source itself for text and markdown. */
export function shownText(ctx: Context): string {
  return ctx.doc.format === 'html' ? seen(ctx).text : ctx.doc.text;
}
