/**
 * Dates as postings write them, read to ISO 8601 partial dates as precise as the text:
 * `2024-03-05`, `2024-03`, `2024`, `March 5, 2024`, `5 March 2024`, `5. März 2024`, `05.03.2024`
 * (day first), `03/05/2024` (month first), `le 5 mars 2024`, `5 de marzo de 2024`.
 */
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, januar: 1, janvier: 1, enero: 1, janeiro: 1, jänner: 1,
  feb: 2, february: 2, februar: 2, février: 2, fevrier: 2, febrero: 2, fevereiro: 2,
  mar: 3, march: 3, märz: 3, maerz: 3, mars: 3, marzo: 3, março: 3, marco: 3,
  apr: 4, april: 4, avril: 4, abril: 4,
  may: 5, mai: 5, mayo: 5, maio: 5,
  jun: 6, june: 6, juni: 6, juin: 6, junio: 6, junho: 6,
  jul: 7, july: 7, juli: 7, juillet: 7, julio: 7, julho: 7,
  aug: 8, august: 8, août: 8, aout: 8, agosto: 8,
  sep: 9, sept: 9, september: 9, septembre: 9, septiembre: 9, setembro: 9,
  oct: 10, october: 10, oktober: 10, octobre: 10, octubre: 10, outubro: 10,
  nov: 11, november: 11, novembre: 11, noviembre: 11, novembro: 11,
  dec: 12, december: 12, dezember: 12, décembre: 12, decembre: 12, diciembre: 12, dezembro: 12,
};
const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

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

const PATTERNS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => string | null]> = [
  [/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/, (m) => iso(+m[1]!, +m[2]!, +m[3]!)],
  [new RegExp(String.raw`\b(${MONTH})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'iu'), (m) => iso(+m[3]!, MONTHS[m[1]!.toLowerCase()], +m[2]!)],
  [new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th|\.|er)?\s+(?:de\s+)?(${MONTH})\.?,?\s+(?:de\s+)?(\d{4})\b`, 'iu'), (m) => iso(+m[3]!, MONTHS[m[2]!.toLowerCase()], +m[1]!)],
  [/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, (m) => iso(+m[3]!, +m[2]!, +m[1]!)],
  [/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/, (m) => iso(+m[3]!, +m[1]!, +m[2]!) ?? iso(+m[3]!, +m[2]!, +m[1]!)],
  [/\b(\d{4})-(\d{1,2})\b(?!-)/, (m) => iso(+m[1]!, +m[2]!)],
  [new RegExp(String.raw`\b(${MONTH})\.?\s+(\d{4})\b`, 'iu'), (m) => iso(+m[2]!, MONTHS[m[1]!.toLowerCase()])],
  [/\b(\d{4})\b/, (m) => iso(+m[1]!)],
];

/** How many of PATTERNS, from the first, read a day. */
const FULL_DATE_PATTERNS = 5;

/** The first date in a text as an ISO partial date, with its precision kept; null when there is none. */
export function parseDate(text: string): string | null {
  const t = text.slice(0, 300);
  for (const [i, [re, read]] of PATTERNS.entries()) {
    const m = re.exec(t);
    if (!m) continue;
    const r = read(m);
    if (r) return r;
    // A full date that does not exist (31.02.2024) is not read as a bare year.
    if (i < FULL_DATE_PATTERNS) return null;
  }
  return null;
}
