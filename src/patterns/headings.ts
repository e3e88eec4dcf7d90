/**
 * What kind of section a heading opens, and what kind of list a lead-in sentence announces, from
 * the lexicons of every language (see src/lexicons). The longest phrase found decides, ties going
 * to the more specific kind; a "preferred" word ("Nice to have", "Preferred Qualifications",
 * "歓迎条件") makes a requirements heading preferred, but does not turn "Salary & Bonus" into one.
 */
import { fold, type ListKind, type Vocabulary } from '../lexicons/index.js';
import type { SectionKind } from '../schema/record.js';

/** Leading decoration of a heading: emoji, bullets, numbering, markdown markers. */
const DECORATION = /^(?:[\p{Extended_Pictographic}\p{Emoji_Component}\u200d\ufe0f•·▪►▸➢➤✓✔*#_>\-–—=~|\s]|\d{1,2}[.)、]\s*)+/u;
const TRAILING = /[\s:：?？!！.。*_#=~\-–—|]+$/u;

/** A heading's words without decoration: `👉 O que você vai fazer?` → `O que você vai fazer`. */
export function cleanHeading(text: string): string {
  return text.replace(DECORATION, '').replace(TRAILING, '').replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
}

/** True when a text is only page chrome in some language's lexicon ("Show match details", "Easy Apply", "Join now"), punctuation aside. */
export function isChrome(text: string, vocab: Vocabulary): boolean {
  return PAGE_NUMBER.test(text.trim()) || wholeLine(text, vocab.chrome);
}

/**
 * A page's number, as a PDF or a printout copied to text prints it between the lines of a
 * posting: "Page 1 of 2", "Seite 2 von 3", "Strona 1 z 2", "1/2", "- 3 -".
 */
const PAGE_NUMBER = /^(?:\p{L}{2,10}\.?\s*)?\d{1,3}\s*(?:\/|\p{L}{1,3})\s*\d{1,3}$|^[-–—]\s*\d{1,3}\s*[-–—]$/u;

/** True when a folded text is only a phrase of the set, give or take a character ("Vacancy", "Customer Success"). */
export function wholePhrase(folded: string, set: Vocabulary['chrome']): boolean {
  const m = set.find(folded);
  return !!m && m.index === 0 && m.text.length >= folded.length - 1;
}

/** True when a line is only a phrase of the set, its punctuation aside. */
function wholeLine(text: string, set: Vocabulary['chrome']): boolean {
  if (text.length > 80) return false;
  return wholePhrase(fold(text).replace(/[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/g, ' ').trim(), set);
}

/**
 * True when a line ends the posting: on a page, it opens the list of other jobs ("Similar jobs",
 * "Ähnliche Stellen"); in a mail, it opens the footer ("You received this email because …").
 */
export function isPageEnd(text: string, vocab: Vocabulary): boolean {
  return wholeLine(text, vocab.pageEnd) || vocab.mailEnd.find(fold(text.slice(0, 80)))?.index === 0;
}

/** Kinds a preferred word can modify into "preferred" (the others keep their own kind). */
/** The kinds of section that hold a posting's lists of items (duties, requirements, skills, benefits, how to apply). */
export const LIST_KINDS: ReadonlySet<SectionKind> = new Set<SectionKind>(['responsibilities', 'qualifications', 'preferred', 'skills', 'benefits', 'application']);

const PREFERABLE = new Set<SectionKind>(['qualifications', 'skills', 'overview', 'details', 'preferred']);

/** Most words (or, without spaces, characters) a heading may have to be classified. */
const MAX_WORDS = 9;
const MAX_CHARS_NO_SPACES = 24;

function tooLong(h: string): boolean {
  const words = h.split(' ').length;
  return words > MAX_WORDS || (words === 1 && h.length > MAX_CHARS_NO_SPACES && /[^\x00-\u024f]/.test(h));
}

/** A heading's kind and how much of it the phrase that decided covers (0–1). */
export interface HeadingMatch {
  kind: SectionKind;
  coverage: number;
}

/**
 * The kind of section a heading opens and how much of the heading names it, or null when it is
 * not a known section name. Only short headings are classified: a sentence that happens to
 * contain "experience" is not a heading.
 */
export function headingMatch(heading: string, vocab: Vocabulary): HeadingMatch | null {
  const h = cleanHeading(heading);
  if (!h) return null;
  if (tooLong(h)) return partsMatch(h, vocab);
  const f = fold(h);
  const found = new Map<SectionKind, number>();
  for (const k of HEADING_KINDS) {
    const set = vocab.headings.set(k);
    if (!set) continue;
    const longest = set.findAll(f).reduce((n, m) => Math.max(n, m.text.length), 0);
    if (longest) found.set(k, longest);
  }
  const letters = f.replace(/[^\p{L}\p{N}]/gu, '').length || 1;
  const cover = (n: number) => Math.min(1, n / letters);
  const about = vocab.about.find(f);
  if (about && about.index === 0 && f.length > about.text.length + 1) {
    // "About Acme": the company, unless the words after "about" are a kind of their own ("About the role").
    if ([...found.values()].every((n) => n <= about.text.length)) return { kind: 'company', coverage: 1 };
  }
  if (found.size === 0) return null;
  const preferred = found.get('preferred') ?? 0;
  if (preferred && [...found.keys()].every((k) => PREFERABLE.has(k))) {
    return { kind: 'preferred', coverage: cover(Math.max(...found.values())) };
  }
  found.delete('preferred');
  if (found.size === 0) return { kind: 'preferred', coverage: cover(preferred) };
  // "Compensation & Benefits", "Salary and perks": the perks are what the section lists.
  if (found.has('benefits') && found.has('compensation')) {
    found.set('benefits', (found.get('benefits') ?? 0) + (found.get('compensation') ?? 0));
    found.delete('compensation');
  }
  let best: SectionKind | null = null;
  let bestLength = 0;
  for (const k of HEADING_KINDS) {
    const n = found.get(k) ?? 0;
    if (n > bestLength) {
      best = k;
      bestLength = n;
    }
  }
  return best ? { kind: best, coverage: cover(bestLength) } : null;
}

/**
 * A long heading in parts ("About You - What experience you need for this position"): the first
 * part's kind, made preferred when a later part is ("… - useful but not required").
 */
function partsMatch(h: string, vocab: Vocabulary): HeadingMatch | null {
  const parts = h.split(/\s+[-–—|]\s+|:\s+/u).filter((p) => p && !tooLong(p));
  if (parts.length < 2) return null;
  const [first, ...rest] = parts.map((p) => headingMatch(p, vocab));
  if (!first || first.coverage < 0.6) return null;
  const preferred = rest.some((m) => m?.kind === 'preferred');
  return { kind: preferred && PREFERABLE.has(first.kind) ? 'preferred' : first.kind, coverage: first.coverage / parts.length };
}

/** The kind of section a heading opens, or null when it is not a known section name. */
export function headingKind(heading: string, vocab: Vocabulary): SectionKind | null {
  return headingMatch(heading, vocab)?.kind ?? null;
}

/** Heading kinds, most specific first: the order that breaks ties. */
const HEADING_KINDS: readonly SectionKind[] = ['preferred', 'qualifications', 'skills', 'responsibilities', 'benefits', 'compensation', 'application', 'company', 'overview', 'details'];

/**
 * The kind of list a lead-in announces (a paragraph whose last sentence ends in a colon: "The
 * ideal candidate should have:", "Le/la candidat·e devra :"), or null.
 */
export function leadInKind(paragraph: string, vocab: Vocabulary): ListKind | null {
  const p = paragraph.trim();
  if (!/[:：]$/.test(p)) return null;
  const last = p.split(/(?<=[.!?。！？])\s*/u).pop() ?? p;
  return vocab.leadIns.first(fold(last));
}

/**
 * True when an item is marked as only preferred: the mark opens it ("Bonus: Rust", "Advantage:
 * Kafka") or closes it ("International experience a plus", "Kotlin von Vorteil", "…経験尚可").
 * A mark inside parentheses qualifies a detail, not the item ("Python (von Vorteil: Go)").
 */
export function markedPreferred(text: string, vocab: Vocabulary): boolean {
  const f = fold(text.replace(/\([^)]*\)|（[^）]*）/g, ' ')).replace(/[\s.;,。；!！:：]+$/u, '');
  for (const m of vocab.preferred.findAll(f)) {
    if (m.index <= 1 || m.index + m.text.length >= f.length - 1) return true;
  }
  return false;
}
