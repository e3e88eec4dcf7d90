/**
 * Education: the minimum degree asked for among the requirements, its fields of study, and
 * whether equivalent experience may stand in. A degree only preferred ("Master's preferred",
 * under "Nice to have") does not raise the level.
 */
import type { Education, EducationLevel } from '../schema/record.js';
import type { Context, Found } from './context.js';

/**
 * Degree words by level, lowest first: [level, words (any case), abbreviations (case-sensitive,
 * so "be able" is not a B.E. and "MS Excel" not an M.S.)].
 */
const LEVELS: ReadonlyArray<readonly [EducationLevel, RegExp, RegExp | null]> = [
  ['high-school', /(?<![a-zà-ÿ])bac(calauréat)?(?!\s*\+\s*\d)(?![a-zà-ÿ])|\b(high[- ]school|secondary school|enseñanza media|educación media|bachillerato completo|ensino médio|abitur|matura|baccalauréat|среднее образование)/i, /\b(GED)\b/],
  ['associate', /\bbac\s*\+\s*2\b|\b(associate['’]?s? degree|associate of (arts|science)|técnico superior)/i, /\b(A\.A\.S?\.?|AAS|BTS|DUT)\b/],
  ['bachelor', /\bbac\s*\+\s*3\b|\bgrado en\b|\b(bachelor(['’]?s)?\b|undergraduate degree|university degree|college degree|(4|four)[- ]year degree|licence\b|licenciatura|graduação|grado universitario|título universitario|hochschulabschluss|бакалавр|высшее образование)/i, /\b(B\.?A|B\.?S|B\.?Sc|BEng|B\.?E|B\.?Tech|B\.?Com)\b\.?(?![\p{L}\d-])/u],
  ['master', /\bbac\s*\+\s*[45]\b|((?<!scrum )\bmaster(['’]?s)?\b|graduate degree|máster|maestría|mestrado|magister|diplom\b|магистр)/i, /\b(M\.?S|M\.?Sc|M\.?A|MBA|MEng|M\.?Tech)\b\.?(?![\p{L}\d-])(?!\s*(Office|Excel|Word|Teams|Project|SQL|Access|PowerPoint|Outlook|Visio|Dynamics|Azure|365))/u],
  ['doctorate', /\bbac\s*\+\s*8\b|\b(doctorate|doctoral degree|doctor of|doctorado|doutorado|кандидат наук)/i, /\b(Ph\.?\s?D|PhD|DPhil)\b/i],
];

/** "or equivalent experience", "or relevant work experience", "oder vergleichbare Qualifikation". */
const EQUIVALENT = /\b(or|and\/or|oder|ou|o)\b[^.;]{0,40}\b(equivalent|relevant|related|comparable|vergleichbar\w*|équivalent\w*|equivalente)\b[^.;]{0,30}\b(experience|erfahrung|expérience|experiencia|knowledge)|\bor equivalent\b|equivalent (work |practical )?experience|\bdegree equivalent\b/i;

/** A preferred marker close to the degree: "Master's preferred", "preferably a PhD", "MBA a plus". */
const PREFERRED_NEAR = /\b(preferred|preferably|ideally|a plus|nice to have|bonus|desirable|von vorteil|de préférence|deseable|apreciad[oa])\b/i;

/** "in Marketing, Communications, or related field" → fields of study. */
const FIELDS = /\b(?:in|of|en|em|in der|im)\s+((?:[A-Z][\p{L}&/-]*(?:\s+(?:and|&|or)?\s*)?){1,4}(?:,\s*(?:or\s+|and\s+)?[A-Z][\p{L}&/-]*(?:\s+[A-Z][\p{L}&/-]*){0,3})*)/u;

interface Mention {
  level: EducationLevel;
  text: string;
  line: number;
}

const RANK: Record<EducationLevel, number> = { 'high-school': 0, associate: 1, bachelor: 2, master: 3, doctorate: 4 };

/** The lowest degree a line asks for, or null. Degrees right beside a preferred marker are left out. */
export function degreeIn(text: string): EducationLevel | null {
  let best: EducationLevel | null = null;
  for (const [level, words, abbreviations] of LEVELS) {
    const m = words.exec(text) ?? abbreviations?.exec(text);
    if (!m) continue;
    const near = text.slice(Math.max(0, m.index - 25), m.index + m[0].length + 25);
    if (PREFERRED_NEAR.test(near)) continue;
    if (best === null || RANK[level] < RANK[best]) best = level;
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

export function extractEducation(ctx: Context): Found<Education> | null {
  const mentions: Mention[] = [];
  for (const l of ctx.lines) {
    if (ctx.kinds.get(l.line) !== 'qualifications') continue;
    const level = degreeIn(l.text);
    if (level) mentions.push({ level, text: l.text, line: l.line });
  }
  const first = mentions[0];
  if (!first) return null;
  const lowest = mentions.filter((m) => m.line === first.line || m.text === first.text).reduce((a, b) => (RANK[b.level] < RANK[a.level] ? b : a));
  return {
    value: { level: lowest.level, fields: fieldsOf(lowest.text), equivalentExperience: EQUIVALENT.test(lowest.text), raw: lowest.text.slice(0, 300) },
    line: lowest.line,
    from: 'body',
  };
}
