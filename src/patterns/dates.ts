/**
 * Dates as postings write them, read to ISO 8601 partial dates as precise as the text:
 * `2024-03-05`, `2024-03-05T10:00:00Z` (the day), `2024-03`, `2024`, `March 5, 2024`, `5 March 2024`,
 * `5. März 2024`, `05.03.2024` (day first), `03/05/2024` (month first), `le 5 mars 2024`,
 * `5 de marzo de 2024`, `2024年3月5日`, `2024년 3월 5일`. Month names come from every lexicon.
 */
import { fold, LEXICONS } from '../lexicons/index.js';
import { escapeRegExp } from './matches.js';

/** Month names of every language, folded → 1–12. */
const MONTHS: ReadonlyMap<string, number> = new Map(LEXICONS.flatMap((l) => Object.entries(l.months).map(([k, v]) => [fold(k), v] as const)));
const MONTH = [...MONTHS.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

const pad = (n: number) => String(n).padStart(2, '0');

function iso(y: number, m?: number, d?: number): string | null {
  if (y < 1990 || y > 2100) return null;
  if (m === undefined) return String(y);
  if (m < 1 || m > 12) return null;
  if (d === undefined) return `${y}-${pad(m)}`;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > days) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const month = (name: string | undefined) => MONTHS.get(fold(name ?? ''));

/** True when a word is a month's name in a language of the tables ("August", "März", "juillet"). */
export function isMonthName(word: string): boolean {
  return MONTHS.has(fold(word.trim()));
}

/** `03/05/2024`, `27-11-2026`: month first in the United States, day first nearly everywhere else. */
const SLASHED = /\b(\d{1,2})([/-])(\d{1,2})\2(\d{4})\b/;

/** A date with its time, as ISO 8601 writes it: `2018-05-17T11:10:00+01:00`, `2018-05-17 11:10Z`. */
const DATE_TIME = /(?<!\d)(\d{4})-(\d{2})-(\d{2})[t ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s?(z|[+-]\d{2}:?\d{2})?(?![\d:])/;

/** The written date-time in ISO form, time and zone kept as written; null when the day or the time does not exist. */
function dateTime(m: RegExpExecArray): string | null {
  const day = iso(+m[1]!, +m[2]!, +m[3]!);
  if (!day || +m[4]! > 23 || +m[5]! > 59 || (m[6] !== undefined && +m[6] > 60)) return null;
  const zone = m[8] ? (m[8] === 'z' ? 'Z' : m[8].length === 5 ? `${m[8].slice(0, 3)}:${m[8].slice(3)}` : m[8]) : '';
  return `${day}T${m[4]}:${m[5]}${m[6] !== undefined ? `:${m[6]}${m[7] ?? ''}` : ''}${zone}`;
}

const PATTERNS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray, dayFirst: boolean) => string | null]> = [
  [DATE_TIME, dateTime],
  [/(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?:$|(?=[T\s,.;)])|(?!\d))/, (m) => iso(+m[1]!, +m[2]!, +m[3]!)],
  [/(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/u, (m) => iso(+m[1]!, +m[2]!, +m[3]!)],
  [new RegExp(String.raw`(?<![\p{L}])(${MONTH})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'iu'), (m) => iso(+m[3]!, month(m[1]), +m[2]!)],
  [new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th|\.|er)?\s+(?:de\s+)?(${MONTH})\.?,?\s+(?:de\s+)?(\d{4})\b`, 'iu'), (m) => iso(+m[3]!, month(m[2]), +m[1]!)],
  [/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, (m) => iso(+m[3]!, +m[2]!, +m[1]!)],
  [SLASHED, (m, dayFirst) => (dayFirst ? iso(+m[4]!, +m[3]!, +m[1]!) ?? iso(+m[4]!, +m[1]!, +m[3]!) : iso(+m[4]!, +m[1]!, +m[3]!) ?? iso(+m[4]!, +m[3]!, +m[1]!))],
  [/(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]/u, (m) => iso(+m[1]!, +m[2]!)],
  [/\b(\d{4})-(\d{1,2})\b(?!-)/, (m) => iso(+m[1]!, +m[2]!)],
  [new RegExp(String.raw`(?<![\p{L}])(${MONTH})\.?\s+(\d{4})\b`, 'iu'), (m) => iso(+m[2]!, month(m[1]))],
  [/(?<!\d)(\d{4})(?!\d)/, (m) => iso(+m[1]!)],
];

/** How many of PATTERNS, from the first, read a day. */
const FULL_DATE_PATTERNS = 7;

/**
 * The first date in a text as an ISO partial date, with its precision kept; null when there is
 * none. `dayFirst` reads `03/05/2024` as 3 May, as the text's country writes it.
 */
export function parseDate(text: string, dayFirst = false): string | null {
  // (A date-time keeps its time: "2018-05-17T11:10:00+01:00" is that instant, not the day in UTC.)
  const t = fold(text.slice(0, 300));
  for (const [i, [re, read]] of PATTERNS.entries()) {
    const m = re.exec(t);
    if (!m) continue;
    const r = read(m, dayFirst);
    if (r) return r;
    // A full date that does not exist (31.02.2024) is not read as a bare year.
    if (i < FULL_DATE_PATTERNS) return null;
  }
  return null;
}

/** How much of a date `parseDate` returned was written. */
export type DatePrecision = 'year' | 'month' | 'day' | 'time';

export function precisionOf(date: string): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : date.length === 10 ? 'day' : 'time';
}

/**
 * A date as the record holds it: `datePosted` a partial date (year, month or day, safe to
 * cast), its precision, and `datePostedAt` the written time kept whole when there was one.
 */
export function postedFields(date: string | null): { datePosted: string | null; datePostedPrecision: DatePrecision | null; datePostedAt: string | null } {
  if (!date) return { datePosted: null, datePostedPrecision: null, datePostedAt: null };
  const precision = precisionOf(date);
  return { datePosted: date.slice(0, 10), datePostedPrecision: precision, datePostedAt: precision === 'time' ? date : null };
}
