/**
 * Employment-type candidates: full-time, part-time, contract, temporary or internship — from the
 * embedded JobPosting (`FULL_TIME`), front matter, a label ("Employment Type:", "Contrat :",
 * "雇用形態"), a header line's part, a job board's header, the title ("Engineer Intern",
 * "(Full Time)", "Werkstudent"), a sentence that says it of the role ("a full-time position",
 * "seeks a full-time Custodian", "engagée à temps plein"), and weekly hours ("15–25 hours/week",
 * "10 Stunden/Woche": part-time). A passing mention ("part-time is possible") counts for little.
 */
import { fold, type Vocabulary } from '../lexicons/index.js';
import { LEADING_PICTOGRAPHS } from '../patterns/matches.js';
import { PAY_FIGURE } from '../patterns/money.js';
import type { EmploymentType } from '../schema/record.js';
import { decide, type Candidate } from './candidates.js';
import { asText, fmValue, labelled, structured, type Context, type Found } from './context.js';
import { jobBoardHeader } from './job-board.js';
import { LINE_PARTS } from './location.js';
import { saidOfTheJob } from './stated.js';
import { WEIGHTS } from './weights.js';

type Employment = NonNullable<EmploymentType>;

export const EMPLOYMENT_KEYS = ['employmenttype', 'employment', 'jobtype', 'type', 'contract', 'contracttype', 'conditions', 'worktype', 'schedule', 'hours', 'subtitle'];

/** schema.org's employment types. */
const SCHEMA_TYPES: Readonly<Record<string, Employment>> = {
  FULL_TIME: 'full-time', PART_TIME: 'part-time', CONTRACTOR: 'contract', TEMPORARY: 'temporary', INTERN: 'internship', PER_DIEM: 'temporary',
};

/** Hours a week: "15-25 hours/week", "10 Stunden/Woche", "38h/sem.", "32 - 40 uur p/w", "(15–20h)". */
const WEEKLY_HOURS = /(?<![\d.,])(\d{1,2}(?:[.,]5)?)(?:\s*[-–]\s*(\d{1,2}(?:[.,]5)?))?\s*(?:(?:h|hrs?|hours?|stunden|std\.?|heures|horas|ore|uur|часов|godz\.?|saat)(?![\p{L}])\s*(?:\/|per|a|pro|par|por|p\/|в|je)\s*(?:week|wk|woche|semaine|sem\.?|semana|settimana|w|неделю|tydzień|hafta)|h(?=\)))/iu;

/** Hours alone, as a header line's part gives the hours of a week: "38 uur", "32 - 40 Std.", "20h". */
const HOURS_ALONE = /^(\d{1,2}(?:[.,]5)?)(?:\s*[-–]\s*(\d{1,2}(?:[.,]5)?))?\s*(?:h|hrs?|hours?|stunden|std|heures|horas|ore|uur|часов|godz|saat|timmar|timer|tuntia)\.?$/iu;

/** A figure opening a value, and what follows it: "37.5| per week", "20-25| / semaine", "40|". */
const FIGURE_FIRST = /^\s*(\d{1,2}(?:[.,]\d{1,2})?(?:\s*[-–]\s*\d{1,2}(?:[.,]\d{1,2})?)?)(.*)$/su;

/**
 * The type the figure under an hours label implies, its unit in the label ("Hours: 37.5 per week":
 * full-time), read as weekly hours are once the unit is put back; or null.
 */
function figureOfHours(value: string): Employment | null {
  const m = FIGURE_FIRST.exec(value);
  if (!m) return null;
  const [figure = '', rest = ''] = [m[1]?.replace(',', '.'), m[2]];
  // A figure alone (or before a comma or an aside) is the hours of a week.
  return hoursType(/^\s*(?:$|[,;(])/.test(rest) ? `${figure} hours/week` : `${figure} hours${rest}`)?.type ?? null;
}

/** The type the hours of a header line's part imply ("38 uur": full-time), or null. */
function partHoursType(part: string): Employment | null {
  const m = HOURS_ALONE.exec(part.trim());
  return m ? (hoursType(`${m[2] ?? m[1]} hours/week`)?.type ?? null) : null;
}

/** The employment type a short text names, or null. */
export function employmentIn(text: string, vocab: Vocabulary): Employment | null {
  // In the tables' order of precedence, but a word inside a longer phrase of another type is that
  // phrase's ("Teilzeit" in "Voll- oder Teilzeit").
  const hits = vocab.employment.every(fold(text));
  return hits.find((h) => !hits.some((o) => o.text.length > h.text.length && within(h, o)))?.key ?? null;
}

/** The hours a week a text states ("15-25 hours/week": 25, the most asked), or null. */
export function weeklyHours(text: string): number | null {
  const m = WEEKLY_HOURS.exec(text);
  if (!m) return null;
  const hi = Number((m[2] ?? m[1] ?? '').replace(',', '.'));
  return hi > 0 && hi <= 80 ? hi : null;
}

/** The type weekly hours imply: under 30 part-time, 35 or more full-time, else null. */
export function hoursType(text: string): { type: Employment; hours: number } | null {
  const hi = weeklyHours(text);
  if (hi === null) return null;
  if (hi < 30) return { type: 'part-time', hours: hi };
  if (hi >= 35) return { type: 'full-time', hours: hi };
  return null;
}

/** Hours in brackets after a title, a week's without saying so: "(32-40 uur)", "(20 Stunden)", "(37.5 hours)". */
const BRACKETED_HOURS = /[(（]\s*(?:\d{1,2}(?:[.,]5)?\s*[-–]\s*)?(\d{1,2}(?:[.,]5)?)\s*(?:h|hrs?|hours?|uur|stunden|std\.?|heures|horas|ore|timer|godzin)\s*[)）]/iu;

/** The type hours in brackets imply: "(32-40 uur)" are a week's. */
function bracketedHoursType(text: string): { type: Employment; hours: number } | null {
  const m = BRACKETED_HOURS.exec(text);
  return m ? hoursType(`${m[1]} hours per week`) : null;
}

/** The type the hours in a title imply, written as a week's ("32 - 40 uur p/w") or in brackets ("(32-40 uur)"). */
function titleHoursType(title: string): { type: Employment; hours: number } | null {
  return hoursType(title) ?? bracketedHoursType(title);
}

type Hit = { key: Employment; index: number; text: string };
type Span = { index: number; text: string };

/** True when the span `inner` lies inside the span `outer` of the same text. */
function within(inner: Span, outer: Span): boolean {
  return outer.index <= inner.index && inner.index + inner.text.length <= outer.index + outer.text.length;
}

/** True when a type word is "full-time" said only by a phrase of tenure ("tempo indeterminato", "permanent"). */
function byTenure(hit: Hit, tenure: readonly Span[]): boolean {
  return hit.key === 'full-time' && tenure.some((t) => within(hit, t));
}

/**
 * A text's type words, in order, less those an open-ended contract says: "a tempo indeterminato,
 * part-time" and "permanent part-time post" state the hours after the tenure. With nothing else,
 * the tenure's own word stays.
 */
function hoursWords(folded: string, vocab: Vocabulary, tenure: readonly Span[] = vocab.tenure.findAll(folded)): Hit[] {
  const hits = vocab.employment.every(folded).sort((a, b) => a.index - b.index);
  // Not the tenure's words, nor a type word inside them ("contract" in "vast contract").
  const hours = hits.filter((h) => !byTenure(h, tenure) && !tenure.some((t) => within(h, t)));
  return hours.length ? hours : hits;
}

/**
 * The type a sentence states of the role: the type word next to a word for the job ("a
 * full-time position", "contrat à durée indéterminée", "Vollzeitstelle") or a role noun ("a
 * full-time, benefits-eligible manager"), or after a hiring phrase ("seeks a full-time …").
 * "Teilzeit ist nach Absprache möglich" says what may be agreed, not what the role is.
 */
function statedType(text: string, folded: string, vocab: Vocabulary): { type: Employment; role: boolean; index: number; length: number } | null {
  const leftmost = vocab.employment.leftmost(folded);
  if (!leftmost) return null;
  const tenure = vocab.tenure.findAll(folded);
  const hit = byTenure(leftmost, tenure) ? (hoursWords(folded, vocab, tenure)[0] ?? leftmost) : leftmost;
  const at = { index: hit.index, length: hit.text.length };
  return { type: hit.key, role: saidOfTheJob(text, folded, at, vocab, [vocab.employment]), ...at };
}

/** The type a sentence states of the role ("This is a full-time, salaried role"), or null for a passing mention. */
export function employmentInSentence(text: string, vocab: Vocabulary): Employment | null {
  const stated = statedType(text, fold(text), vocab);
  return stated?.role ? stated.type : null;
}

/** How near the pay a type word stands to be read with it, in characters either side. */
const NEAR_PAY = 30;

/** True when a line's type word (at `index`, `length` long) stands right beside a figure of pay: "€70,000 a year, full-time", "$15/hr + tips. Part-time." */
function besidePay(text: string, hit: { index: number; length: number }): boolean {
  return PAY_FIGURE.test(text.slice(Math.max(0, hit.index - NEAR_PAY), hit.index + hit.length + NEAR_PAY));
}

type EmploymentCandidate = Candidate<Employment>;

/** The longest line in Chinese, Japanese or Korean read as naming a type when it has a type word. */
const MAX_CJK_TYPE_LINE = 16;

/** The first type of a line made only of type words and separators ("Vollzeit / Unbefristet", "CDI · Temps plein"), else null. */
function typesAlone(folded: string, vocab: Vocabulary): Employment | null {
  const whole = onlyTypes(folded, vocab);
  if (whole) return whole;
  // A line of short facts that opens with the type ("Полная занятость, сменный график", "Full-time, nights").
  const parts = folded.split(/[,;|·•]/);
  if (parts.length < 2 || parts.length > MAX_FACTS || parts.slice(1).some((p) => p.trim().split(/\s+/).length > 3 || /[.!?:]/.test(p))) return null;
  return onlyTypes(parts[0] as string, vocab);
}

/** The longest line read as only types ("Vollzeit / Unbefristet"); longer ones are read as sentences. */
const ALONE_LINE = 60;

/** The longest part of a sentence read as a fact of its own ("part-time 20 ore settimanali"). */
const FACT_PART = 60;

/** A part that goes on the one before it: an enumeration ("or research experience", "y prácticas") or a clause ("but you may …"). */
const CONJUNCTION = /^\s*(?:or|and|nor|but|o|y|e|pero|ou|et|mais|oder|und|aber|ma|mas|eller|och|og|men|lub|ale|или|и|но)\s/u;

/**
 * The type a line gives as a fact of its own: a part between commas or full stops that is only
 * types, when the line names one type and no other (a list of the types a firm offers names several).
 */
function factPart(folded: string, vocab: Vocabulary): Employment | null {
  const kinds = new Set(hoursWords(folded, vocab).map((m) => m.key));
  // A fixed term goes with the hours, not against them: "in Vollzeit, zunächst befristet auf zwei Jahre" is full-time.
  if (kinds.size === 2 && kinds.has('temporary') && (kinds.has('full-time') || kinds.has('part-time'))) kinds.delete('temporary');
  if (kinds.size !== 1) return null;
  const parts = folded.split(/[.,;!?]\s+|[.,;!?]$/);
  for (const [i, p] of parts.entries()) {
    // One item of an enumeration is no fact of the job: "Prior intern, co-op, or research experience".
    // A fact is a few words: a long part is prose (and is not run through the pattern below).
    if (p.length > FACT_PART || CONJUNCTION.test(parts[i + 1] ?? '')) continue;
    const alone = onlyTypes(p, vocab) ?? onlyTypes(p.replace(/\s*\d+\s*\p{L}{1,12}(?:\s+\p{L}{1,14})?$/u, ''), vocab);
    if (alone) return alone;
  }
  return null;
}

/** How many units from the top may be the title's line, its parts read for a type. */
const TITLE_LINES = 3;

/** The most parts of a line of facts. */
const MAX_FACTS = 4;

/** An aside in brackets closing a line: "(Part-Time)", "（正社員）". */
const CLOSING_ASIDE = /[(（]([^()（）]{2,30})[)）]\s*$/u;

/** Hours written with the terms: "Teilzeit 20 Std.", "part-time 16h", "temps partiel 24 heures". */
const HOURS_FIGURE = /\d{1,2}(?:[.,]5)?\s*(?:h|hrs?|hours?|std|stunden|uur|heures|horas|ore|godz)(?![\p{L}])\.?/gu;
/** A share of a full week written with the terms: "Deltid i 60 % stilling", "Teilzeit 80–100%". */
const WORKLOAD_SHARE = /\d{1,3}(?:\s?[-–]\s?\d{1,3})?\s?%/gu;

/** A preposition that may open a line of terms: "in Teilzeit", "en CDI", "à temps plein", "w pełnym wymiarze", "на полный день". */
const LEADING_PREPOSITION = /^\s*(?:in|im|en|à|a|em|w|we|op|på|i|в|на)\s+/u;

/** The type a text names when it names nothing else (`Vollzeit / Unbefristet`). */
function onlyTypes(written: string, vocab: Vocabulary): Employment | null {
  // A job board's pictograph before the fact is no other fact: "💼 Full-time".
  const folded = written.replace(LEADING_PICTOGRAPHS, '');
  const hits = vocab.employment.every(folded);
  // The hours before the tenure: "Permanent part-time position" is part-time.
  const first = hoursWords(folded, vocab)[0];
  if (!first) return null;
  let rest = folded;
  // The job's own noun is no other fact: "Permanent full-time position", "fast ansettelse i 100 % stilling".
  for (const h of [...hits, ...vocab.positions.findAll(folded)]) rest = rest.slice(0, h.index) + ' '.repeat(h.text.length) + rest.slice(h.index + h.text.length);
  // A preposition before the type, an aside after it and its hours are no other fact: "in Teilzeit (30 Std./Woche)", "à temps plein (35h)".
  rest = rest.replace(LEADING_PREPOSITION, '').replace(/\([^()]{0,30}\)/gu, ' ').replace(HOURS_FIGURE, ' ').replace(WORKLOAD_SHARE, ' ');
  if (/^[\s.,:;!()/|·•&+-]*$/u.test(rest)) return first.key;
  // Written without spaces, a short line that names a type is that type ("社員（有期雇用・更新あり）").
  return /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u.test(folded) && folded.trim().length <= MAX_CJK_TYPE_LINE ? first.key : null;
}

/** True when a text says full-time only by an open-ended contract ("Contract: Permanent", "CDI"), not by its hours. */
function tenureOnly(text: string, vocab: Vocabulary): boolean {
  const folded = fold(text);
  const tenure = vocab.tenure.findAll(folded);
  if (!tenure.length) return false;
  return vocab.employment.every(folded).every((hit) => hit.key !== 'full-time' || byTenure(hit, tenure));
}

export function employmentCandidates(ctx: Context, title: string | null): EmploymentCandidate[] {
  const { vocab } = ctx;
  const out: EmploymentCandidate[] = [];
  const add = (value: Employment | null, line: number | null, from: EmploymentCandidate['from'], via: string, evidence: string, extra: Record<string, number> = {}) => {
    if (!value) return;
    const kind = line !== null ? ctx.kinds.get(line, evidence) : undefined;
    out.push({ value, line, from, via, evidence: evidence.slice(0, 160), features: { inBenefits: kind === 'benefits' ? 1 : 0, inRequirements: kind === 'qualifications' || kind === 'preferred' ? 1 : 0, tenure: value === 'full-time' && tenureOnly(evidence, vocab) ? 1 : 0, ...extra } });
  };
  const s = structured(ctx, 'employmentType');
  for (const t of Array.isArray(s) ? s : s ? [s] : []) if (typeof t === 'string') add(SCHEMA_TYPES[t.toUpperCase().replace(/[- ]/g, '_')] ?? employmentIn(t, vocab), null, 'jsonld', 'structured', t);
  for (const key of EMPLOYMENT_KEYS) {
    const hit = fmValue(ctx, [key]);
    const text = hit ? asText(hit.value) : null;
    if (hit && text) {
      const type = employmentIn(text, vocab) ?? hoursType(text)?.type ?? null;
      if (type) {
        add(type, hit.line, 'front-matter', 'front-matter', text);
        break;
      }
    }
  }
  for (const field of ['employment', 'hours'] as const) {
    // The value alone ("Full-time"), or completing its label's phrase either way ("Jornada: completa",
    // "Зайнятість: повна" for "повна зайнятість").
    // The label's first word may complete it too ("Jornada laboral: Parcial" for "jornada parcial").
    // A value that only lists types ("Vollzeit, Teilzeit") gives the first it lists.
    for (const f of labelled(ctx, field)) add(typesAlone(fold(f.value), vocab) ?? employmentIn(f.value, vocab) ?? hoursType(f.value)?.type ?? (field === 'hours' ? figureOfHours(f.value) : null) ?? employmentIn(`${f.label} ${f.value}`, vocab) ?? employmentIn(`${f.value} ${f.label}`, vocab) ?? employmentIn(`${f.label.split(/\s+/)[0]} ${f.value}`, vocab), f.line, 'body', 'label', `${f.label}: ${f.value}`);
  }
  // A workplace's label often gives the type of contract beside it ("Формат: полный день, удалённо", "Work type: Remote, full-time").
  for (const f of labelled(ctx, 'workplace')) {
    if (f.value.length <= 60) add(typesAlone(fold(f.value), vocab) ?? typesAlone(fold(f.value.split(/[,;/·]/).find((p) => employmentIn(p, vocab)) ?? ''), vocab), f.line, 'body', 'label', `${f.label}: ${f.value}`);
  }
  for (const h of ctx.doc.headers) for (const p of h.parts) add(employmentIn(p, vocab) ?? partHoursType(p), h.line, 'body', 'header', p);
  const board = jobBoardHeader(ctx)?.employment;
  if (board) add(employmentIn(board.value, vocab), board.line, 'body', 'board', board.value);
  if (title) add(employmentIn(title, vocab), null, 'body', 'title', title);
  // Weekly hours written into the title as given ("Webdeveloper 32 - 40 uur p/w", "Aushilfe (10 Std./Woche)"); cleaning takes them off.
  const written = fmValue(ctx, ['title', 'name', 'position', 'jobtitle']);
  const writtenText = written ? asText(written.value) : null;
  const titleHours = writtenText ? titleHoursType(writtenText) : null;
  if (written && titleHours) add(titleHours.type, written.line, 'front-matter', 'hours', writtenText ?? '');
  const firstHeading = ctx.sections.find((x) => x.heading)?.heading;
  const headingHours = firstHeading ? titleHoursType(firstHeading.text) : null;
  if (firstHeading && headingHours) add(headingHours.type, firstHeading.line, 'body', 'hours', firstHeading.text);
  const wanted = title ? fold(title) : null;
  ctx.lines.slice(0, TITLE_LINES).forEach((l) => {
    const titleLine = !!wanted && l.folded.startsWith(wanted);
    // The title's own line with its hours in brackets ("Medewerker klantenservice (32-40 uur)"), when no
    // heading held it (hours a line states as a week's are read with every line's below).
    const hours = titleLine && l.line !== firstHeading?.line && !hoursType(l.text) ? bracketedHoursType(l.text) : null;
    if (hours) add(hours.type, l.line, 'body', 'hours', l.text);
    // A part of the title's line that is only types ("Dependiente/a - Jornada parcial"): cleaning the title took it off.
    const parts = l.text.split(LINE_PARTS);
    if (parts.length > 1 && !typesAlone(fold(parts[0] as string), vocab)) for (const p of parts.slice(1)) add(p.length <= 40 ? typesAlone(fold(p), vocab) : null, l.line, 'body', 'alone', l.text);
    // An aside closing the title's line that is only types: "Receptionist – Dental Practice (Part-Time)".
    const aside = titleLine ? CLOSING_ASIDE.exec(l.text)?.[1] : undefined;
    if (aside) add(typesAlone(fold(aside), vocab), l.line, 'body', 'alone', l.text);
  });
  for (const l of ctx.lines) {
    // A line that is only types ("Part-time", "Vollzeit / Unbefristet"), as job boards print it under the title.
    const alone = l.text.length <= ALONE_LINE ? typesAlone(l.folded, vocab) : null;
    if (alone) {
      add(alone, l.line, 'body', 'alone', l.text);
      continue;
    }
    // Lines without a type word (most) are read no further for one.
    const stated = statedType(l.text, l.folded, vocab);
    // A longer sentence of terse facts, one of them only the type: "Jornada completa, contrato indefinido.", "part-time 20 ore settimanali".
    const part = stated ? factPart(l.folded, vocab) : null;
    if (part) add(part, l.line, 'body', 'part', l.text);
    if (stated) add(stated.type, l.line, 'body', stated.role ? 'sentence' : 'mention', l.text, { withPay: !stated.role && besidePay(l.text, stated) ? 1 : 0 });
    const hours = hoursType(l.text);
    if (hours) add(hours.type, l.line, 'body', 'hours', l.text);
  }
  return out;
}

export function extractEmploymentType(ctx: Context, title: string | null): Found<Employment> | null {
  const decision = decide('employmentType', employmentCandidates(ctx, title), WEIGHTS.employmentType);
  ctx.decisions?.set('employmentType', decision);
  const w = decision.winner;
  return w ? { value: w.value, line: w.line, from: w.from } : null;
}
