/**
 * Employment-type candidates: full-time, part-time, contract, temporary or internship — from the
 * embedded JobPosting (`FULL_TIME`), front matter, a label ("Employment Type:", "Contrat :",
 * "雇用形態"), a header line's part, a job board's header, the title ("Engineer Intern",
 * "(Full Time)", "Werkstudent"), a sentence that says it of the role ("a full-time position",
 * "seeks a full-time Custodian", "engagée à temps plein"), and weekly hours ("15–25 hours/week",
 * "10 Stunden/Woche": part-time). A passing mention ("part-time is possible") counts for little.
 */
import { fold, type Vocabulary } from '../lexicons/index.js';
import type { EmploymentType } from '../schema/record.js';
import { decide, type Candidate } from './candidates.js';
import { asText, fmValue, labelled, structured, type Context, type Found } from './context.js';
import { jobBoardHeader } from './job-board.js';
import { WEIGHTS } from './weights.js';

type Employment = NonNullable<EmploymentType>;

const EMPLOYMENT_KEYS = ['employmenttype', 'employment', 'jobtype', 'type', 'contract', 'contracttype', 'conditions', 'worktype', 'schedule', 'hours', 'subtitle'];

/** schema.org's employment types. */
const SCHEMA_TYPES: Readonly<Record<string, Employment>> = {
  FULL_TIME: 'full-time', PART_TIME: 'part-time', CONTRACTOR: 'contract', TEMPORARY: 'temporary', INTERN: 'internship', PER_DIEM: 'temporary',
};

/** Hours a week: "15-25 hours/week", "10 Stunden/Woche", "38h/sem.", "32 - 40 uur p/w", "(15–20h)". */
const WEEKLY_HOURS = /(?<![\d.,])(\d{1,2}(?:[.,]5)?)(?:\s*[-–]\s*(\d{1,2}(?:[.,]5)?))?\s*(?:(?:h|hrs?|hours?|stunden|std\.?|heures|horas|ore|uur|часов|godz\.?|saat)(?![\p{L}])\s*(?:\/|per|a|pro|par|por|p\/|в|je)\s*(?:week|wk|woche|semaine|sem\.?|semana|settimana|w|неделю|tydzień|hafta)|h(?=\)))/iu;

/** The employment type a short text names, or null. */
export function employmentIn(text: string, vocab: Vocabulary): Employment | null {
  return vocab.employment.first(fold(text));
}

/** The type weekly hours imply: under 30 part-time, 35 or more full-time, else null. */
export function hoursType(text: string): { type: Employment; hours: number } | null {
  const m = WEEKLY_HOURS.exec(text);
  if (!m) return null;
  const hi = Number((m[2] ?? m[1] ?? '').replace(',', '.'));
  if (!(hi > 0 && hi <= 80)) return null;
  if (hi < 30) return { type: 'part-time', hours: hi };
  if (hi >= 35) return { type: 'full-time', hours: hi };
  return null;
}

/**
 * The type a sentence states of the role: the type word next to a role noun ("a full-time
 * position", "seeks a full-time, benefits-eligible manager", "contrat à durée indéterminée").
 */
function statedType(text: string, folded: string, vocab: Vocabulary): { type: Employment; role: boolean } | null {
  const hit = vocab.employment.leftmost(folded);
  if (!hit) return null;
  const after = text.slice(hit.index + hit.text.length, hit.index + hit.text.length + 60);
  const before = folded.slice(Math.max(0, hit.index - 30), hit.index);
  const role =
    /^[\s,/&-]*(?:[\p{L}-]+[\s,&/]+){0,4}?(?:role|position|job|opportunity|contract|employment|post|hire|gig|internship|poste|stelle|puesto|vaga|contrato|basis|base|занятость|tätigkeit|anstellung|work|\p{Lu}[\p{L}]+)/u.test(after) ||
    vocab.roles.test(fold(after.split(/[.;!?]/)[0] ?? '')) ||
    /(contrato|contrat|contract|vaga|poste|position|role|job|stelle|puesto|empleo|engag\p{L}*|employed|hired|embauch\p{L}*)( de| d'| en| of| als| as| a| on| sur)?\s*$/u.test(before);
  return { type: hit.key, role };
}

type EmploymentCandidate = Candidate<Employment>;

export function employmentCandidates(ctx: Context, title: string | null): EmploymentCandidate[] {
  const { vocab } = ctx;
  const out: EmploymentCandidate[] = [];
  const add = (value: Employment | null, line: number | null, from: EmploymentCandidate['from'], via: string, evidence: string, extra: Record<string, number> = {}) => {
    if (!value) return;
    const kind = line !== null ? ctx.kinds.get(line) : undefined;
    out.push({ value, line, from, via, evidence: evidence.slice(0, 160), features: { inBenefits: kind === 'benefits' ? 1 : 0, inRequirements: kind === 'qualifications' || kind === 'preferred' ? 1 : 0, ...extra } });
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
    for (const f of labelled(ctx, field)) add(employmentIn(f.value, vocab) ?? hoursType(f.value)?.type ?? null, f.line, 'body', 'label', `${f.label}: ${f.value}`);
  }
  for (const h of ctx.doc.headers) for (const p of h.parts) add(employmentIn(p, vocab), h.line, 'body', 'header', p);
  const board = jobBoardHeader(ctx)?.employment;
  if (board) add(employmentIn(board.value, vocab), board.line, 'body', 'board', board.value);
  if (title) add(employmentIn(title, vocab), null, 'body', 'title', title);
  for (const l of ctx.lines) {
    // A line that is only a type ("Part-time", "Vollzeit"), as job boards print it under the title.
    const alone = l.text.length <= 40 ? vocab.employment.leftmost(l.folded) : null;
    if (alone && alone.index <= 1 && alone.text.length >= l.folded.replace(/[\s.:;!()]+$/, '').length - 1) {
      add(alone.key, l.line, 'body', 'alone', l.text);
      continue;
    }
    const stated = statedType(l.text, l.folded, vocab);
    if (stated) add(stated.type, l.line, 'body', stated.role ? 'sentence' : 'mention', l.text);
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
