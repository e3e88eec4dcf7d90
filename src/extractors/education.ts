/**
 * Education: the minimum degree asked for among the requirements, its fields of study, and
 * whether equivalent experience may stand in. Degree words come from the lexicons ("Bachelor",
 * "Hochschulabschluss", "licence", "本科", "学士", "S1"); abbreviations (BSc, MSc, PhD, MBA) are
 * read case-sensitively, so that "MS Excel" is no master's. A degree only preferred ("Master's
 * preferred", under "Nice to have") does not raise the level; a degree named outside the
 * requirements counts when none is named in them.
 */
import { fold, type Vocabulary } from '../lexicons/index.js';
import { cityOf } from '../patterns/places.js';
import type { Education, EducationLevel } from '../schema/record.js';
import { decide, type Candidate } from './candidates.js';
import type { Context, Found } from './context.js';
import { WEIGHTS } from './weights.js';

/**
 * Degree abbreviations, case-sensitive and language-neutral. Indonesia's S1/S2/S3 are in its own
 * table: elsewhere "S3" is a pay grade ("TVöD SuE S3"), not a doctorate.
 */
const ABBREVIATIONS: ReadonlyArray<readonly [EducationLevel, RegExp]> = [
  ['high-school', /\b(GED)\b/g],
  ['associate', /\b(A\.A\.S?\.?|AAS|BTS|DUT)\b/g],
  ['bachelor', /\b(B\.?A|B\.?S|B\.?Sc|BEng|B\.?E|B\.?Tech|B\.?Com)\b\.?(?![\p{L}\d-])/gu],
  ['master', /\b(M\.?S|M\.?Sc|M\.?A|MBA|MEng|M\.?Tech)\b\.?(?![\p{L}\d-])(?!\s*(Office|Excel|Word|Teams|Project|SQL|Access|PowerPoint|Outlook|Visio|Dynamics|Azure|365))/gu],
  ['doctorate', /\b(Ph\.?\s?D|PhD|DPhil)\b/gi],
];

/** "or equivalent experience", "or relevant work experience", "oder vergleichbare Qualifikation". */
const EQUIVALENT = /\b(or|and\/or|oder|ou|o)\b[^.;]{0,40}\b(equivalent|relevant|related|comparable|vergleichbar\w*|équivalent\w*|equivalente)\b[^.;]{0,30}\b(experience|erfahrung|expérience|experiencia|knowledge)|\bor equivalent\b|equivalent (work |practical )?experience|\bdegree equivalent\b|equivalent combination/i;

/** "in Marketing, Communications, or related field" → fields of study. */
const FIELDS = /\b(?:in|of|en|em|in der|im)\s+((?:[A-Z][\p{L}&/-]*(?:\s+(?:and|&|or)?\s*)?){1,4}(?:,\s*(?:or\s+|and\s+)?[A-Z][\p{L}&/-]*(?:\s+[A-Z][\p{L}&/-]*){0,3})*)/u;

const RANK: Record<EducationLevel, number> = { 'high-school': 0, associate: 1, bachelor: 2, master: 3, doctorate: 4 };

/** A town before a comma ("Boston, " in "Boston, MA"), up to three capitalised words. */
const TOWN_BEFORE = /((?:\p{Lu}[\p{L}.'’-]*\s){0,2}\p{Lu}[\p{L}.'’-]*),\s*$/u;

/**
 * True when an abbreviation is a US state's code, not a degree: "MA" and "MS" after an American
 * town ("Boston, MA", "Jackson, MS") or before a ZIP code ("MA 02139").
 */
function stateCode(text: string, index: number, abbreviation: string): boolean {
  if (!/^M[AS]\.?$/.test(abbreviation)) return false;
  if (/^\s+\d{5}\b/.test(text.slice(index + 2, index + 9))) return true;
  const town = TOWN_BEFORE.exec(text.slice(Math.max(0, index - 40), index))?.[1];
  return !!town && cityOf(town, ['US'])?.country === 'US';
}

/** Every degree a line names, with where it stands. */
function degreesIn(text: string, vocab: Vocabulary): Array<{ level: EducationLevel; index: number; length: number }> {
  const f = fold(text);
  const out: Array<{ level: EducationLevel; index: number; length: number }> = [];
  for (const m of vocab.education.every(f)) {
    // "Master" in "Scrum Master" is a role.
    if (m.key === 'master' && /scrum\s*$/.test(f.slice(0, m.index))) continue;
    out.push({ level: m.key, index: m.index, length: m.text.length });
  }
  for (const [level, re] of ABBREVIATIONS) {
    for (const m of text.matchAll(re)) {
      if (stateCode(text, m.index, m[0])) continue;
      out.push({ level, index: m.index, length: m[0].length });
      break;
    }
  }
  // A word inside a longer one is not a degree of its own: "bac" in "bac+5"; and "a degree in" is
  // a bachelor's only when the line names no level ("Master's degree in …").
  const kept = out.filter((d) => !out.some((o) => o !== d && o.length > d.length && o.index <= d.index && o.index + o.length >= d.index + d.length));
  const generic = (d: { index: number; length: number }) => /^(?:a )?degree in$/.test(f.slice(d.index, d.index + d.length));
  return kept.some((d) => !generic(d)) ? kept.filter((d) => !generic(d)) : kept;
}

/** Where a clause ends: a semicolon, a comma, a full stop before a space. */
const CLAUSE_END = /[;,]|\.\s/g;

type Span = { index: number; length: number };

/**
 * The part of a folded line around a degree, up to `reach` characters each side, not reaching past a
 * clause's end into a clause that names another degree: in "Master's preferred; Bachelor's required"
 * the marker is the master's alone, in "PhD, preferred" it is the doctorate's.
 */
function clauseAround(f: string, d: Span, others: readonly Span[], reach: number): string {
  const from = Math.max(0, d.index - reach);
  let start = from;
  let end = Math.min(f.length, d.index + d.length + reach);
  // Another degree ends before a boundary, or starts after one.
  const firstEnd = others.reduce((n, o) => Math.min(n, o.index + o.length), Infinity);
  const lastStart = others.reduce((n, o) => Math.max(n, o.index), -1);
  for (const m of f.slice(from, end).matchAll(CLAUSE_END)) {
    const at = from + m.index;
    if (at < d.index && at >= firstEnd) start = at + m[0].length;
    else if (at >= d.index + d.length && at <= lastStart) {
      end = at;
      break;
    }
  }
  return f.slice(start, end);
}

/**
 * The lowest degree a line asks for, or null. Degrees right beside a preferred marker in their own
 * clause are left out: in "Master's preferred; Bachelor's required" the bachelor's is asked for.
 */
export function degreeIn(text: string, vocab: Vocabulary): EducationLevel | null {
  let best: EducationLevel | null = null;
  const f = fold(text);
  const all = degreesIn(text, vocab);
  for (const d of all) {
    const near = clauseAround(f, d, all.filter((o) => o !== d), 25);
    if (vocab.preferredWeak.test(near)) continue;
    if (best === null || RANK[d.level] < RANK[best]) best = d.level;
  }
  return best;
}

function fieldsOf(text: string): string[] {
  const m = FIELDS.exec(text);
  if (!m?.[1]) return [];
  return m[1]
    .split(/,|\bor\b|\band\b|&|\//)
    .map((f) => f.trim())
    .filter((f) => f && !/^(related|a|an|the|equivalent|similar|relevant)\b/i.test(f) && /^[A-Z]/.test(f));
}

type EducationCandidate = Candidate<Education>;

export function educationCandidates(ctx: Context): EducationCandidate[] {
  const out: EducationCandidate[] = [];
  for (const l of ctx.lines) {
    const kind = ctx.kinds.get(l.line, l.text) ?? 'other';
    const requirements = kind === 'qualifications' || kind === 'preferred';
    // Outside the requirements, only a description's lines count ("We also accept a Bachelor's degree").
    if (!requirements && kind !== 'overview' && kind !== 'other' && kind !== 'responsibilities') continue;
    const all = degreesIn(l.text, ctx.vocab);
    if (!all.length) continue;
    const level = degreeIn(l.text, ctx.vocab);
    const lowest = level ?? all.reduce((a, b) => (RANK[b.level] < RANK[a.level] ? b : a)).level;
    out.push({
      value: { level: lowest, fields: fieldsOf(l.text), equivalentExperience: EQUIVALENT.test(l.text), raw: l.text.slice(0, 300) },
      line: l.line,
      from: 'body',
      via: requirements ? 'requirements' : 'elsewhere',
      evidence: l.text.slice(0, 160),
      features: { inPreferred: kind === 'preferred' ? 1 : 0, preferredNear: level === null ? 1 : 0, degreeWord: 1 },
    });
  }
  return out;
}

export function extractEducation(ctx: Context): Found<Education> | null {
  const decision = decide('education', educationCandidates(ctx), WEIGHTS.education, (v) => v.level ?? '');
  ctx.decisions?.set('education', decision);
  // The first degree among the best-placed mentions (the requirements, when they name one).
  const best = decision.winner;
  const top = best ? decision.ranked.filter((c) => c.score >= best.score - 0.5).sort((a, b) => (a.line ?? 0) - (b.line ?? 0))[0] : null;
  return top ? { value: top.value, line: top.line, from: top.from } : null;
}
