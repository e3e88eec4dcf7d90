/**
 * Experience: the first years-figure among the requirements. "4-6 years" → 4..6, "5+ years" and
 * "5 years" → 5..null, "at least 3 years", "minimum of two years", "Mindestens 5 Jahre",
 * "3年以上", "pengalaman 3-5 tahun", "6 meses de experiencia" → 0.5, and "8+ of fleet planning …
 * experience" without the word years. Units, number words and "at least" come from the lexicons.
 * Every figure is a candidate; one in a requirements section, or beside a word for experience,
 * scores higher; an age ("20-30 years old") is not experience.
 */
import { fold, LEXICONS, type Vocabulary } from '../lexicons/index.js';
import { escapeRegExp } from '../patterns/matches.js';
import type { Experience } from '../schema/record.js';
import { decide, type Candidate } from './candidates.js';
import type { Context, Found } from './context.js';
import { WEIGHTS } from './weights.js';


interface Patterns {
  years: RegExp;
  unitMonths: RegExp;
}

const compiled = new WeakMap<Vocabulary, Patterns>();

/** The years pattern of a vocabulary: `(at least)? N (+ | - M +?)? unit`, in folded text. */
function patterns(vocab: Vocabulary): Patterns {
  const hit = compiled.get(vocab);
  if (hit) return hit;
  const words = [...vocab.numberWords.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const num = String.raw`(\d{1,2}(?:[.,]5)?${words.length ? `|${words.join('|')}` : ''})`;
  const unitWords = [...UNIT_SAMPLES.years.filter((w) => vocab.years.test(w)), ...UNIT_SAMPLES.months.filter((w) => vocab.months.test(w))];
  // A unit of a language written with spaces ends at a word's end; "年" in "3年以上" needs no end.
  const unit = `(${unitWords.sort((a, b) => b.length - a.length).map((w) => (/^[\x00-\u024f\u0400-\u04ff]+$/.test(w) ? `${escapeRegExp(w)}(?![\\p{L}])` : escapeRegExp(w))).join('|') || 'years'})`;
  const atLeast = String.raw`(?:(at least|minimum(?: of)?|min\.?|over|more than|mindestens|au moins|al menos|minimo(?: de)?|pelo menos|no minimo|не менее|от|minimal|min|ten minste|minimaal|co najmniej|almeno|en az|it nhat|toi thieu|อย่างน้อย)\s+)?`;
  // A figure stands after a space or a letter of a script written without spaces ("経験3年以上"), never inside a word ("B2").
  const years = new RegExp(`${atLeast}(?<![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\d])${num}\\s*(?:(\\+)\\s*|(?:-|–|—|to|bis|a|ate|hasta|до|~|〜)\\s*${num}\\s*(\\+)?\\s*)?${unit}`, 'iu');
  const result = { years, unitMonths: new RegExp(`^(${UNIT_SAMPLES.months.map(escapeRegExp).join('|')})`, 'iu') };
  compiled.set(vocab, result);
  return result;
}

/**
 * Unit words as they appear in folded text, from every lexicon (`experience.years`, `.months`);
 * each vocabulary keeps its own (the pattern tries them longest first).
 */
const UNIT_SAMPLES = {
  years: [...new Set(LEXICONS.flatMap((l) => l.experience.years.map(fold)))],
  months: [...new Set(LEXICONS.flatMap((l) => l.experience.months.map(fold)))],
};

/** After a figure: an age, not experience ("20-30 years old", "âgé de 25 ans"). */
const AGE_AFTER = /^\s*(old|of age|alt|de edad|d'age|жизни|tuoi)\b/iu;
const AGE_BEFORE = /\b(aged?|age|âgé\w*|edad|alter|возраст\w*|umur|usia|tuoi)\b(?:\s*\p{L}{2,5}\.)?[^.]{0,12}$/iu;

/** `8+ of marketing … experience`: a figure with a plus and no unit, in a sentence about experience. */
const PLUS_OF = /\b(\d{1,2})\s*\+\s*(of|in)\b/i;

function readNumber(written: string, vocab: Vocabulary): number {
  const w = fold(written).trim();
  return vocab.numberWords.get(w) ?? Number(w.replace(',', '.'));
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

interface Figure {
  minYears: number;
  maxYears: number | null;
  months: boolean;
  atLeast: boolean;
  /** Written "N+": a requirement of experience even without the word. */
  plus: boolean;
  age: boolean;
  index: number;
}

/** The experience figure of one line of text, or null. */
export function figureIn(text: string, vocab: Vocabulary): Figure | null {
  const f = fold(text);
  const { years, unitMonths } = patterns(vocab);
  const m = years.exec(f);
  if (m) {
    const unit = m[6] ?? '';
    const months = unitMonths.test(unit);
    const scale = months ? 1 / 12 : 1;
    const a = readNumber(m[2] ?? '', vocab);
    const b = m[4] ? readNumber(m[4], vocab) : NaN;
    // "0-2 years" asks for up to two; a lone 0 asks for nothing.
    if (Number.isFinite(a) && (a > 0 || (Number.isFinite(b) && b > 0))) {
      const after = f.slice(m.index + m[0].length);
      const age = AGE_AFTER.test(after) || AGE_BEFORE.test(f.slice(0, m.index));
      const plusAfter = /^\s*(\+|以上|이상|or more|and above|ou plus|o mas|e mais|oder mehr|и более)/u.test(after);
      const plus = !!m[3] || !!m[5] || plusAfter;
      const atLeast = !!m[1] || plus;
      const min = round(a * scale);
      if (Number.isFinite(b) && b >= a) return { minYears: min, maxYears: m[5] ? null : round(b * scale), months, atLeast, plus, age, index: m.index };
      return { minYears: min, maxYears: null, months, atLeast, plus, age, index: m.index };
    }
  }
  const p = PLUS_OF.exec(text);
  if (p && vocab.experienceWords.test(f.slice(p.index))) {
    const n = Number(p[1]);
    if (n > 0 && n <= 40) return { minYears: n, maxYears: null, months: false, atLeast: true, plus: true, age: false, index: p.index };
  }
  return null;
}

/** The experience figure of one line, or null. `strict` asks for a word for experience beside it. */
export function experienceIn(text: string, strict: boolean, vocab: Vocabulary): Omit<Experience, 'raw'> | null {
  const fig = figureIn(text, vocab);
  if (!fig || fig.age || fig.minYears > 40) return null;
  const context = vocab.experienceWords.test(fold(text.slice(Math.max(0, fig.index - 40), fig.index + 80)));
  if ((strict || fig.months) && !context && !fig.plus) return null;
  return { minYears: fig.minYears, maxYears: fig.maxYears };
}

/** Years followed by what was done in them, as English writes experience without the word: "5+ years building web backends". */
const DOING_FOR_YEARS = /^\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*\+?\s*(?:years?|yrs?)\s+(?:of\s+)?\p{Ll}{3,}ing\b/u;

/** A sentence opening with years in a field, as terse prose asks for experience: "3+ years in B2B sales.", "5 years as a line cook". */
const YEARS_IN_FIELD = /^\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*\+?\s*(?:years?|yrs?)\s+(?:in|as|with)\s/u;

type ExperienceCandidate = Candidate<Omit<Experience, 'raw'> & { raw: string }>;

export function experienceCandidates(ctx: Context): ExperienceCandidate[] {
  const out: ExperienceCandidate[] = [];
  for (const l of ctx.lines) {
    const kind = ctx.kinds.get(l.line, l.text) ?? 'other';
    if (kind === 'company' || kind === 'benefits' || kind === 'compensation') continue;
    // A cheap test first: a figure of experience needs a unit ("years", "Jahre", "年") or "N+".
    if (!ctx.vocab.years.test(l.folded) && !ctx.vocab.months.test(l.folded) && !/\d\s*\+/.test(l.text)) continue;
    const fig = figureIn(l.text, ctx.vocab);
    if (!fig || fig.minYears > 40) continue;
    const from = l.text.slice(fig.index, fig.index + 40);
    const opens = /(?:^|[.!?;:•]\s+)$/u.test(l.text.slice(Math.max(0, fig.index - 3), fig.index)) || fig.index === 0;
    const context = ctx.vocab.experienceWords.test(l.folded.slice(Math.max(0, fig.index - 40), fig.index + 80)) || DOING_FOR_YEARS.test(from) || (opens && YEARS_IN_FIELD.test(from));
    const requirements = kind === 'qualifications' || kind === 'preferred' || kind === 'skills';
    if (!requirements && !context && !fig.plus) continue;
    if (fig.months && !context) continue;
    out.push({
      value: { minYears: fig.minYears, maxYears: fig.maxYears, raw: l.text.slice(0, 300) },
      line: l.line,
      from: 'body',
      via: requirements ? 'requirements' : 'elsewhere',
      evidence: l.text.slice(0, 160),
      features: { experienceWord: context ? 1 : 0, atLeast: fig.atLeast ? 1 : 0, months: fig.months ? 1 : 0, inPreferred: kind === 'preferred' ? 1 : 0, age: fig.age ? 1 : 0 },
    });
  }
  return out;
}

export function extractExperience(ctx: Context): Found<Experience> | null {
  const decision = decide('experience', experienceCandidates(ctx), WEIGHTS.experience, (v) => `${v.minYears}-${v.maxYears}`);
  ctx.decisions?.set('experience', decision);
  // The first figure among the requirements: among the best-scored, the earliest.
  const top = decision.winner ? decision.ranked.filter((c) => c.score >= (decision.winner?.score ?? 0) - 1.5).sort((a, b) => (a.line ?? 0) - (b.line ?? 0))[0] : null;
  return top ? { value: top.value, line: top.line, from: top.from } : null;
}
