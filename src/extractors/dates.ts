/**
 * Dates: when the posting was published (`datePosted`) and until when one may apply
 * (`validThrough`), from the embedded JobPosting, front matter (kept at the precision written),
 * labels in any language ("Posted: 2024", "发布时间：2014-04-03", "Closing date: …") and sentences
 * ("send your application by March 3, 2025", "Bewerbungen bis zum 15.04.2025").
 */
import { fold } from '../lexicons/index.js';
import { parseDate } from '../patterns/dates.js';
import { postingCountries } from './location.js';
import { asText, fmValue, labelField, labelled, structured, type Context, type Found } from './context.js';

export const POSTED_KEYS = ['dateposted', 'date', 'posted', 'postedat', 'postedon', 'created', 'createdat', 'published', 'publishdate', 'pubdate', 'publishedat'];
export const VALID_KEYS = ['validthrough', 'validuntil', 'expirydate', 'expires', 'expiry', 'expiration', 'closingdate', 'closes', 'deadline', 'applyby', 'enddate', 'endoflife'];
/** How much text after a deadline phrase may hold its date ("apply by Friday, March 3, 2025"). */
const DEADLINE_REACH = 60;

function fromStructured(ctx: Context, key: string): Found<string> | null {
  const v = structured(ctx, key);
  const date = typeof v === 'string' ? parseDate(v) : null;
  return date ? { value: date, line: null, from: 'jsonld' } : null;
}

/** A date as written in the source (`2026-13-45`), quoted or not, read from the front-matter line itself. */
const WRITTEN_DATE = /^\s*[^:#]+:\s*["']?(\d{4}-\d{1,2}-\d{1,2}(?:[Tt ][^"'#]*)?)["']?\s*(?:#.*)?$/;

/** The date written on a front-matter line, when the line holds one (YAML turns `2026-02-30` into 2 March). */
function writtenDate(ctx: Context, line: number | null): string | null {
  if (line === null) return null;
  const raw = ctx.doc.text.split('\n', line)[line - 1] ?? '';
  return WRITTEN_DATE.exec(raw)?.[1] ?? null;
}

function fromFm(ctx: Context, keys: string[]): Found<string> | null {
  const hit = fmValue(ctx, keys);
  if (!hit) return null;
  const written = writtenDate(ctx, hit.line)?.trim() ?? null;
  // A date that does not exist is no date, whatever the YAML reader made of it; one that does is
  // read as written (YAML turns a date-time into an instant in UTC, which may fall on another day).
  if (written && !parseDate(written)) return null;
  const text = written ?? asText(hit.value);
  const date = text ? parseDate(text) : null;
  return date ? { value: date, line: hit.line, from: 'front-matter' } : null;
}

/** Front-matter dates written as days that do not exist (`2026-13-45`, `2026-02-30`), with their lines. */
export function impossibleDates(ctx: Context): Array<{ key: string; written: string; line: number }> {
  const out: Array<{ key: string; written: string; line: number }> = [];
  for (const key of [...POSTED_KEYS, ...VALID_KEYS]) {
    const hit = fmValue(ctx, [key]);
    const written = hit ? writtenDate(ctx, hit.line) : null;
    if (hit?.line && written && !parseDate(written)) out.push({ key, written, line: hit.line });
  }
  return out;
}

/** Countries writing English that put the day first (`03/05/2024` is 3 May). */
const DAY_FIRST_ENGLISH = new Set(['GB', 'IE', 'AU', 'NZ', 'IN', 'ZA', 'SG', 'NG', 'KE', 'PK', 'MY', 'HK', 'PH']);

/** True when the text writes its dates day first: any language but English, or English of a day-first country it names. */
function dayFirst(ctx: Context): boolean {
  if ((ctx.doc.language ?? 'en') !== 'en') return true;
  const first = postingCountries(ctx)[0];
  return !!first && DAY_FIRST_ENGLISH.has(first);
}

function fromLabel(ctx: Context, field: 'posted' | 'deadline'): Found<string> | null {
  const fields = labelled(ctx, field);
  const order = fields.length ? dayFirst(ctx) : false;
  for (const f of fields) {
    const date = parseDate(f.value, order);
    if (date) return { value: date, line: f.line, from: 'body' };
  }
  return null;
}

/** How far after "Posted on" its date may start and end ("Publié le 24 novembre 2026 - offre …"). */
const POSTED_REACH = 32;

/**
 * A line that says when it was posted without a label's colon: "Posted on November 20, 2026 by …",
 * "Publié le 24 novembre 2026 - offre n° …", "Вакансия опубликована 25 ноября 2026 в …". The
 * date must follow the phrase and name at least its month, so "Posted 3 days ago" and a stray
 * year are not read, and the words up to the phrase must read as a posted label.
 */
function fromPostedLine(ctx: Context): Found<string> | null {
  const phrases = ctx.vocab.labels.set('posted');
  if (!phrases) return null;
  let order: boolean | null = null;
  for (const l of ctx.lines) {
    for (const m of phrases.findAll(l.folded)) {
      const end = m.index + m.text.length;
      // What the line says up to the phrase must read as a posted label ("Closing date 20 May" does not).
      if (/[\p{L}\p{N}]/u.test(l.folded[end] ?? '') || labelField(l.text.slice(0, end), ctx.vocab) !== 'posted') continue;
      order ??= dayFirst(ctx);
      const date = parseDate(l.text.slice(end, end + POSTED_REACH), order);
      if (date && date.length >= 7) return { value: date, line: l.line, from: 'body' };
    }
  }
  return null;
}

export function extractDatePosted(ctx: Context): Found<string> | null {
  return fromStructured(ctx, 'datePosted') ?? fromFm(ctx, POSTED_KEYS) ?? fromLabel(ctx, 'posted') ?? fromPostedLine(ctx);
}

/** The last day to apply: a day at most (a closing time is cut to its day, as written). */
export function extractValidThrough(ctx: Context): Found<string> | null {
  const direct = fromStructured(ctx, 'validThrough') ?? fromFm(ctx, VALID_KEYS) ?? fromLabel(ctx, 'deadline');
  if (direct) return { ...direct, value: direct.value.slice(0, 10) };
  // A sentence that gives the last day to apply, in the words of its language (lexicon `deadlines`).
  let order: boolean | null = null;
  for (const l of ctx.lines) {
    for (const m of ctx.vocab.deadlines.findAll(fold(l.text))) {
      // The date follows the phrase ("apply by 3 March 2025") or, in Japanese, Chinese and Korean, precedes it ("3月31日まで").
      const end = m.index + m.text.length;
      order ??= dayFirst(ctx);
      const date = parseDate(l.text.slice(end, end + DEADLINE_REACH), order) ?? parseDate(l.text.slice(Math.max(0, m.index - DEADLINE_REACH / 2), m.index), order);
      if (date && date.length >= 7) return { value: date, line: l.line, from: 'body' };
    }
  }
  return null;
}
