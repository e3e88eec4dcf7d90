/**
 * Experience: the first years-figure among the requirements. "4-6 years" → 4..6, "5+ years" →
 * 5..null, "at least 3 years", "minimum of two years", "over 5 years", "Mindestens 5 Jahre",
 * "6 meses de experiencia" → 0.5, and "8+ of marketing … experience" without the word years.
 * Requirement sections are read first; elsewhere a figure counts only beside a word for experience.
 */
import { NUMBER_WORD_SOURCE, readNumber } from '../patterns/numbers.js';
import type { Experience } from '../schema/record.js';
import type { Context, Found } from './context.js';

const NUM = String.raw`(\d{1,2}(?:[.,]5)?|${NUMBER_WORD_SOURCE})`;
const UNIT = String.raw`(years?|yrs?|jahren?|ans?|années?|años|anos|лет|года?|months?|meses|mois|monate?n?)`;

/**
 * A years figure: a range (`3-5 years`, `3 to 5 years`), a minimum (`5+ years`, `at least 5 years`,
 * `over 5 years`, `mindestens 5 Jahre`, `al menos 6 meses`) or a plain figure (`5 years`).
 */
const YEARS = new RegExp(
  String.raw`(?:(at least|minimum( of)?|min\.?|over|more than|mindestens|au moins|al menos|mínimo( de)?|pelo menos|не менее|от)\s+)?` +
    String.raw`\b${NUM}\s*(?:(\+)\s*|(?:-|–|—|to|bis|à|a|até)\s*${NUM}\s*(\+)?\s*)?${UNIT}(?![\p{L}])`,
  'iu',
);

/** `8+ of marketing … experience`: a figure with a plus and no unit, in a sentence about experience. */
const PLUS_OF = /\b(\d{1,2})\s*\+\s*(of|in)\b/i;

/** Words for experience, any language, that make a figure an experience requirement. */
const EXPERIENCE_WORD = /(experience|erfahrung|expérience|experiencia|experiência|опыт|track record|background in|professional|working|hands-on|industry)/i;

function fromMatch(m: RegExpExecArray): { minYears: number; maxYears: number | null } | null {
  const unit = (m[8] ?? '').toLowerCase();
  const months = /^(month|mes|mois|monat)/.test(unit);
  const scale = months ? 1 / 12 : 1;
  const a = readNumber(m[4] ?? '');
  const b = m[6] ? readNumber(m[6]) : NaN;
  if (!Number.isFinite(a) || a <= 0) return null;
  const min = round(a * scale);
  if (Number.isFinite(b) && b >= a) return { minYears: min, maxYears: m[7] ? null : round(b * scale) };
  const open = !!m[5] || !!m[1] || !!m[7];
  return { minYears: min, maxYears: open ? null : min };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The experience figure of one line, or null. `strict` asks for a word for experience beside it. */
export function experienceIn(text: string, strict: boolean): Omit<Experience, 'raw'> | null {
  const m = YEARS.exec(text);
  if (m) {
    const unit = (m[8] ?? '').toLowerCase();
    const months = /^(month|mes|mois|monat)/.test(unit);
    const around = text.slice(m.index, m.index + m[0].length + 60);
    const context = EXPERIENCE_WORD.test(around) || EXPERIENCE_WORD.test(text.slice(Math.max(0, m.index - 40), m.index));
    if ((strict || months) && !context) return null;
    const r = fromMatch(m);
    if (r && r.minYears <= 40) return { minYears: r.minYears, maxYears: r.maxYears };
  }
  const p = PLUS_OF.exec(text);
  if (p && EXPERIENCE_WORD.test(text.slice(p.index))) {
    const n = Number(p[1]);
    if (n > 0 && n <= 40) return { minYears: n, maxYears: null };
  }
  return null;
}

export function extractExperience(ctx: Context): Found<Experience> | null {
  const lines = ctx.lines;
  const kindOf = (l: (typeof lines)[number]) => ctx.kinds.get(l.line) ?? 'other';
  const passes: Array<(k: string) => boolean> = [
    (k) => k === 'qualifications' || k === 'preferred' || k === 'skills',
    (k) => k !== 'company' && k !== 'benefits' && k !== 'compensation',
  ];
  for (const [i, accept] of passes.entries()) {
    for (const l of lines) {
      if (!accept(kindOf(l))) continue;
      const r = experienceIn(l.text, i > 0);
      if (r) return { value: { ...r, raw: l.text.slice(0, 300) }, line: l.line, from: 'body' };
    }
  }
  return null;
}
