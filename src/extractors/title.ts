/**
 * Title candidates: the embedded JobPosting's title, front matter, a title label (`Position:`,
 * `Job Title` above its value, `ตำแหน่ง:`), a header line's part that names a role, a job
 * board's header, headings (split "Title - Company - Place"), a page's `<title>`, the role a hiring
 * sentence names ("we are seeking a Payroll Specialist who …", "Nous recherchons un.e
 * stagiaire développeur.se pour …"), "As a Backend Engineer, you …", and a short line near the
 * top that names a role. Weights in weights.ts decide.
 */
import { fold, hasLexicon, type Vocabulary } from '../lexicons/index.js';
import { cleanHeading, headingMatch, isChrome, LIST_KINDS, markedPreferred, wholePhrase } from '../patterns/headings.js';
import { LEADING_PICTOGRAPHS } from '../patterns/matches.js';
import { employerAfter, LEGAL_TAIL } from '../patterns/names.js';
import { cityOf } from '../patterns/places.js';
import { endsWithRoleWord, hasRoleWord, startsWithRoleWord } from '../patterns/roles.js';
import { decide, textKey, type Candidate } from './candidates.js';
import { asText, fmValue, labelled, leadSentence, structured, type Context, type Found } from './context.js';
import { JOB_BOARD, jobBoardHeader } from './job-board.js';
import { CLOSING_ASIDE, commaHeadline, LINE_PARTS, parsePlace, placeAside, townOfSite } from './location.js';
import { proseLines } from './prose.js';
import { payLine } from './salary.js';
import { WEIGHTS } from './weights.js';

/** Front-matter titles that name a page, not a role. */
const GENERIC_TITLE = /^(jobs?|careers?|karriere|stellen(angebote)?|offres?( d['’]emploi)?|emplois?|vacanc(y|ies)|openings?|open positions|join us|join our team|work with us|hiring|we['’]?re hiring|home|index|empleos?|vagas?|trabaja con nosotros|cv|resume|résumé|about|blog|招聘|採用情報|채용)$/i;
export const TITLE_KEYS = ['jobtitle', 'title', 'job', 'position', 'positiontitle', 'role', 'roles', 'vacancy', 'poste', 'stelle', 'puesto', 'cargo', 'name'];

/** Gender marks after a title: "(m/w/d)", "(H/F/X)", "(all genders)", "m/f/d". */
const GENDER = /\s*[([]\s*(?:[mwfdhxkv](?:\s*[/|,]\s*[mwfdhxkv]){1,3}|all genders|gn\*?|w\*m\*d|divers)\s*[)\]]|\s+[mwfdhx](?:\s*\/\s*[mwfdhx]){2}\s*$|\s+(?:h\s*\/\s*f|f\s*\/\s*h|m\s*\/\s*f|f\s*\/\s*m)\s*$/giu;
/** A headcount after a title: "（1名）", "(2 posições)", "前台 2名". */
const HEADCOUNT = /\s*[（(]\s*\d+\s*(?:名|人|posi[cç][õo]es|positions?|plazas?|postes?)\s*[)）]\s*$|\s+\d{1,3}\s?[名人]\s*$/iu;
/** A reference number closing a title: "(Ref: BS-2291)", "- Req #4471", "[Job ID 88-102]", "Kennziffer 2024/17". */
const REFERENCE = /\s*[-–—|,]?\s*[(\[]?\s*(?:ref(?:erence)?|réf(?:érence)?|req(?:uisition)?|job\s*(?:id|no|number|code|ref)|vacancy\s*(?:no|number|id|ref)|posting\s*(?:id|no)|id|kennziffer|kennz|referenz|referencia|riferimento|#)\.?\s*(?:no\.?|nr\.?|#)?\s*[:#]?\s*[\p{L}\d][\p{L}\d/_.-]*\d[\p{L}\d/_.-]*\s*[)\]]?\s*$/iu;
/** Weekly hours after a title: "32 - 40 uur p/w", "(15-20h)", "20 Std./Woche". */
const HOURS = /\s*[(]?\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*(?:h|hrs?|hours?|uur|std\.?|stunden|heures)\b(?:\s*(?:p\/w|per week|a week|pro woche|par semaine|\/\s*(?:week|wk|woche|semaine|semana|w)))?\s*[)]?\s*$/iu;
/**
 * Pay after a title on the same line: "前端开发工程师 12K-20K，13薪", "Engineer – $150k-$180k", "… auf 520-Euro-Basis";
 * not a figure with a dash before a word ("for a 6-week launch").
 */
const TRAILING_PAY = /\s+[-–—|·,]?\s*[$€£¥₹]?\s?\d{1,3}(?:[.,']\d{3})*(?:[.,]\d+)?\s?[kK万千]?\s*(?:[-–~〜]|to\b)\s*(?:[$€£¥₹]?\s?\d|euro\b|eur\b|€).*$/iu;
/**
 * What a role is for, after it: "Motion Designer for a 6-week launch", "Grafiker für ein Buchprojekt".
 * Not the employer's own team ("Aushilfe für unsere Buchhaltung"), which is part of the role's name.
 */
const PURPOSE_TAIL = /\s+(?:for (?:a|an|one)|für (?:ein|eine|einen)|pour (?:un|une)|para (?:un|una)|per (?:un|una)|voor een)\s.*$/iu;
/** "at Acme Robotics", "@ Inkpot", "chez Durand", "bei Kessler GmbH", "till Norrsken Data" closing a title. */
const AT_EMPLOYER = employerAfter('at|@|chez|bei|hos|till|til');
/** A note in parentheses at the end: three words or more, a list, or a clause in a script without spaces ("developer (ads for mobile games)"). */
const LONG_PAREN = /\s*[(（]([^()（）]*)[)）]$/u;

/** Tidies a title as written: gender marks, headcounts, hours, noise words and a trailing place go. */
/** A short bracketed tag opening a title. */
const LEADING_TAG = /^[[【［〔][^\]】］〕]{1,20}[\]】］〕]\s*/u;

/** The last line a heading may stand on to be at the very top of a document. */
const TOP_HEADING_LINE = 2;

/** The most words left of a first-line headline once its announcing words, place and pay are cut. */
const HEADLINE_TITLE_WORDS = 8;

/** Words before a colon, then the rest: "New role for you: Electrician (Maintenance)". */
const LEAD_COLON = /^([^:：]{2,40})[:：](?!\/\/)\s*(\S.*)$/u;

/** A parenthesis closing a title. */
const TERMS_PAREN = /\s*[(（]([^()（）]{1,30})[)）]$/u;
/** The most words of an aside that only says a span of time ("3+ years", "min. 2 Jahre", "6 mois", "3년 이상"). */
const SPAN_ASIDE_WORDS = 4;

/**
 * True when an aside only says a span of time: the years of experience asked ("(5+ years)") or
 * how long the job lasts ("(6 mois)", "(12 months)") — a figure and a word for years or months.
 */
function spanAside(inner: string, vocab: Vocabulary): boolean {
  const f = fold(inner);
  return /\d/.test(inner) && inner.trim().split(/\s+/).length <= SPAN_ASIDE_WORDS && (vocab.years.test(f) || vocab.months.test(f)) && !/[$€£¥₹]|\d{4}/u.test(inner);
}

/** A last part after a dash, bar or comma, short enough to be only terms: "… – Teilzeit", "… | Full-time", "Barista, Part-Time". */
const TERMS_PART = /(?:\s+[-–—|]|\s*,)\s+([\p{L}][\p{L} -]{1,29})$/u;
/** The terms after a preposition closing a title: "Koch in Vollzeit", "Boulanger en CDI", "Camarero a jornada completa". */
const TERMS_AFTER = /\s+(?:in|en|a|à|em|im|na|w|on a|on)\s+([\p{L}][\p{L} -]{1,29})$/u;

/** True when a text is nothing but an employment type or a workplace ("Full Time", "正社員", "Fully-Remote"), but for `slack` letters. */
function onlyTerms(text: string, vocab: Vocabulary, slack = 5): boolean {
  const f = fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const m = vocab.employment.leftmost(f) ?? vocab.workplace.leftmost(f);
  return !!m && m.text.replace(/[^\p{L}\p{N}]/gu, '').length >= f.replace(/[^\p{L}\p{N}]/gu, '').length - slack;
}

/**
 * The last one or two words of a title, after a space or a slash, comma or ampersand: "… Vollzeit /
 * Teilzeit", "… Part Time". Matched on the title's last characters only, so its cost stays flat.
 */
const TAIL_PIECE = /(?:\s*[/,&+]\s*|\s+)(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?)$/u;
/** How many characters at a title's end the terms after its role are looked for in. */
const TAIL_WINDOW = 60;
/** Spaces and the marks that join terms ("/", ",", "&", "+"). */
const TERMS_JOINT = /[\s/,&+]/u;

/**
 * A title without the terms run on after its role with bare spaces or slashes ("Kundenberater
 * Vollzeit / Teilzeit", a gender mark taken out from between them; "Line Cook Full Time"). A word
 * that is a role of its own stays ("Software Engineer Intern").
 */
function withoutTermsTail(title: string, vocab: Vocabulary): string {
  let s = title;
  for (let k = 0; k < 4; k++) {
    const m = TAIL_PIECE.exec(s.slice(-TAIL_WINDOW));
    if (!m?.[1]) break;
    const words = m[1].split(/\s+/);
    // Two words ("Part Time"), else the last one alone ("… Vollzeit").
    const piece = [m[1], words.length > 1 ? (words[1] as string) : null].find((p) => p !== null && onlyTerms(p, vocab, 1) && !hasRoleWord(p, vocab));
    if (!piece) break;
    let end = s.length - piece.length;
    while (end > 0 && TERMS_JOINT.test(s[end - 1] as string)) end--;
    const rest = s.slice(0, end);
    if (!hasRoleWord(rest, vocab)) break;
    s = rest;
  }
  return s;
}

/** A bracket opened at a title's end and never closed. */
const UNCLOSED_ASIDE = /[(（][^()（）]*$/u;

/** The longest value of a title label read as a title. */
const MAX_LABEL_TITLE = 160;

export function cleanTitle(raw: string, vocab: Vocabulary): string {
  // Pictographs before a title ("🔥 Python Developer") are a channel's decoration.
  let s = raw.replace(/\s+/g, ' ').trim().replace(LEADING_PICTOGRAPHS, '').replace(/^[\s\-–—:|•*#\]】）)]+|[\s.;:,|•*]+$/g, '').trim();
  // A tag before the title ("[Hiring] …", "【急募】…", "[채용] …") is the board's, not the role's.
  const tag = LEADING_TAG.exec(s);
  if (tag && hasRoleWord(s.slice(tag[0].length), vocab)) s = s.slice(tag[0].length);
  for (let i = 0; i < 3; i++) {
    const before = s;
    // A long aside first, whole: the hours inside "(Term Time Only, 30 Hours)" are not cut out of it alone.
    s = s.replace(LONG_PAREN, (whole, inner: string) => (/[,，、;；]/u.test(inner) ? '' : whole)).trim();
    s = s.replace(REFERENCE, '').replace(TRAILING_PAY, '').replace(GENDER, '').replace(HEADCOUNT, '').replace(HOURS, '').trim();
    // An aside a sentence's comma cut before it closed ("a Rust engineer (remote, EU) to …" → "Rust engineer (remote").
    s = s.replace(UNCLOSED_ASIDE, '').trim();
    // A role, then what it is for ("… for a 6-week product launch"), names the role before it.
    const purpose = PURPOSE_TAIL.exec(s);
    if (purpose && endsWithRoleWord(s.slice(0, purpose.index), vocab) && !hasRoleWord(purpose[0], vocab)) s = s.slice(0, purpose.index).trim();
    // "Senior SRE (remote, EU) at Cobalt Systems", "Designer @ Inkpot": the employer after the role is not part of it.
    const employer = AT_EMPLOYER.exec(s);
    if (employer && hasRoleWord(s.slice(0, employer.index), vocab)) s = s.slice(0, employer.index).trim();
    s = s.replace(LONG_PAREN, (whole, inner: string) => (inner.split(/\s+/).length >= 3 || /[,，、;；]/u.test(inner) || (!/\s/.test(inner) && /[^\x00-\u024f]{6,}/u.test(inner)) ? '' : whole)).trim();
    // A closing aside that is only the terms of the job ("(Full Time)", "（正社員）", "(Fully Remote)"), or
    // says who is welcome ("（未経験歓迎）", "(Spanish a plus)"): the role is before it.
    s = s.replace(TERMS_PAREN, (whole, inner: string) => (onlyTerms(inner, vocab) || markedPreferred(inner, vocab) || spanAside(inner, vocab) ? '' : whole)).trim();
    // A closing aside that is only the place: "Warehouse Operative (Leeds)".
    if (placeAside(s, vocab)) s = s.replace(CLOSING_ASIDE, '').trim();
    s = oneForm(s, vocab);
    const terms = TERMS_AFTER.exec(s) ?? TERMS_PART.exec(s);
    if (terms?.[1] && terms.index > 0 && onlyTerms(terms[1], vocab, 1)) s = s.slice(0, terms.index).trim();
    s = withoutTermsTail(s, vocab);
    // A hiring phrase opening the title: "Looking for a part-time virtual assistant", "Wir suchen einen Koch".
    const opening = vocab.hiring.find(fold(s));
    if (opening?.index === 0 && hasRoleWord(s.slice(opening.text.length), vocab)) s = stripLeading(s.slice(opening.text.length).replace(/^[\s:：\-–—|]+/, ''), vocab);
    // A lead-in before a colon that names no role: "New role for you: Electrician", "Now open: Barista".
    const lead = LEAD_COLON.exec(s);
    if (lead?.[1] && lead[2] && !hasRoleWord(lead[1], vocab) && hasRoleWord(lead[2], vocab)) s = lead[2];
    // Noise at either end: "Vacature …", "… gesucht", "Job Opportunity: …".
    const f = fold(s);
    for (const m of vocab.titleNoise.findAll(f)) {
      // "We're hiring a bookkeeper": past the noise, the article before the role goes too.
      if (m.index === 0) s = stripLeading(s.slice(m.text.length).replace(/^[\s:：\-–—|!！]+/, ''), vocab);
      // "Shopify theme developer needed for a store redesign": a role, the noise, then what it is for.
      else if (m.index + m.text.length >= f.length - 1 || endsWithRoleWord(s.slice(0, m.index).trim(), vocab)) s = s.slice(0, m.index).replace(/[\s:：\-–—|,]+$/, '');
      break;
    }
    // A place at the end ("… Utrecht", "… in Berlin") when a role stands before it.
    const place = /(\s+(?:in|à|en|em|im|i|på)\s+|\s*,\s*|\s+[-–—|]\s*|\s+)([\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)?)$/u.exec(s);
    // After a bare space the word may be the role's own ("Admin Gudang": a warehouse, and a hamlet): only a city is a place there.
    // A team's name is no place, though a town bears it ("Software Engineer - Mobile").
    // A site of the employer named by its town ("– Kendal Surgery", "- Leeds Office") is a place too, set apart.
    const city = place?.[2] && !wholePhrase(fold(place[2]), vocab.departments) ? (cityOf(place[2]) ?? (/[|–—-]/.test(place[1] ?? '') ? townOfSite(place[2]) : null)) : null;
    const parted = /[,|–—-]/.test(place?.[1] ?? '');
    const role = !!place && hasRoleWord(s.slice(0, place.index), vocab);
    // Set apart by a comma or a dash, a town of some size is the place whatever the role's words (a language no table reads).
    if (place && city && ((role && (/\S/.test(place[1] ?? '') || city.population >= BARE_PLACE_POPULATION)) || (parted && place.index > 0 && city.population >= PARTED_PLACE_POPULATION))) s = s.slice(0, place.index).trim();
    s = s.replace(/[\s.;:,|•*\-–—]+$/g, '').trim();
    // A word left dangling by what was cut after it: "Aushilfe für die Buchhaltung auf" (… 450-Euro-Basis).
    const last = /\s(\p{L}+)$/u.exec(s);
    if (last?.[1] && s !== raw.trim() && vocab.titleStops.findAll(fold(last[1])).some((m) => m.index === 0 && m.text.length === last[1]?.length)) s = s.slice(0, last.index).trim();
    if (s === before) break;
  }
  // What is left of a shout ("We're hiring! 🎉") when its words are gone names nothing.
  return /[\p{L}\p{N}]/u.test(s) ? s : '';
}

/** Two words joined by a short word, each maybe after a short one: "une chargée ou un chargé", "Mitarbeiterin oder Mitarbeiter". */
const WORD_PAIR = /(?<![\p{L}])(?:(\p{L}{1,3})\s+)?(\p{L}{3,})\s+(\p{L}{1,4})\s+(?:(\p{L}{1,3})\s+)?(\p{L}{3,})(?![\p{L}])/gu;
/** The least letters two forms of one role noun share at their start. */
const PAIR_STEM = 4;

/**
 * A role written in both its forms ("une chargée ou un chargé de développement", "Erzieherin oder
 * Erzieher", "enfermero o enfermera"): one role, named by its shorter form. The words joined must
 * share their start, the joining word must be "or"/"and" and the words before each an article.
 */
function oneForm(title: string, vocab: Vocabulary): string {
  if (!/\s\p{L}{1,4}\s/u.test(title)) return title;
  return title.replace(WORD_PAIR, (whole, a1: string | undefined, w1: string, joint: string, a2: string | undefined, w2: string) => {
    const article = (a?: string) => !a || wholePhrase(fold(a), vocab.notTitle);
    if (!wholePhrase(fold(joint), vocab.conjunctions) || !article(a1) || !article(a2)) return whole;
    const [f1, f2] = [fold(w1), fold(w2)];
    let shared = 0;
    while (shared < f1.length && f1[shared] === f2[shared]) shared++;
    if (shared < PAIR_STEM || shared < Math.min(f1.length, f2.length) - 2 || f1 === f2) return whole;
    return w1.length <= w2.length ? w1 : w2;
  });
}

/** Two to six capitalised words at the start of a sentence: its subject when it names a role. */
const SUBJECT_RUN = /^((?:\p{Lu}[\p{L}&/.'’-]*\s+){1,5}\p{Lu}[\p{L}.'’-]*)\s+/u;

/** A spaced dash or bar between the parts of a value: "Enfermeiro(a) - Hospital Santa Clara - Porto Alegre/RS". */
const VALUE_PART = /\s+[-–—|]\s+/g;

/**
 * A title label's value without the employer, the place, the pay and the terms written after the
 * role in parts of their own ("Enfermeiro(a) - Hospital Santa Clara - Porto Alegre/RS" → "Enfermeiro(a)");
 * a part before them that is none of these ("- 6 Months") stays, and the value is otherwise as written.
 */
function withoutTrailingParts(value: string, company: string | null, vocab: Vocabulary): string {
  if (value.length > MAX_LABEL_TITLE) return value;
  const seps = [...value.matchAll(VALUE_PART)];
  let end = value.length;
  for (let k = seps.length - 1; k >= 0; k--) {
    const m = seps[k] as RegExpMatchArray;
    const at = m.index ?? 0;
    const part = value.slice(at + m[0].length, end).trim();
    const employer = !!company && fold(part) === fold(company);
    const place = !employer && !hasRoleWord(part, vocab) && !!parsePlace(part)?.city;
    // The pay and the terms written after the place are parts of the same header ("… | $20/hr | Full-time").
    const terms = !employer && !place && (payLine(part, vocab) || onlyTerms(part, vocab, 1));
    if (!employer && !place && !terms) break;
    end = at;
  }
  return value.slice(0, end).trim();
}

/** The most words of a line near the top read as the title. */
const LINE_TITLE_WORDS = 8;

/** How many people a town set after a title by a comma or a dash must have to be read as the job's place, whatever the title's words. */
const PARTED_PLACE_POPULATION = 15_000;
/** How many people a town named after a title, with only a space between, must have to be read as the job's place. */
const BARE_PLACE_POPULATION = 50_000;

/** A word with the other gender's ending after a slash, in brackets or after a middle dot: "un/a", "ein(e)", "un·e". */
const BOTH_GENDERS = /^(\p{L}+)(?:\/\p{L}{1,3}|\(\p{L}{1,3}\)|·\p{L}{1,3})(?=\s)/u;

/** Removes the words before a role that are not part of it: "an experienced", "un.e", "einen". */
function stripLeading(t: string, vocab: Vocabulary): string {
  let s = t.trim();
  let joined = false;
  for (let i = 0; i < 8; i++) {
    // An article written for both genders ("un/a", "ein(e)", "un·e") is the article.
    const both = BOTH_GENDERS.exec(s);
    if (both?.[1] && fold(both[1]) === vocab.notTitle.find(fold(both[1]))?.text) {
      s = s.slice(both[0].length).trimStart();
      continue;
    }
    const f = fold(s);
    const m = vocab.notTitle.find(f) ?? vocab.conjunctions.find(f);
    const word = /^[\p{L}\p{N}-]+[\s,]+/u.exec(s)?.[0] ?? '';
    if (m && m.index === 0 && /^[\s,]/.test(s.slice(m.text.length))) {
      // Past "and" after a word of praise, the next word is one too: "curious and kind developers".
      joined = i > 0 && vocab.conjunctions.test(m.text) && m.text.length === f.indexOf(' ');
      s = s.slice(m.text.length).replace(/^[\s,]+/, '');
    } else if (joined && word && !hasRoleWord(word, vocab) && hasRoleWord(s.slice(word.length), vocab)) {
      s = s.slice(word.length);
      joined = false;
    } else break;
  }
  return s;
}

/** The role after a phrase in a sentence, up to a stop word or punctuation. */
function roleAfter(text: string, at: number, vocab: Vocabulary): string | null {
  let rest = stripLeading(text.slice(at), vocab);
  // A short parenthesis right after the role names its stack or level: "Engineer (Java)".
  const punct = /[,;:!?。，；：！？]|[(（](?![^()（）]{1,24}[)）])|\.(?=\s|$)| [-–—] /u.exec(rest);
  if (punct) rest = rest.slice(0, punct.index);
  const f = fold(rest);
  // A stop word stands on its own: the "a" of "Técnico/a" is the role's other ending.
  const stop = vocab.titleStops.findAll(f).find((m) => m.index > 0 && /\s/.test(f[m.index - 1] ?? ''));
  if (stop) rest = rest.slice(0, stop.index);
  rest = rest.trim();
  // A word for the job itself closing the name ("a visiting assistant professor position"): the role is before it.
  const last = /\s(\p{L}+)$/u.exec(rest);
  if (last?.[1] && wholePhrase(fold(last[1]), vocab.positions) && hasRoleWord(rest.slice(0, last.index), vocab)) rest = rest.slice(0, last.index);
  return rest && rest.split(/\s+/).length <= 9 ? rest : null;
}

/** Splits "Title - Company - Place - Year" and keeps the parts that are the title. */
/**
 * The role of a title written with its selling points after full-width slashes, as Japanese
 * boards do ("経理スタッフ／月給25万円～／土日祝休み"): the parts that name a role, when another
 * part is pay or terms. A slash between two roles or skills ("営業／企画") parts nothing.
 */
function sellingPoints(heading: string, vocab: Vocabulary): string | null {
  const parts = heading.split(/\s*／\s*/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2 || !hasRoleWord(parts[0] as string, vocab)) return null;
  const terms = (p: string) => payLine(p, vocab) || !!vocab.employment.first(fold(p)) || !!vocab.workplace.first(fold(p));
  if (!parts.slice(1).some(terms)) return null;
  return parts.filter((p, i) => i === 0 || (!terms(p) && hasRoleWord(p, vocab))).join('／');
}

export function splitTitleHeading(heading: string, company: string | null, vocab: Vocabulary): string {
  if (company) {
    // "Junior Copywriter at Maple & Finch", "Engineer @ Acme": the company is not part of the title.
    const c = fold(company);
    const f = fold(heading);
    const at = Math.max(f.lastIndexOf(` at ${c}`), f.lastIndexOf(` @ ${c}`), f.lastIndexOf(` chez ${c}`), f.lastIndexOf(` bei ${c}`));
    if (at > 0 && f.endsWith(c)) heading = heading.slice(0, at);
  }
  let parts = heading.split(/\s+[-–—|·•]\s+|\s*[|｜]\s*/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return sellingPoints(heading, vocab) ?? commaHeadline(heading, vocab)?.role ?? heading.trim();
  // "Job Description - Finance Officer", "Vacancy | Cook": a part naming the kind of document goes when another names the role.
  const label = (p: string) => (headingMatch(p, vocab)?.coverage ?? 0) >= 0.6 || wholeNoise(p, vocab);
  if (parts.some((p) => !label(p) && hasRoleWord(p, vocab))) parts = parts.filter((p) => !label(p));
  // "Tidewell Energy — Grid Analyst": the employer's part goes wherever it stands, when another names the role.
  const employer = company ? fold(company) : null;
  const isEmployer = (p: string) => !!employer && (fold(p) === employer || fold(p).startsWith(`${employer} `));
  if (parts.some((p) => !isEmployer(p) && hasRoleWord(p, vocab))) parts = parts.filter((p) => !isEmployer(p));
  const keep = parts.filter((p, i) => {
    if (i === 0) return true;
    if (/^(\d{4}|remote|hybrid|on-?site|full[- ]time|part[- ]time)$/i.test(p)) return false;
    // Pay ("$2,500 flat fee", "£11/hr") is no part of a title.
    if (/^(?:[$€£¥₹]\s?\d|\d[\d.,]*\s?(?:[kK]|€|£|\$|USD|EUR|GBP))/.test(p) || payLine(p, vocab)) return false;
    if (vocab.employment.first(fold(p)) || vocab.workplace.first(fold(p))) return false;
    // A team's name stays, though a town bears it ("Software Engineer - Mobile").
    return wholePhrase(fold(p), vocab.departments) || !parsePlace(p);
  });
  return keep.join(' - ');
}

/**
 * The role of a page's title: after a part that names a role, a part that names none is the
 * employer or the site ("Night Auditor – Harbor Inn Portland"), as page titles are written.
 */
function pageTitleRole(title: string, vocab: Vocabulary): string {
  // A job board's name is no part of the role, though it may end in a role's word ("SmartRecruiters").
  const parts = title.split(' - ').filter((p, i) => i === 0 || !JOB_BOARD.test(p.trim()));
  const at = parts.findIndex((p) => hasRoleWord(p, vocab));
  return at < 0 ? title : parts.filter((p, i) => i <= at || hasRoleWord(p, vocab)).join(' - ');
}

/** True when a text is only a type of job: "Contract", "Freelance", "Part-time". */
function typesOnly(text: string, vocab: Vocabulary): boolean {
  const f = fold(text).trim();
  const m = vocab.employment.leftmost(f);
  return !!m && m.index === 0 && m.text.length === f.length;
}

/** True when a text is nothing but a noise phrase ("Vacancy", "Job posting", "Stellenangebot"). */
function wholeNoise(text: string, vocab: Vocabulary): boolean {
  return wholePhrase(fold(text).trim(), vocab.titleNoise);
}

/** How much of a heading a section's name must cover for the heading to be that section's, not a title. */
const SECTION_NAME_COVERAGE = 0.3;
/** How much of a heading ending in a role noun a section's name must cover ("Team Lead" is a role; "Your Team" a section). */
const ROLE_HEADING_COVERAGE = 0.6;

type TitleCandidate = Candidate<string>;

/** The most words a title naming a programme has: "Content Writing Internship", not "Qualification for … paid internship". */
const PROGRAMME_WORDS = 5;

/** True when a title names a role, or a programme in its place ("Content Writing Internship", "Praktikum Marketing"). */
function namesRole(text: string, vocab: Vocabulary): boolean {
  return hasRoleWord(text, vocab) || (text.split(/\s+/).length <= PROGRAMME_WORDS && vocab.programmes.test(fold(text)));
}

function features(value: string, vocab: Vocabulary, extra: Record<string, number>): Record<string, number> {
  const words = value.split(/\s+/).length;
  return {
    roleWord: namesRole(value, vocab) ? 1 : 0,
    endsWithRole: endsWithRoleWord(value, vocab) ? 1 : 0,
    noRole: namesRole(value, vocab) ? 0 : 1,
    long: words > 10 ? 1 : 0,
    veryLong: words > 16 || value.length > 140 ? 1 : 0,
    sentence: /[.!?。]$/.test(value) || /\b(you|we|our|will|vous|nous|wir|du|sie)\b/i.test(value) ? 1 : 0,
    sectionName: (headingMatch(value, vocab)?.coverage ?? 0) >= 0.6 ? 1 : 0,
    legalForm: LEGAL_TAIL.test(value) ? 1 : 0,
    ...extra,
  };
}

export function titleCandidates(ctx: Context, company: string | null): TitleCandidate[] {
  const { vocab } = ctx;
  const out: TitleCandidate[] = [];
  const add = (raw: string, line: number | null, from: TitleCandidate['from'], via: string, extra: Record<string, number> = {}) => {
    const value = cleanTitle(raw, vocab);
    if (!value || value.length > 200) return;
    out.push({ value, line, from, via, evidence: raw.slice(0, 200), features: features(value, vocab, { generic: GENERIC_TITLE.test(value) ? 1 : 0, ...extra }) });
  };
  const jsonld = structured(ctx, 'title');
  if (typeof jsonld === 'string') add(jsonld, null, 'jsonld', 'structured');
  for (const key of TITLE_KEYS) {
    const hit = fmValue(ctx, [key]);
    const text = hit ? asText(hit.value) : null;
    if (!hit || !text) continue;
    // "Job Posting: Acme is Hiring a Support Specialist": the role the sentence names.
    const f = fold(text);
    const hiring = vocab.hiring.findAll(f).at(-1);
    const role = hiring ? roleAfter(text, hiring.index + hiring.text.length, vocab) : null;
    if (role && hasRoleWord(role, vocab)) add(role, hit.line, 'front-matter', 'front-matter', { key: key === 'name' ? -1 : 0 });
    else add(text.replace(/^[^:：]{2,30}[:：]\s*(?=\S)/u, (p) => (vocab.titleNoise.test(fold(p)) ? '' : p)), hit.line, 'front-matter', 'front-matter', { key: key === 'name' ? -1 : 0 });
    break;
  }
  // The line of the posting's last list: a label under it is a board's category of the job ("Role: Back End Developer"), not its name.
  const lastList = Math.max(0, ...ctx.sections.filter((s) => LIST_KINDS.has(s.kind)).flatMap((s) => s.blocks.map((b) => (b.type === 'list' ? (b.items[b.items.length - 1]?.line ?? b.line) : 0))));
  for (const f of labelled(ctx, 'title')) {
    // A label opening a flattened paragraph: its value is the first part of the first sentence
    // ("Offre d'emploi : Boulanger (H/F) – Fournil des Quais, Avignon. Nous recherchons …").
    const lead = leadSentence(f.value);
    const value = lead ? (lead.split(LINE_PARTS)[0] ?? '') : withoutTrailingParts(f.value, company, vocab);
    if (!value || value.length > MAX_LABEL_TITLE) continue;
    const kind = ctx.kinds.get(f.line, `${f.label}: ${f.value}`);
    add(value, f.line, 'body', 'label', { inRequirements: kind === 'qualifications' || kind === 'preferred' ? 1 : 0, afterLists: lastList > 0 && f.line > lastList ? 1 : 0 });
  }
  for (const h of ctx.doc.headers) {
    h.parts.forEach((p, i) => {
      if (p.length > 80 || vocab.employment.first(fold(p)) || payLine(p, vocab)) return;
      if (hasRoleWord(p, vocab)) add(p, h.line, 'body', 'header', { firstPart: i === 0 ? 1 : 0, fromHeading: h.from === 'heading' ? 1 : 0 });
      // A part that is nothing else (no place, pay, workplace, address or company slot) names the role
      // even when the lexicons do not know the noun ("Acme | Baker | Graz | ONSITE").
      else if (i > 0 && unclaimedPart(p, vocab) && (!company || fold(p) !== fold(company))) add(p, h.line, 'body', 'header', { fromHeading: h.from === 'heading' ? 1 : 0 });
    });
  }
  const board = jobBoardHeader(ctx);
  if (board?.title) add(board.title.value, board.title.line, 'body', 'board');
  const meta = ctx.doc.meta['og:title'] ?? ctx.doc.meta.title;
  if (meta) add(pageTitleRole(splitTitleHeading(meta.replace(/\s+(?:job|jobs|stellenangebot|offre d'emploi)\s+(?:in|at|à|en)\s+.*$/i, ''), company, vocab), vocab), null, 'meta', 'meta');
  let firstHeading = true;
  const unreadLanguage = !!ctx.doc.language && !hasLexicon(ctx.doc.language);
  for (const s of ctx.sections) {
    const h = s.heading;
    if (!h) continue;
    // A section's name is not a title; a title that only mentions a section's word ("Full Stack Developer") is.
    // The page's first or main heading, ending in a role noun, is a section's name only when the
    // name is most of it ("Logistics Coordinator" is a role; a later "Competencias Técnicas" a section).
    const coverage = headingMatch(h.text, vocab)?.coverage ?? 0;
    const top = firstHeading || h.level === 1;
    const named = coverage >= (top && (endsWithRoleWord(h.text, vocab) || startsWithRoleWord(h.text, vocab)) ? ROLE_HEADING_COVERAGE : SECTION_NAME_COVERAGE);
    const words = h.text.split(/\s+/).length;
    if (!named && words <= 14 && !(h.level > 3 && h.level < 7 && ctx.doc.format === 'markdown')) {
      // In a language without a lexicon no role noun can be known: the first heading, over prose
      // rather than a list (a section's items), stands for the title as the posting's own name.
      // (At the very top it stands for the title though short lines under it were read as a list: "Účetní" / "Novák s.r.o." / "Brno".)
      const unread = unreadLanguage && firstHeading && (s.blocks[0]?.type !== 'list' || h.line <= TOP_HEADING_LINE) ? 1 : 0;
      // "青云数据 招聘 高级后端工程师", "Acme is hiring a Data Engineer": the role is the part after the hiring phrase.
      const hiring = vocab.hiring.find(fold(h.text));
      const hiringInside = hiring && hiring.index > 0 && hasRoleWord(h.text.slice(hiring.index + hiring.text.length), vocab) ? 1 : 0;
      add(splitTitleHeading(cleanHeading(h.text) || h.text, company, vocab), h.line, 'body', 'heading', { h1: h.level === 1 ? 1 : 0, firstHeading: firstHeading ? 1 : 0, pseudo: h.level === 7 ? 1 : 0, unread, hiringInside });
    }
    firstHeading = false;
  }
  const prose = proseLines(ctx);
  const capitalLanguage = ['en', 'de', 'nl'].includes(ctx.doc.language ?? 'en');
  for (const l of prose) {
    const f = fold(l.text);
    for (const [via, set] of [['hiring', vocab.hiring], ['as', vocab.asA]] as const) {
      for (const m of set.findAll(f)) {
        const role = roleAfter(l.text, m.index + m.text.length, vocab);
        if (!role || !hasRoleWord(role, vocab)) continue;
        const lower = /^\p{Ll}/u.test(role) && capitalLanguage ? 1 : 0;
        add(role, l.line, l.from, via, { lowercase: lower, youAfter: via === 'as' && /,\s*(you|vous|tu|você|du|sie)\b/i.test(l.text.slice(m.index)) ? 1 : 0 });
      }
    }
  }
  // "The Operations Director is a senior leader who …", "Der Lagerleiter ist …": a sentence whose
  // subject is the role, written in capitals, defining itself.
  for (const l of prose.slice(0, 12)) {
    const t = stripLeading(l.text, vocab);
    const run = SUBJECT_RUN.exec(t);
    if (!run?.[1] || !endsWithRoleWord(run[1], vocab)) continue;
    const isA = vocab.isA.find(fold(t.slice(run[0].length)));
    if (isA?.index === 0) add(run[1], l.line, l.from, 'subject');
  }
  // A short line near the top that names a role.
  topLines(ctx, TOP_TITLE_LINES).forEach((l, i) => {
    if (l.section.heading?.line === l.line) return;
    // A mail's subject line: the headline past the replies, forwards and the list's tag.
    // Its first part names the role; the employer or place follows ("…, University of Tartu").
    const mail = MAIL_SUBJECT.exec(l.text);
    const subject = mail ? l.text.slice(mail[0].length) : l.text;
    const first = mail ? subject.split(/,\s+|\s+[-–—|]\s+/)[0] : undefined;
    const text = first && namesRole(first, vocab) ? first : subject;
    // A title given in two languages ("Customer Service Representative / Représentant(e) du service …"): the first.
    const halves = text.split(' / ');
    const t = halves.length === 2 && l.text.split(/\s+/).length > LINE_TITLE_WORDS && namesRole(halves[0] as string, vocab) ? (halves[0] as string) : text;
    // A colon only after a word that announces the role ("招聘：UI设计师", "Vacature: Monteur").
    const lead = LEAD_COLON.exec(t);
    // Or after the job's type as a label ("Contract: Senior Salesforce Developer", "Freelance: Illustrator").
    const colonOk = !/[:：]/.test(t) || (!!lead?.[1] && (wholeNoise(lead[1], vocab) || typesOnly(lead[1], vocab)));
    // In a language without tables no role noun can be known: the first line, short and no sentence, stands for the title.
    const unread = unreadLanguage && i === 0 && l.line === ctx.lines[0]?.line;
    // The first line as a label no table reads and a short name after it ("Nafasi ya Kazi: Mhasibu Msaidizi"): the name.
    const value = i === 0 && l.line === ctx.lines[0]?.line && !colonOk ? unreadLabelValue(t, vocab) : null;
    if (value) add(value, l.line, 'body', 'line', { first: 1, unreadLabel: 1 });
    if (!colonOk || !(unread || namesRole(t, vocab))) return;
    const noisy = !!mail || vocab.titleNoise.test(l.folded);
    // A first line that announces its role in sentences ("We're hiring a barista! Part-time, $17/hr."): the first sentence.
    const sentenceEnd = i === 0 && noisy ? /[!?！？](?=\s)|\.(?=\s+\p{Lu})/u.exec(t) : null;
    const split = splitTitleHeading(sentenceEnd ? t.slice(0, sentenceEnd.index) : t, company, vocab);
    // The first line may be a longer headline that announces its role ("Line cook wanted at Rosie's
    // Diner, Tulsa. Nights …", "[Hiring] Illustrator for a picture book — $2,500"): its title is what is left.
    const headline = i === 0 && (noisy || LEADING_TAG.test(t)) && cleanTitle(split, vocab).split(/\s+/).length <= HEADLINE_TITLE_WORDS;
    if (headline) add(split, l.line, 'body', 'line', { first: 1, announced: 1 });
    else if (t.split(/\s+/).length <= LINE_TITLE_WORDS && !/[.!?。]$/.test(t)) add(split, l.line, 'body', 'line', { first: i === 0 ? 1 : 0, announced: noisy ? 1 : 0, unread: unread ? 1 : 0 });
  });
  return out;
}

/** The most words of a name after a label read as the title. */
const LABELLED_NAME_WORDS = 6;

/**
 * The value of a `Label: Value` line whose label names no field the tables know, when the value
 * is a short name: capitalised, no figure, no sentence, no place.
 */
function unreadLabelValue(text: string, vocab: Vocabulary): string | null {
  const lead = LEAD_COLON.exec(text);
  const [label, value] = [lead?.[1]?.trim() ?? '', lead?.[2]?.trim() ?? ''];
  if (!label || !value || label.split(/\s+/).length > 3 || vocab.labels.leftmost(fold(label))?.index === 0) return null;
  if (!/^[\p{Lu}\p{Lo}]/u.test(value) || /[\d.!?。:：]/u.test(value) || value.split(/\s+/).length > LABELLED_NAME_WORDS) return null;
  return parsePlace(value) || vocab.employment.first(fold(value)) ? null : value;
}

/** How many lines from the top a title standing on a line of its own may be, past a page's navigation. */
const TOP_TITLE_LINES = 5;
/**
 * A mail's subject header, with the marks of replies and forwards and a mailing list's tag after
 * it: "Subject: [ecology-l] Fwd: …", "Betreff: AW: …", "Objet : TR: …", "件名：".
 */
const MAIL_SUBJECT = /^(?:subject|betreff|objet|asunto|assunto|oggetto|onderwerp|temat|ämne|emne|тема|件名|主题|主題|제목)\s?[:：]\s*(?:(?:re|fwd?|aw|wg|tr|rv|res|enc)\s?:\s*|\[[^\]\n]{1,40}\]\s*)*/iu;

/** The most words of a navigation link at the top of a copied page ("Trouver un job", "Sign in"). */
const NAV_WORDS = 3;

/**
 * The first lines of a document past a copied page's chrome: lines the tables know as chrome,
 * and a navigation list standing before any other line: short links, none naming a role ("Jobs", "Find a company").
 */
function topLines(ctx: Context, n: number): Context['lines'] {
  const nav = new Set<number>();
  for (const s of ctx.doc.sections) {
    for (const b of s.blocks) {
      if (b.type !== 'list') break;
      // Links only: short items, none naming a role (a posting's header read as a list names its role).
      if (b.items.every((it) => it.text.split(/\s+/).length <= NAV_WORDS && !hasRoleWord(it.text, ctx.vocab))) for (const it of b.items) nav.add(it.line);
    }
    if (s.blocks.some((b) => b.type !== 'list')) break;
  }
  const out: Context['lines'] = [];
  for (const l of ctx.lines) {
    if (out.length >= n) break;
    // A shout that only announces a posting ("WE'RE HIRING!!", "Vacature") stands above the headline; it is not the first line.
    if (!nav.has(l.line) && !isChrome(l.text, ctx.vocab) && !wholeNoise(l.text.replace(/[!¡?.]+$/u, ''), ctx.vocab)) out.push(l);
  }
  return out;
}

/** A header part that is not a place, pay, a workplace or type word, an address, or a sentence. */
function unclaimedPart(part: string, vocab: Vocabulary): boolean {
  const words = part.split(/\s+/).length;
  if (words > 6 || /\d|@|https?:|www\./i.test(part) || !/^\p{Lu}/u.test(part)) return false;
  // A place, unless only some small town shares the word ("Baker", "Cook").
  if ((cityOf(part)?.population ?? 0) >= 50_000 || (parsePlace(part, []) && !cityOf(part))) return false;
  return !vocab.workplace.first(fold(part)) && !vocab.payWords.test(fold(part));
}

/** Generators that read a title someone wrote down as the title: a key, a label, page data. */
const EXPLICIT = new Set(['front-matter', 'label', 'structured', 'board']);

/**
 * Marks each explicit candidate with how many other generators proposed a shorter form of it: a label
 * "Data Analyst, Supply Chain" under a heading "Data Analyst" says more of the same title.
 */
function markRefinements(candidates: Candidate<string>[]): Candidate<string>[] {
  const keys = candidates.map((c) => textKey(c.value));
  return candidates.map((c, i) => {
    if (!EXPLICIT.has(c.via)) return c;
    const key = keys[i] as string;
    const shorter = new Set(candidates.filter((o, j) => o.via !== c.via && key.length > (keys[j]?.length ?? 0) && key.startsWith(`${keys[j]} `)).map((o) => o.via));
    return shorter.size ? { ...c, features: { ...c.features, refines: shorter.size } } : c;
  });
}

/** The title, and the text it was cleaned from ("Engineer (Full Time)"), whose asides still tell the terms of the job. */
export function extractTitle(ctx: Context, company: string | null): (Found<string> & { written: string }) | null {
  const decision = decide('title', markRefinements(titleCandidates(ctx, company)), WEIGHTS.title);
  ctx.decisions?.set('title', decision);
  const w = decision.winner;
  // Written as the record gives it, so that `explain` shows the same name.
  if (w) w.value = casedLikeHeading(w.value, decision.ranked);
  return w ? { value: w.value, line: w.line, from: w.from, written: w.evidence } : null;
}

/**
 * A role read in lower case from a sentence ("we are looking for a magazziniere") as another
 * candidate writes it at its start, capitalised ("Magazziniere con patentino"): the name as the
 * posting writes it as a name.
 */
function casedLikeHeading(value: string, ranked: ReadonlyArray<Candidate<string>>): string {
  if (!/^\p{Ll}/u.test(value)) return value;
  const f = fold(value);
  for (const c of ranked) {
    const start = c.value.slice(0, value.length);
    if (/^\p{Lu}/u.test(c.value) && fold(start) === f && (c.value.length === value.length || /^[\s,(\-–—|]/u.test(c.value.slice(value.length)))) return start;
  }
  return value;
}
