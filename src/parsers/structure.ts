/**
 * Structure every format shares, recovered once a parser has built the document:
 *
 * - a label alone, with its value on the next line, as ATS pages copied to text write them
 *   (`Work Location:` / `Toronto, Ontario, Canada`, `STANDORT` / `München`), and a heading that
 *   is a label with its value the first line under it (`## 勤務地` / `東京都内`);
 * - one-line headers whose parts are fields without labels, in the first lines or in headings
 *   (`Acme | Senior Engineer | Berlin | REMOTE | €80k`, `📍 Leipzig oder Remote · Teilzeit`).
 */
import { appendAll } from '../arrays.js';
import { fold, type Vocabulary } from '../lexicons/index.js';
import { isChrome } from '../patterns/headings.js';
import { walkItems, type Document, type Field, type HeaderLine } from './document.js';

/** A unit of the body in order, with whether it is a heading. */
interface Unit {
  text: string;
  line: number;
  heading: boolean;
  /** The list the unit is an item of, if any. */
  list?: object;
}

function units(doc: Document): Unit[] {
  const out: Unit[] = [];
  for (const s of doc.sections) {
    if (s.heading) out.push({ text: s.heading.text, line: s.heading.line, heading: true });
    for (const b of s.blocks) {
      if (b.type === 'paragraph') for (const l of b.lines) out.push({ text: l.text, line: l.line, heading: false });
      else for (const { item } of walkItems(b.items)) out.push({ text: item.text, line: item.line, heading: false, list: b });
    }
  }
  return out;
}

/** The longest a label alone may be, and its value. */
const MAX_LABEL = 48;
const MAX_VALUE = 120;

/**
 * The field a text names when it is a label and nothing else (`Work Location:`, `STANDORT`,
 * `勤務地`), or null. The label phrase must cover the text but for a word of decoration.
 */
export function labelAlone(text: string, vocab: Vocabulary): string | null {
  const t = text.replace(/[:：]\s*$/, '').replace(/^[^\p{L}\p{N}]+/u, '').trim();
  if (!t || t.length > MAX_LABEL || /[.!?。]$/.test(t)) return null;
  const f = fold(t);
  const m = vocab.labels.leftmost(f);
  // Written without spaces, the label must be the whole text ("勤務地", not "团队介绍" for "团队").
  const slack = /[^\x00-\u024f\u0400-\u04ff]/.test(f) ? 0 : 2;
  if (!m || m.index > 1 || m.text.length < f.length - slack) return null;
  return m.key;
}

/** Separators of a one-line header, strongest first. */
const SEPARATORS: readonly RegExp[] = [/\s*[|｜]\s*/, /\s+[·•]\s+/, /\s+[—–]\s+/, /\s+-\s+/, /\s*#\s*/];
/** Runs of tabs or spaces that also part fields inside a header part (`行政前台\t  2k-3k`). */
const GAP = /\t+|\s{3,}/;
const MAX_PART = 80;
/** A part that ends a sentence begun before the dashes: small letters first, seven words or more, a full stop. */
const PROSE_PART = /^\p{Ll}\S*\s+(?:\S+\s+){5,}\S+[.!?。]$/u;
/** A figure, a spaced dash, and another figure (with its currency sign): one range. */
const FIGURE_RANGE = /(\d[kK万千]?)\s+[-–—]\s+(?=[$€£¥₹]?\s?\d)/g;
/** Emoji or a pictograph at the start of a line: a field line in a copied posting (`📍 Berlin`). */
const PICTOGRAPH = /^[\p{Extended_Pictographic}]/u;

/** The parts of a header line, or null when the line is not one. Parts past the first long one are body text. */
export function headerParts(text: string, top: boolean): string[] | null {
  const t = text.trim();
  if (t.length < 5) return null;
  const emoji = PICTOGRAPH.test(t);
  let two: string[] | null = null;
  for (const sep of SEPARATORS) {
    if (sep.source.includes('#') && !top) continue;
    // A dash between two figures is a range ("$120k - $160k", "10 - 15"), not a separator.
    const raw = t.replace(PICTOGRAPH, '').replace(FIGURE_RANGE, '$1–').split(sep);
    const parts: string[] = [];
    for (const r of raw) {
      const p = r.trim();
      if (!p) continue;
      if (p.length > MAX_PART) break;
      parts.push(...p.split(GAP).map((x) => x.trim()).filter(Boolean));
    }
    // Dashes around an aside in a sentence ("Acme — a maker of pumps — is hiring a welder in Lyon.") part no facts.
    if (/[—–-]/.test(sep.source) && parts.length === 3 && PROSE_PART.test(parts[2] ?? '')) continue;
    // A bar parts facts even between two; a dash needs three parts, two being a title's "Role - Company".
    const needed = sep.source.includes('|') || emoji ? 2 : 3;
    if (parts.length >= needed && raw.length >= needed) return parts;
    // So does a middle dot ("Corvo Payments · Remote (EU)"), unless dashes part the line finer
    // ("Line Cook - Evenings - $22/hr · (Portland)").
    if (sep.source.includes('·') && parts.length === 2 && raw.length === 2) two = parts;
  }
  return two;
}

/** The most items of a short list under a label heading read as its value. */
const MAX_VALUE_ITEMS = 8;

/** True when a text opens with a label's words ("Remote job", "Work schedule"). */
function opensWithLabel(text: string, vocab: Vocabulary): boolean {
  return vocab.labels.leftmost(fold(text.trim()))?.index === 0;
}

/** Labels of fields that hold one value: under such a label, a list's first item is its value, the rest is what follows. */
const ONE_VALUE = new Set(['title', 'company', 'salary', 'employment', 'workplace', 'posted', 'deadline', 'url', 'reference', 'start', 'reportsTo', 'hours']);

/**
 * The value under a label heading: its first unit, or, for a field that may hold several values,
 * the items of a short list of short items, joined ("Locations" / "- Bristol" / "- Cardiff" →
 * "Bristol; Cardiff").
 */
function listValue(list: Unit[], from: number, first: string, field: string, vocab: Vocabulary): string {
  const head = list[from] as Unit;
  if (!head.list || ONE_VALUE.has(field)) return first;
  const items: string[] = [];
  // Up to the next label among the items: a form's labels and answers read as one list ("Location" / "Leeds" / "Remote job" / "No").
  for (let k = from; k < list.length && list[k]?.list === head.list && !opensWithLabel((list[k] as Unit).text, vocab); k++) items.push((list[k] as Unit).text.trim());
  const joined = items.join('; ');
  return items.length <= MAX_VALUE_ITEMS && joined.length <= MAX_VALUE && items.every((t) => !/[.!?]$/.test(t)) ? joined : first;
}

/** How many units from the top of the body may hold a header line. */
const TOP_UNITS = 6;

export function recoverStructure(doc: Document, vocab: Vocabulary): void {
  const list = units(doc);
  const known = new Set(doc.fields.map((f) => `${f.line}:${f.label}`));
  const fields: Field[] = [];
  for (let i = 0; i + 1 < list.length; i++) {
    const u = list[i] as Unit;
    const next = list[i + 1] as Unit;
    const field = labelAlone(u.text, vocab);
    if (!field || isChrome(u.text, vocab)) continue;
    const value = next.text.trim();
    if (!value || value.length > MAX_VALUE || next.heading || labelAlone(value, vocab)) continue;
    const label = u.text.replace(/[:：]\s*$/, '').trim();
    if (known.has(`${next.line}:${label}`)) continue;
    fields.push({ label, value: u.heading ? listValue(list, i + 1, value, field, vocab) : value, line: next.line, shape: u.heading ? 'heading' : 'next-line' });
  }
  appendAll(doc.fields, fields);

  const headers: HeaderLine[] = [];
  const seen = new Set<number>();
  list.slice(0, TOP_UNITS).forEach((u, i) => {
    const parts = headerParts(u.text, i < 2);
    // A site's menu ("Jobboard | Jobs | Companies | Sign in") is no header of the posting: two of its parts are a page's chrome.
    if (parts && parts.filter((p) => isChrome(p, vocab)).length >= 2) return;
    if (parts && !seen.has(u.line)) {
      headers.push({ line: u.line, parts, from: 'top' });
      seen.add(u.line);
    }
  });
  for (const u of list) {
    if (!u.heading || seen.has(u.line)) continue;
    const parts = headerParts(u.text, false);
    if (parts) {
      headers.push({ line: u.line, parts, from: 'heading' });
      seen.add(u.line);
    }
  }
  doc.headers = headers;
}
